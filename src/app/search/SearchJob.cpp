#include "SearchJob.h"

#include "DatabaseError.h"
#include "Library.h"
#include "SearchQuery.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace duizhao {

SearchJob::SearchJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SearchJob::~SearchJob()
{
    m_pool.waitForDone();
}

void SearchJob::setLibraryPath(const QString &path, bool readOnly)
{
    m_libraryPath = path;
    m_readOnly = readOnly;
    ++m_opening;
    // The file kept open is let go now, not at the next search: after the runs asked
    // for before, on the pool's thread, the only one that touches it.
    m_pool.start([this] { m_library.reset(); });
}

void SearchJob::releaseLibrary()
{
    setLibraryPath(QString());
    m_pool.waitForDone();
}

void SearchJob::search(const QString &query)
{
    const int generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        --m_running;
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the user typed on; a newer run will report
        const Outcome outcome = watcher->result();
        emit finished(outcome.results, outcome.error, outcome.elapsedMs);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &SearchJob::run, this, m_libraryPath, m_opening,
                                         query, m_limit));
}

SearchJob::Outcome SearchJob::run(const QString &libraryPath, int opening, const QString &query,
                                  int limit)
{
    Outcome outcome;
    outcome.results.query = query;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<SearchQuery> parsed = SearchQuery::parse(query, &error);
    if (!parsed) {
        outcome.error = error;
        return outcome;
    }
    try {
        if (!m_library || m_libraryOpening != opening) {
            m_library.reset();
            DatabaseOptions options;
            options.readOnly = m_readOnly;
            m_library = std::make_unique<Library>(libraryPath, options);
            m_libraryOpening = opening;
        }
        SearchOptions options;
        options.limit = limit;
        outcome.results = m_library->search().run(*parsed, options);
        outcome.results.query = query; // the panel matches results to what was typed
    } catch (const DatabaseError &failure) {
        outcome.error = failure.message();
    } catch (const std::exception &failure) {
        outcome.error = QString::fromLocal8Bit(failure.what());
    }
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace duizhao
