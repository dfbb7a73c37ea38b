#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace duizhao {

// A prepared statement. Owns its sqlite3_stmt and finalizes it; parameters are bound
// by 1-based index, text always as UTF-8 (explicit conversion from Qt's UTF-16).
// step() returns true while there is a row; errors throw DatabaseError.
class Statement
{
public:
    Statement(sqlite3 *db, QStringView sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, QStringView text);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindNull(int index);
    // Bytes bound as they are: a BLOB, or TEXT already in UTF-8 (no conversion).
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bindUtf8(int index, std::string_view utf8);
    // A C++ object handed to an SQL function of the library's own (sqlite3_bind_pointer):
    // it must outlive the statement's runs.
    Statement &bindPointer(int index, void *pointer, const char *type);

    bool step();
    void execute(); // step to completion, ignoring rows
    void reset();   // ready to bind and run again

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    int int32(int column) const { return int(int64(column)); }
    bool isNull(int column) const;
    // The column's bytes (BLOB, or TEXT as UTF-8), valid until the next step or reset.
    std::string_view bytes(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace duizhao
