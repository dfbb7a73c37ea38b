#pragma once

#include <QString>

class QJsonDocument;

namespace duizhao {

// Writes to stdout / stderr as UTF-8, whatever the locale: the CLI's JSON and text are
// always UTF-8 (explicit conversion from Qt's UTF-16, no implicit locale codec).
namespace ConsoleOutput {
void out(const QString &text);
void err(const QString &text);
// A JSON document on stdout, indented, as every --json output prints.
void json(const QJsonDocument &document);
} // namespace ConsoleOutput

} // namespace duizhao
