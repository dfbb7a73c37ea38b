#pragma once

#include <QString>

#include <stdexcept>

namespace duizhao {

// An SQLite failure, with a message fit to show a user ("database is locked", "disk
// I/O error", "file is not a database") and the SQLite result code.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString &message, int code)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(code)
    {
    }

    QString message() const { return m_message; }
    int code() const { return m_code; }

private:
    QString m_message;
    int m_code;
};

} // namespace duizhao
