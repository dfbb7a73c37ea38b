#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_backup;

namespace duizhao {

class Database;

// A copy of a whole database made with SQLite's online backup API
// (sqlite3_backup_init / step / finish), owning the sqlite3_backup and the connection
// to the destination file.
//
// step(-1) copies every page under one read transaction of the source, so the copy is
// one consistent snapshot even while another process writes to the library (WAL: the
// writer is not blocked, and its later commits are simply not in the copy). A busy or
// locked source is waited for, up to the busy timeout. The destination is written as
// a rollback-journal file (journal_mode DELETE), so reading a backup later never
// leaves -wal or -shm files beside it.
//
// Errors throw DatabaseError; a destination left half-written is the caller's to
// remove (copyFile writes to a temporary name and renames, so it never is).
class DatabaseBackup
{
public:
    // Prepares to copy `source` into the database at `destination`, which is created or
    // overwritten.
    DatabaseBackup(Database &source, const QString &destination);
    DatabaseBackup(const DatabaseBackup &) = delete;
    DatabaseBackup &operator=(const DatabaseBackup &) = delete;
    // Finishes (if not yet) and closes the destination.
    ~DatabaseBackup();

    // Copies up to `pages` pages (-1: all); true when the copy is complete.
    bool step(int pages = -1);
    // Releases the backup, makes the copy a rollback-journal file and syncs it.
    void finish();

    // The whole of `source` into `destination`, atomically: written as
    // "<destination>.partial", synced, then renamed over `destination`. A kill on the
    // way leaves at most the .partial file, never a half-copied `destination`.
    static void copyFile(Database &source, const QString &destination);

private:
    sqlite3 *m_destination = nullptr;
    sqlite3_backup *m_backup = nullptr;
    QString m_destinationPath;
};

} // namespace duizhao
