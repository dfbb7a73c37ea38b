#include "DatabaseError.h"

#include <sqlite3.h>

namespace duizhao {

DatabaseError DatabaseError::fromSqlite(int code, const QString &sqliteMessage)
{
    QString explanation;
    switch (code & 0xFF) {
    case SQLITE_FULL:
        explanation = QStringLiteral("the disk is full or the library reached its size limit; "
                                     "the change was rolled back, nothing of it was written");
        break;
    case SQLITE_READONLY:
        explanation = QStringLiteral("the library is read-only: opened read-only, or its file or "
                                     "folder cannot be written; the change was rolled back, "
                                     "nothing of it was written");
        break;
    case SQLITE_CORRUPT:
        explanation = QStringLiteral("the library file is damaged; restore a backup (File → "
                                     "Restore from Backup, duizhao-cli restore) or run "
                                     "duizhao-cli check");
        break;
    case SQLITE_NOTADB:
        explanation = QStringLiteral("the file is damaged or is not a Duizhao library");
        break;
    case SQLITE_BUSY:
        explanation = QStringLiteral("another program kept the library busy for too long; "
                                     "try again when it has finished");
        break;
    case SQLITE_IOERR:
        explanation = QStringLiteral("the library file could not be read or written; the "
                                     "change was rolled back");
        break;
    default:
        return DatabaseError(sqliteMessage, code);
    }
    return DatabaseError(sqliteMessage + QStringLiteral(" (") + explanation + u')', code);
}

bool DatabaseError::isDamage() const
{
    const int primary = m_code & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

bool DatabaseError::isReadOnly() const
{
    return (m_code & 0xFF) == SQLITE_READONLY;
}

DatabaseError DatabaseError::readOnly(const QString &what)
{
    return DatabaseError(QStringLiteral("the library is open read-only: %1 cannot change it (open "
                                        "it without --read-only, from a folder you can write to)")
                             .arg(what),
                         SQLITE_READONLY);
}

DatabaseError::Kind DatabaseError::kind() const
{
    switch (m_code & 0xFF) {
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_READONLY:
        return Kind::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Kind::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Kind::Io;
    default:
        return Kind::Other;
    }
}

} // namespace duizhao
