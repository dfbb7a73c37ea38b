#pragma once

#include "ImportResult.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>

namespace duizhao {

// One import run off the GUI thread. The worker opens its OWN Library on the same
// file (an SQLite connection is never shared between threads) and runs the Importer;
// WAL journaling lets the window's connection keep reading meanwhile.
//
// Signals arrive on the thread that owns the job. Destroying a running job cancels it
// and waits for the file being written, so the library is never left half-written.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString libraryPath, QStringList paths, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    // Asks the worker to stop after the file it is writing; finished() still follows.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isCancelled() const { return m_cancel.load(); }
    QStringList paths() const { return m_paths; }

signals:
    // `path` is the file just handled; `total` is known once the folders are walked.
    void progress(int done, int total, const QString &path);
    // `error` is set when the import could not run at all (library unavailable).
    void finished(const QList<duizhao::ImportResult> &results, const QString &error);

private:
    struct Outcome {
        QList<ImportResult> results;
        QString error;
    };
    Outcome run();

    QString m_libraryPath;
    QStringList m_paths;
    std::atomic<bool> m_cancel{false};
    // A pool of its own: the Importer's parsing fans out on the global pool, and must
    // not wait behind the job that runs it.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace duizhao
