#include "ConsoleOutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace duizhao::ConsoleOutput {

namespace {
void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}
} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

void err(const QString &text)
{
    write(stderr, text);
}

void json(const QJsonDocument &document)
{
    out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

} // namespace duizhao::ConsoleOutput
