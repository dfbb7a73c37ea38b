#pragma once

#include "search/SearchResults.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

namespace duizhao {

// Runs Library::search off the GUI thread, so typing in the search panel never waits
// for the index, however large the library. Each run opens its OWN Library on the file
// (an SQLite connection is never shared between threads; opening is a few
// milliseconds next to the search itself). Runs go one at a time on a pool of one
// thread; when several were asked for, only the newest one's result is reported.
class SearchJob : public QObject
{
    Q_OBJECT

public:
    explicit SearchJob(QObject *parent = nullptr);
    ~SearchJob() override;

    void setLibraryPath(const QString &path) { m_libraryPath = path; }
    void setLimit(int limit) { m_limit = limit; }

    // Starts a search for `query`; finished() follows on this object's thread.
    void search(const QString &query);
    bool isRunning() const { return m_running > 0; }

signals:
    // `error` is set for a bad query ("unbalanced quotes") or an unreadable library.
    void finished(const duizhao::SearchResults &results, const QString &error, qint64 elapsedMs);

private:
    struct Outcome {
        SearchResults results;
        QString error;
        qint64 elapsedMs = 0;
    };
    static Outcome run(const QString &libraryPath, const QString &query, int limit);

    QString m_libraryPath;
    int m_limit = 50;
    int m_generation = 0;
    int m_running = 0;
    QThreadPool m_pool;
};

} // namespace duizhao
