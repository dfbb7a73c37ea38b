#pragma once

#include "Statement.h"

#include <QHashFunctions>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace duizhao {

// A statement from Database::cached, reset and unbound again when this goes.
class CachedStatement
{
public:
    CachedStatement(Statement *kept, bool *inUse, std::unique_ptr<Statement> own);
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    ~CachedStatement();
    Statement &operator*() { return *m_statement; }
    Statement *operator->() { return m_statement; }

private:
    Statement *m_statement;
    bool *m_inUse;
    std::unique_ptr<Statement> m_own; // when the kept one was already in use
};

// One open SQLite connection, closed on destruction. Opens with foreign keys on,
// WAL journaling and a busy timeout, so a second process writing to the same file
// waits for the first instead of failing.
// How a connection is opened. Defaults are what the app and the CLI use; tests (and the
// CLI's hidden --max-page-count flag) set the rest.
struct DatabaseOptions {
    // Caps the file at this many pages (PRAGMA max_page_count), so a write that needs
    // more fails with SQLITE_FULL exactly as on a full disk. 0: no cap.
    qint64 maxPageCount = 0;
    // Opens for reading only (SQLITE_OPEN_READONLY): every write is refused with
    // SQLITE_READONLY. A file or folder that cannot be written is opened so anyway.
    bool readOnly = false;
    // How long a locked library is waited for. Restoring a backup asks for less: it
    // needs the library to itself and says so rather than wait.
    int busyTimeoutMs = 30000;
};

class Database
{
public:
    static constexpr int kBusyTimeoutMs = 30000;

    // Throws DatabaseError when the file cannot be opened or is not a database.
    //
    // Read-only (asked for, or the file or its folder is not writable): the file must
    // exist and is never switched to WAL. A WAL library can be read when its -shm file
    // exists or can be created; when it cannot (a read-only folder after a clean close)
    // the file is opened immutable (URI immutable=1), which SQLite documents as safe only
    // while no one else writes it: a folder nobody can write to is that case.
    explicit Database(const QString &path, const DatabaseOptions &options = {});
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Statement prepare(QStringView sql) { return Statement(m_db, sql); }
    Statement prepare(const QString &sql) { return Statement(m_db, sql); }
    // The statement for `sql`, prepared on first use and kept for the connection's
    // life: for SQL run once or more per essay as an import stores it, where preparing
    // was ~6% of the writing thread. A statement already handed out (a caller further up
    // the stack) is not shared: that call gets one of its own.
    CachedStatement cached(QStringView sql);
    void execute(QStringView sql); // one or more statements, no results
    qint64 lastInsertId() const;
    int userVersion();
    // The user_version of the file at `path`, read without opening it for writing or
    // migrating it; 0 when there is no such file or it is not a database.
    static int peekUserVersion(const QString &path);
    // No transaction is open: SQLite has rolled one back by itself after some errors.
    bool isAutocommit() const;
    // PRAGMA data_version: changes whenever another connection (another process, or an
    // import thread) commits to the file; never for this connection's own writes. One
    // cheap read, no I/O when nothing changed.
    qint64 dataVersion();
    // Reads the file through a memory map from now on (up to SQLite's 2 GB cap): a
    // fresh process, such as one `duizhao-cli search`, then touches index pages in the
    // OS cache directly instead of copying each one in with a read(). The cost SQLite
    // documents: an I/O error while reading shows as SIGBUS rather than an error code —
    // acceptable for a library on a local disk.
    void mapForReading();
    QString path() const { return m_path; }
    // Opened for reading only (asked for, or the file could not be written).
    bool isReadOnly() const { return m_readOnly; }
    // Whether a library at `path` can only be opened for reading: the file or its folder
    // exists and is not writable for this process.
    static bool isWritePrevented(const QString &path);
    // For registering extensions (the FTS5 tokenizer); never for SQL outside core/store.
    sqlite3 *handle() const { return m_db; }

private:
    struct Kept {
        std::unique_ptr<Statement> statement;
        bool inUse = false;
    };
    struct SqlHash {
        size_t operator()(const QString &sql) const noexcept { return qHash(sql); }
    };

    void open(const QString &path, int flags, bool uri, int busyTimeoutMs);
    void configure(const DatabaseOptions &options);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    std::unordered_map<QString, Kept, SqlHash> m_cached; // finalized before the connection closes
};

// BEGIN IMMEDIATE … COMMIT, rolled back if not committed before destruction (an
// exception on the way out). IMMEDIATE takes the write lock up front, so a busy
// library makes the writer wait at BEGIN rather than fail halfway.
// BEGIN IMMEDIATE … COMMIT, rolled back unless committed. Inside a transaction already
// open on the connection (a caller grouping several writes) it is a savepoint of it
// instead, so each write stays whole and the caller's COMMIT decides.
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_nested;
    bool m_open = true;
};

} // namespace duizhao
