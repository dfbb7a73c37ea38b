#pragma once

#include <QByteArray>
#include <QString>

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

    bool step();
    void execute(); // step to completion, ignoring rows
    void reset();   // ready to bind and run again

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    int int32(int column) const { return int(int64(column)); }
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace duizhao
