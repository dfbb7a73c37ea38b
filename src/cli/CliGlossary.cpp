// Cli's glossary command: the EN ↔ ZH term base (list, add, remove, export).
#include "Cli.h"

#include "ConsoleOutput.h"
#include "ExportFile.h"
#include "GlossaryExport.h"
#include "Library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duizhao {

namespace {

constexpr int kOk = 0;
constexpr int kSomeFailed = 1;

QJsonObject termJson(const GlossaryTerm &term)
{
    return QJsonObject{{QStringLiteral("id"), term.id},
                       {QStringLiteral("english"), term.english},
                       {QStringLiteral("chinese"), term.chinese},
                       {QStringLiteral("note"), term.note},
                       {QStringLiteral("created"), term.created.toString(Qt::ISODateWithMs)}};
}

} // namespace

int Cli::glossary(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("note"),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or tbx"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("file"), QStringLiteral("FILE"));
    parser.addOptions({json, note, format, output});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli glossary")} + arguments))
        return usageError(parser.errorText());
    QStringList words = parser.positionalArguments();
    const QString action = words.isEmpty() ? QStringLiteral("list") : words.takeFirst();
    const bool asJson = parser.isSet(json);
    GlossaryRepository &glossary = library().glossary();

    if (action == u"list") {
        if (!words.isEmpty())
            return usageError(QStringLiteral("glossary list takes no arguments"));
        const QList<GlossaryTerm> terms = glossary.all();
        if (asJson) {
            QJsonArray array;
            for (const GlossaryTerm &term : terms)
                array.append(termJson(term));
            ConsoleOutput::json(QJsonDocument(array));
            return kOk;
        }
        for (const GlossaryTerm &term : terms) {
            ConsoleOutput::out(QStringLiteral("%1  %2 = %3%4\n")
                                   .arg(term.id, 4)
                                   .arg(term.english, term.chinese,
                                        term.note.isEmpty()
                                            ? QString()
                                            : QStringLiteral("  (") + term.note + u')'));
        }
        if (terms.isEmpty())
            ConsoleOutput::out(QStringLiteral("The glossary is empty. Add a term with: "
                                              "duizhao-cli glossary add ENGLISH CHINESE\n"));
        return kOk;
    }
    if (action == u"add") {
        if (words.size() != 2)
            return usageError(QStringLiteral("glossary add needs an English and a Chinese term"));
        const qint64 id = glossary.add(words[0], words[1], parser.value(note));
        const GlossaryTerm term = *glossary.find(id);
        if (asJson)
            ConsoleOutput::json(QJsonDocument(termJson(term)));
        else
            ConsoleOutput::out(
                QStringLiteral("term %1: %2 = %3\n").arg(id).arg(term.english, term.chinese));
        return kOk;
    }
    if (action == u"remove") {
        bool isNumber = false;
        const qint64 id = words.value(0).toLongLong(&isNumber);
        if (words.size() != 1 || !isNumber)
            return usageError(QStringLiteral("glossary remove needs a term id"));
        if (!glossary.remove(id))
            return usageError(QStringLiteral("no glossary term with id %1").arg(id));
        if (asJson)
            ConsoleOutput::json(QJsonDocument(QJsonObject{{QStringLiteral("removed"), id}}));
        return kOk;
    }
    if (action == u"export") {
        const QString name = parser.value(format);
        if (!words.isEmpty() || !parser.isSet(output) || (name != u"csv" && name != u"tbx"))
            return usageError(QStringLiteral("glossary export needs --format csv|tbx -o FILE"));
        const QList<GlossaryTerm> terms = glossary.all();
        const QString failure =
            ExportFile::save(parser.value(output), name == u"csv" ? GlossaryExport::csv(terms)
                                                                  : GlossaryExport::tbx(terms));
        if (!failure.isEmpty()) {
            ConsoleOutput::err(QStringLiteral("duizhao-cli: ") + failure + u'\n');
            return kSomeFailed;
        }
        return kOk;
    }
    return usageError(
        QStringLiteral("unknown glossary action '%1' (list, add, remove, export)").arg(action));
}

} // namespace duizhao
