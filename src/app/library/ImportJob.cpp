#include "ImportJob.h"

#include "DatabaseError.h"
#include "Importer.h"
#include "Library.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace duizhao {

ImportJob::ImportJob(QString libraryPath, QStringList paths, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_paths(std::move(paths))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.results, outcome.error);
    });
}

ImportJob::~ImportJob()
{
    m_cancel.store(true);
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this] { return run(); }));
}

void ImportJob::cancel()
{
    m_cancel.store(true);
}

ImportJob::Outcome ImportJob::run()
{
    Outcome outcome;
    try {
        Library library(m_libraryPath);
        Importer importer(library);
        outcome.results = importer.run(
            m_paths,
            [this](const ImportResult &result, int done, int total) {
                // Called on this worker thread; hop to the job's thread to emit.
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total, path = result.path] { emit progress(done, total, path); },
                    Qt::QueuedConnection);
            },
            &m_cancel);
    } catch (const DatabaseError &error) {
        outcome.error = error.message();
    } catch (const std::exception &error) {
        outcome.error = QString::fromLocal8Bit(error.what());
    }
    return outcome;
}

} // namespace duizhao
