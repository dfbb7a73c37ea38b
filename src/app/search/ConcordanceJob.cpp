#include "ConcordanceJob.h"

#include "DatabaseError.h"
#include "Library.h"
#include "SearchQuery.h"
#include "TermEquivalents.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace duizhao {

namespace {

struct ConcordanceOutcome {
    ConcordanceResults results;
    QString error;
    qint64 elapsedMs = 0;
};

struct StatisticsOutcome {
    std::optional<LibraryStatistics> statistics;
    QString error;
    qint64 elapsedMs = 0;
};

// Runs `work` and turns what the core throws into a message for the user.
template <typename Work> QString guarded(Work &&work)
{
    try {
        work();
    } catch (const DatabaseError &failure) {
        return failure.message();
    } catch (const std::exception &failure) {
        return QString::fromLocal8Bit(failure.what());
    }
    return {};
}

} // namespace

ConcordanceJob::ConcordanceJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ConcordanceJob::~ConcordanceJob()
{
    cancel();
    m_pool.waitForDone();
}

void ConcordanceJob::setLibraryPath(const QString &path)
{
    m_libraryPath = path;
    ++m_opening;
    m_pool.start([this] { m_library.reset(); });
}

void ConcordanceJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

Library &ConcordanceJob::library(const QString &path, int opening)
{
    if (!m_library || m_libraryOpening != opening) {
        m_library.reset();
        m_library = std::make_unique<Library>(path);
        m_libraryOpening = opening;
    }
    return *m_library;
}

void ConcordanceJob::report(int generation, int done, int total)
{
    if (generation == m_generation)
        emit progress(done, total);
}

void ConcordanceJob::concordance(const QString &query, const ConcordanceOptions &options,
                                 const EssayFilter &filter)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<ConcordanceOutcome>(this);
    connect(watcher, &QFutureWatcher<ConcordanceOutcome>::finished, this,
            [this, watcher, generation] {
                --m_running;
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                const ConcordanceOutcome outcome = watcher->result();
                emit concordanceFinished(outcome.results, outcome.error, outcome.elapsedMs);
            });
    const QString path = m_libraryPath;
    const int opening = m_opening;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    QPointer<ConcordanceJob> self(this);
    watcher->setFuture(QtConcurrent::run(&m_pool, [=, this] {
        ConcordanceOutcome outcome;
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<SearchQuery> parsed = SearchQuery::parse(query, &error);
        if (!parsed) {
            outcome.error = error;
            return outcome;
        }
        outcome.error = guarded([&] {
            Library &library = this->library(path, opening);
            ConcordanceOptions run = options;
            if (!filter.isEmpty())
                run.wantEssay = filter.over(library.essays().listing());
            // The glossary as it is now, read on each run: a pair just added counts.
            if (!run.equivalents)
                run.equivalents = TermEquivalents::of(library);
            Concordance::Control control;
            control.cancelled = [cancelled] {
                return cancelled->load();
            };
            control.progress = [self, generation](int done, int total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, generation, done, total] {
                        if (self)
                            self->report(generation, done, total);
                    },
                    Qt::QueuedConnection);
            };
            outcome.results = library.search().concordance(*parsed, run, control);
        });
        outcome.results.query = query;
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }));
}

void ConcordanceJob::statistics(const QString &term, const LibraryStatistics::Options &options)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<StatisticsOutcome>(this);
    connect(watcher, &QFutureWatcher<StatisticsOutcome>::finished, this,
            [this, watcher, generation] {
                --m_running;
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                const StatisticsOutcome outcome = watcher->result();
                emit statisticsFinished(outcome.statistics, outcome.error, outcome.elapsedMs);
            });
    const QString path = m_libraryPath;
    const int opening = m_opening;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    watcher->setFuture(QtConcurrent::run(&m_pool, [=, this] {
        StatisticsOutcome outcome;
        QElapsedTimer timer;
        timer.start();
        std::optional<SearchQuery> parsed;
        if (!term.trimmed().isEmpty()) {
            QString error;
            parsed = SearchQuery::parse(term, &error);
            if (!parsed) {
                outcome.error = error;
                return outcome;
            }
        }
        outcome.error = guarded([&] {
            LibraryStatistics::Options run = options;
            run.cancelled = [cancelled] {
                return cancelled->load();
            };
            outcome.statistics = LibraryStatistics::compute(this->library(path, opening), run,
                                                            parsed ? &*parsed : nullptr, term);
        });
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }));
}

} // namespace duizhao
