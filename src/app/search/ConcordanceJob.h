#pragma once

#include "Concordance.h"
#include "LibraryStatistics.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace duizhao {

class Library;

// Runs a concordance or the statistics off the GUI thread, like SearchJob: on a pool of
// one thread, with a Library of its own on the file kept open from run to run (the
// search cache stays filled). A new run cancels the one before; cancel() stops the
// current one between two batches of blocks. progress() and finished() arrive on this
// object's thread; only the newest run reports.
class ConcordanceJob : public QObject
{
    Q_OBJECT

public:
    explicit ConcordanceJob(QObject *parent = nullptr);
    ~ConcordanceJob() override;

    void setLibraryPath(const QString &path);

    // `query` as typed; the options as Concordance takes them but for wantEssay, made on
    // the worker from `filter`, and, when none is given, the equivalents: the library's
    // glossary and the dictionary (TermEquivalents).
    void concordance(const QString &query, const ConcordanceOptions &options,
                     const EssayFilter &filter);
    // The statistics, with `term` (may be empty) counted by essay, outlet and month.
    void statistics(const QString &term, const LibraryStatistics::Options &options);
    void cancel();
    bool isRunning() const { return m_running > 0; }

signals:
    void progress(int done, int total);
    // `error` is set for a bad query or an unreadable library; results.cancelled when
    // cancel() stopped it.
    void concordanceFinished(const duizhao::ConcordanceResults &results, const QString &error,
                             qint64 elapsedMs);
    void statisticsFinished(const std::optional<duizhao::LibraryStatistics> &statistics,
                            const QString &error, qint64 elapsedMs);

private:
    Library &library(const QString &path, int opening);
    void report(int generation, int done, int total);

    QString m_libraryPath;
    int m_opening = 0;
    // Used on the pool's thread only.
    std::unique_ptr<Library> m_library;
    int m_libraryOpening = -1;
    int m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
};

} // namespace duizhao
