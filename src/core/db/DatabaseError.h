#pragma once

#include <QString>

#include <stdexcept>

namespace duizhao {

// An SQLite failure, with a message fit to show a user ("database is locked", "disk
// I/O error", "file is not a database") and the SQLite result code.
class DatabaseError : public std::runtime_error
{
public:
    // What the failure means for the user, for a front end to word in its own language
    // (the message above stays English: the CLI prints it and its tests read it).
    enum class Kind {
        Other,
        DiskFull, // SQLITE_FULL: nothing of the change was written
        ReadOnly, // SQLITE_READONLY: the file or its folder cannot be written
        Damaged,  // SQLITE_CORRUPT, SQLITE_NOTADB
        Busy,     // SQLITE_BUSY, SQLITE_LOCKED: another program holds the library
        Io,       // SQLITE_IOERR, SQLITE_CANTOPEN: the file cannot be read or written
    };

    DatabaseError(const QString &message, int code)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(code)
    {}

    // SQLite's own message followed by what it means for the user's library: a full disk
    // or read-only file means nothing of the failed change was written; a damaged file
    // points at the backups and the check command. `code` is the (extended) result code.
    static DatabaseError fromSqlite(int code, const QString &sqliteMessage);

    QString message() const { return m_message; }
    int code() const { return m_code; }
    // The file is damaged or is not a database at all (SQLITE_CORRUPT, SQLITE_NOTADB):
    // front ends treat it like a library that cannot be opened.
    bool isDamage() const;
    // The library is read-only (opened so, or its file or folder cannot be written):
    // SQLITE_READONLY. Front ends word it as a refusal, not as a failure.
    bool isReadOnly() const;
    // The refusal of a change to a library opened read-only, made before SQLite is asked.
    static DatabaseError readOnly(const QString &what);
    Kind kind() const;

private:
    QString m_message;
    int m_code;
};

} // namespace duizhao
