#include "DatabaseBackup.h"

#include "Database.h"
#include "DatabaseError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace duizhao {

namespace {

DatabaseError errorOf(sqlite3 *db, int rc)
{
    return DatabaseError::fromSqlite(rc, db ? QString::fromUtf8(sqlite3_errmsg(db))
                                            : QString::fromUtf8(sqlite3_errstr(rc)));
}

} // namespace

DatabaseBackup::DatabaseBackup(Database &source, const QString &destination)
    : m_destinationPath(destination)
{
    const QByteArray utf8 = destination.toUtf8();
    int rc =
        sqlite3_open_v2(utf8.constData(), &m_destination,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const DatabaseError error = errorOf(m_destination, rc);
        sqlite3_close(m_destination);
        m_destination = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_destination, 1);
    sqlite3_busy_timeout(m_destination, Database::kBusyTimeoutMs);
    m_backup = sqlite3_backup_init(m_destination, "main", source.handle(), "main");
    if (!m_backup) {
        const DatabaseError error = errorOf(m_destination, sqlite3_errcode(m_destination));
        sqlite3_close(m_destination);
        m_destination = nullptr;
        throw error;
    }
}

DatabaseBackup::~DatabaseBackup()
{
    if (m_backup)
        sqlite3_backup_finish(m_backup);
    sqlite3_close(m_destination);
}

bool DatabaseBackup::step(int pages)
{
    // SQLITE_BUSY / LOCKED: another connection holds a lock the step needs (a writer
    // checkpointing, or recovery of the WAL index). Wait as the busy timeout would.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const int rc = sqlite3_backup_step(m_backup, pages);
        if (rc == SQLITE_DONE)
            return true;
        if (rc == SQLITE_OK)
            return false;
        const int primary = rc & 0xFF;
        if ((primary == SQLITE_BUSY || primary == SQLITE_LOCKED) &&
            waited.elapsed() < Database::kBusyTimeoutMs) {
            QThread::msleep(20);
            continue;
        }
        throw errorOf(m_destination, rc);
    }
}

void DatabaseBackup::finish()
{
    if (!m_backup)
        return;
    const int rc = sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    if (rc != SQLITE_OK)
        throw errorOf(m_destination, rc);
    // The copied header says WAL, as the library's does. A backup is read more often
    // than written, and a rollback-journal file reads without leaving files beside it.
    char *message = nullptr;
    const int mode =
        sqlite3_exec(m_destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message);
    sqlite3_free(message);
    if (mode != SQLITE_OK)
        throw errorOf(m_destination, mode);
}

void DatabaseBackup::copyFile(Database &source, const QString &destination)
{
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
    try {
        DatabaseBackup backup(source, partial);
        while (!backup.step(-1)) {
        }
        backup.finish();
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    // The copy is synced (its last commit); renaming it over the destination is atomic.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(destination.toStdU16String()), error);
    if (error) {
        QFile::remove(partial);
        throw DatabaseError(QStringLiteral("cannot write the backup %1: %2")
                                .arg(destination, QString::fromStdString(error.message())),
                            SQLITE_CANTOPEN);
    }
}

} // namespace duizhao
