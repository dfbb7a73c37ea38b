#include "Database.h"

#include "DatabaseError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace duizhao {

Database::Database(const QString &path, const DatabaseOptions &options)
    : m_path(path)
    , m_readOnly(options.readOnly || isWritePrevented(path))
{
    if (!m_readOnly) {
        open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, false, options.busyTimeoutMs);
        configure(options);
        return;
    }
    // A read-only file must be there: SQLite would otherwise say "unable to open".
    if (!QFileInfo::exists(path))
        throw DatabaseError(
            QStringLiteral("%1 does not exist (a read-only library is never created)").arg(path),
            SQLITE_CANTOPEN);
    open(path, SQLITE_OPEN_READONLY, false, options.busyTimeoutMs);
    try {
        configure(options);
    } catch (const DatabaseError &error) {
        // A WAL file in a folder where the -shm cannot be made: SQLITE_CANTOPEN (or a
        // READONLY_CANTINIT variant) at the first read. Nobody can write the file there,
        // so reading it as immutable is safe.
        const int primary = error.code() & 0xFF;
        if (primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY)
            throw;
        sqlite3_close(m_db);
        m_db = nullptr;
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        open(QString::fromUtf8(url.toEncoded()), SQLITE_OPEN_READONLY, true, options.busyTimeoutMs);
        configure(options);
    }
}

void Database::open(const QString &path, int flags, bool uri, int busyTimeoutMs)
{
    const QByteArray utf8 = path.toUtf8();
    const int rc =
        sqlite3_open_v2(utf8.constData(), &m_db,
                        flags | SQLITE_OPEN_NOMUTEX | (uri ? SQLITE_OPEN_URI : 0), nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DatabaseError::fromSqlite(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
}

void Database::configure(const DatabaseOptions &options)
{
    try {
        if (m_readOnly) {
            // Journal mode is the file's (switching it is a write); the schema read is
            // the first access, where a missing -shm or a non-database shows.
            execute(u"PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_schema;");
            return;
        }
        // Reading the schema is the first real access: "file is not a database" shows here.
        // Switching a new file to WAL takes an exclusive lock for a moment, and SQLite
        // answers "database is locked" at once, without its busy handler, when another
        // process is doing the same (two imports starting on a new library): wait and
        // retry as the busy timeout would.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            try {
                execute(u"PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous "
                        u"= NORMAL;");
                break;
            } catch (const DatabaseError &error) {
                if ((error.code() & 0xFF) != SQLITE_BUSY ||
                    waited.elapsed() > options.busyTimeoutMs)
                    throw;
                QThread::msleep(10);
            }
        }
        if (options.maxPageCount > 0)
            execute(QStringLiteral("PRAGMA max_page_count = %1").arg(options.maxPageCount));
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

bool Database::isWritePrevented(const QString &path)
{
    if (path.isEmpty() || path == u":memory:")
        return false;
    const QFileInfo file(path);
    // access(W_OK): false for a file another user owns, a mode without w, and on a
    // read-only mount (also for root).
    if (file.exists() && !file.isWritable())
        return true;
    const QFileInfo folder(file.absolutePath());
    return folder.exists() && !folder.isWritable();
}

int Database::peekUserVersion(const QString &path)
{
    if (!QFile::exists(path))
        return 0;
    sqlite3 *db = nullptr;
    int version = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

bool Database::isAutocommit() const
{
    return sqlite3_get_autocommit(m_db) != 0;
}

Database::~Database()
{
    m_cached.clear();
    sqlite3_close(m_db);
}

CachedStatement Database::cached(QStringView sql)
{
    Kept &kept = m_cached[sql.toString()];
    if (kept.inUse)
        return CachedStatement(nullptr, nullptr, std::make_unique<Statement>(m_db, sql));
    if (!kept.statement)
        kept.statement = std::make_unique<Statement>(m_db, sql);
    return CachedStatement(kept.statement.get(), &kept.inUse, nullptr);
}

CachedStatement::CachedStatement(Statement *kept, bool *inUse, std::unique_ptr<Statement> own)
    : m_statement(own ? own.get() : kept)
    , m_inUse(inUse)
    , m_own(std::move(own))
{
    if (m_inUse)
        *m_inUse = true;
}

CachedStatement::~CachedStatement()
{
    if (m_inUse) {
        m_statement->reset();
        *m_inUse = false;
    }
}

void Database::execute(QStringView sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw DatabaseError::fromSqlite(sqlite3_extended_errcode(m_db), message);
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void Database::mapForReading()
{
    execute(u"PRAGMA mmap_size = 2147418112");
}

qint64 Database::dataVersion()
{
    Statement statement = prepare(u"PRAGMA data_version");
    return statement.step() ? statement.int64(0) : 0;
}

int Database::userVersion()
{
    Statement statement = prepare(u"PRAGMA user_version");
    return statement.step() ? statement.int32(0) : 0;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(!db.isAutocommit())
{
    m_db.execute(m_nested ? u"SAVEPOINT nested" : u"BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.execute(m_nested ? u"ROLLBACK TO nested; RELEASE nested" : u"ROLLBACK");
        } catch (...) {
            // The connection is already out of the transaction (SQLite rolls back by
            // itself on some errors); nothing left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.execute(m_nested ? u"RELEASE nested" : u"COMMIT");
    m_open = false;
}

} // namespace duizhao
