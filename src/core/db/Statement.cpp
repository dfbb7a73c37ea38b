#include "Statement.h"

#include "DatabaseError.h"

#include <sqlite3.h>

namespace duizhao {

namespace {
[[noreturn]] void fail(sqlite3 *db, int code)
{
    // Extended result codes are on (Database), so `code` says SQLITE_FULL from SQLITE_IOERR_*.
    throw DatabaseError::fromSqlite(code, QString::fromUtf8(sqlite3_errmsg(db)));
}
} // namespace

Statement::Statement(sqlite3 *db, QStringView sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const int rc =
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_statement, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_statement, index);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    const int rc =
        sqlite3_bind_blob(m_statement, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bindUtf8(int index, std::string_view utf8)
{
    const int rc =
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bindPointer(int index, void *pointer, const char *type)
{
    const int rc = sqlite3_bind_pointer(m_statement, index, pointer, type, nullptr);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_statement);
    fail(m_db, rc);
}

void Statement::execute()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return QString::fromUtf8(data, size);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string_view Statement::bytes(int column) const
{
    // sqlite3_column_blob first, then _bytes: the documented order that leaves TEXT as
    // it is stored (no conversion).
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? std::string_view(data, size_t(size)) : std::string_view();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace duizhao
