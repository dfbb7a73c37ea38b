#pragma once

#include "SearchResults.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace duizhao {

class Library;

// Runs Library::search off the GUI thread, so typing in the search panel never waits
// for the index, however large the library. The runs share a Library of their OWN on
// the file, never the window's (an SQLite connection is never used by two threads at
// once). It stays open from one run to the next, so each search after the first finds
// the library's search cache filled: at 100,000 essays a first search of two terms
// takes ~260 ms, a later one ~55. Writes by the window or an import reach it as they
// would another process's (SQLite's data_version). Runs go one at a time on a pool of
// one thread; when several were asked for, only the newest one's result is reported.
class SearchJob : public QObject
{
    Q_OBJECT

public:
    explicit SearchJob(QObject *parent = nullptr);
    ~SearchJob() override;

    // The next run opens this file afresh, even the same path again (a file replaced).
    // `readOnly`: the worker's connection is read-only too (the window's --read-only).
    void setLibraryPath(const QString &path, bool readOnly = false);
    // Lets go of the library file and waits until the worker has closed it (before the
    // file is replaced by a restore).
    void releaseLibrary();
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
    // On the pool's thread, one run at a time.
    Outcome run(const QString &libraryPath, int opening, const QString &query, int limit);

    QString m_libraryPath;
    int m_opening = 0; // counts setLibraryPath calls
    // Used by run() only: the Library it keeps open, and the opening it was opened for.
    std::unique_ptr<Library> m_library;
    int m_libraryOpening = -1;
    int m_limit = 50;
    int m_generation = 0;
    int m_running = 0;
    QThreadPool m_pool;
    std::atomic<bool> m_readOnly = false; // set here, read on the pool's thread
};

} // namespace duizhao
