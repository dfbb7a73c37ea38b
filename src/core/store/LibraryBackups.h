#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace duizhao {

class Database;

// One backup of a library, as its folder lists it.
struct BackupInfo {
    enum class Kind {
        Daily,   // the day's automatic backup (rotated)
        Manual,  // asked for (duizhao-cli backup, kept until removed by hand)
        Upgrade, // taken before a schema migration (kept)
    };

    QString file; // absolute path
    QDateTime created;
    Kind kind = Kind::Daily;
    qint64 essays = -1;      // -1: the file could not be read
    qint64 annotations = -1; // -1: the file could not be read
    int schemaVersion = 0;
};

// How many automatic backups are kept: the newest of each of the last `daily` days that
// have one, and the newest of each of the last `weekly` ISO weeks. Manual and upgrade
// backups are never rotated away.
struct BackupPolicy {
    int daily = 7;
    int weekly = 4;
};

// The backups of one library file, kept in the folder "backups" beside it (for the
// default library that is AppDataLocation/backups), named
// "<library name>-<yyyyMMdd-HHmmsszzz>-<daily|manual|upgrade-vN>.sqlite", so that the
// libraries of one folder share it without mixing. Every copy is made with SQLite's
// backup API (DatabaseBackup), written under a temporary name and renamed: a kill leaves
// no half-made backup under a backup's name.
//
// Restoring (restore) never overwrites or deletes the library: the current file is set
// aside as "<library>.before-restore-<yyyyMMdd-HHmmss>" first, and the backup's copy is
// renamed over the library in one step, so a kill at any moment leaves either the
// library as it was or the restored one, whole.
//
// Errors throw DatabaseError (a file that cannot be read or written) or
// std::invalid_argument (not a Duizhao backup).
class LibraryBackups
{
public:
    explicit LibraryBackups(const QString &libraryPath);

    // "<folder of the library>/backups".
    QString folder() const;
    // Every backup of this library in the folder, newest first, with its counts.
    QList<BackupInfo> list() const;

    // Makes a backup of the open library `source` now, in the folder; returns its path.
    QString create(Database &source, BackupInfo::Kind kind, int schemaVersion = 0) const;
    // A backup to a file of the caller's choosing (duizhao-cli backup -o FILE).
    static void createAt(Database &source, const QString &file);
    // The day's automatic backup, unless one was made today (local time) or the library
    // is empty; then rotation. Returns the new backup's path, or empty when none was due.
    QString dailyIfDue(Database &source, const BackupPolicy &policy,
                       const QDateTime &now = QDateTime::currentDateTime()) const;
    // Removes the automatic backups the policy does not keep; returns their paths.
    QStringList rotate(const BackupPolicy &policy) const;

    // Replaces the library with the backup `backupFile`. No connection to the library may
    // be open (the caller closes its own; another program's makes it refuse). Returns
    // where the library as it was has been set aside (empty when there was no library).
    QString restore(const QString &backupFile,
                    const QDateTime &now = QDateTime::currentDateTime()) const;

    // What a backup file holds (counts, schema), without changing it; throws
    // std::invalid_argument when it is not a Duizhao library.
    static BackupInfo inspect(const QString &file);

    static QString kindName(BackupInfo::Kind kind, int schemaVersion = 0);

private:
    QString m_libraryPath;
};

} // namespace duizhao
