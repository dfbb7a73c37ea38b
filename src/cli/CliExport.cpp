// Cli's export and import-annotations commands (W3C JSON and REFI-QDA .qdpx).
#include "Cli.h"

#include "AnnotationImporter.h"
#include "ConsoleOutput.h"
#include "ExportFile.h"
#include "ExportSelection.h"
#include "Exporter.h"
#include "Library.h"
#include "RefiQdaImporter.h"
#include "RefiQdaReader.h"
#include "WebAnnotationReader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace duizhao {

namespace {

constexpr int kOk = 0;
constexpr int kSomeFailed = 1;

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\t', u' ');
}

int failure(const QString &reason)
{
    ConsoleOutput::err(QStringLiteral("duizhao-cli: ") + oneLine(reason) + u'\n');
    return kSomeFailed;
}

QString statusName(AnnotationImporter::Status status)
{
    switch (status) {
    case AnnotationImporter::Status::Placed:
        return QStringLiteral("placed");
    case AnnotationImporter::Status::Present:
        return QStringLiteral("present");
    case AnnotationImporter::Status::Unplaced:
        break;
    }
    return QStringLiteral("unplaced");
}

} // namespace

bool Cli::needsGui(const QStringList &arguments)
{
    // The same walk as run(): global options, then the command, then its options.
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        if (arguments[i] == u"--db")
            ++i;
        else if (!arguments[i].startsWith(u'-'))
            break;
    }
    if (i >= arguments.size() || arguments[i] != u"export")
        return false;
    for (++i; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if ((argument == u"--format" || argument == u"-format") && i + 1 < arguments.size())
            return arguments[i + 1] == u"pdf";
        if (argument == u"--format=pdf" || argument == u"-format=pdf")
            return true;
    }
    return false;
}

int Cli::exportAnnotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption essay(QStringLiteral("essay"), QStringLiteral("essay id (repeatable)"),
                                   QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption claims(QStringLiteral("claims"));
    const QCommandLineOption notesOnly(QStringLiteral("notes-only"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("md, html, json, csv, pdf, qdpx, tmx or csl-json"),
        QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("file"), QStringLiteral("FILE"));
    parser.addOptions({essay, all, claims, notesOnly, format, output});
    QString error;
    if (!Cli::parseOptions(parser, QStringLiteral("export"), arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("export takes no arguments besides its options (see --help)"));

    ExportSelection selection;
    for (const QString &value : parser.values(essay)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(QStringLiteral("'%1' is not an essay id").arg(value));
        selection.essayIds << id;
    }
    if (!selection.essayIds.isEmpty() && parser.isSet(all))
        return usageError(QStringLiteral("give --essay or --all, not both"));
    if (selection.essayIds.isEmpty() && !parser.isSet(all) && !parser.isSet(claims))
        return usageError(QStringLiteral("export needs --essay ID, --all or --claims"));
    selection.claimsOnly = parser.isSet(claims);
    selection.notesOnly = parser.isSet(notesOnly);

    const QString formatName = parser.value(format);
    if (formatName.isEmpty())
        return usageError(
            QStringLiteral("export needs --format md|html|json|csv|pdf|qdpx|tmx|csl-json"));
    std::unique_ptr<Exporter> exporter = m_createExporter(formatName);
    if (!exporter)
        return usageError(
            QStringLiteral("unknown format '%1' (md, html, json, csv, pdf, qdpx, tmx, csl-json)")
                .arg(formatName));
    const QString path = parser.value(output);
    if (path.isEmpty())
        return usageError(QStringLiteral("export needs -o FILE"));

    const ExportSet set = selection.collect(library());
    QByteArray bytes;
    try {
        bytes = exporter->write(set);
    } catch (const std::runtime_error &failed) {
        return failure(QStringLiteral("cannot export %1: %2")
                           .arg(formatName, QString::fromUtf8(failed.what())));
    }
    if (const QString failed = ExportFile::save(path, bytes); !failed.isEmpty())
        return failure(failed);

    qsizetype annotations = 0;
    for (const ExportedEssay &exported : set.essays)
        annotations += exported.annotations.size();
    ConsoleOutput::out(QStringLiteral("%1 annotations from %2 essays written to %3\n")
                           .arg(annotations)
                           .arg(set.essays.size())
                           .arg(path));
    return kOk;
}

int Cli::importAnnotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!Cli::parseOptions(parser, QStringLiteral("import-annotations"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(
            QStringLiteral("import-annotations needs exactly one file (.json or .qdpx)"));
    const QString path = parser.positionalArguments().front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();

    QList<AnnotationImporter::Outcome> outcomes;
    // A .qdpx is a ZIP: its local file header signature, whatever the file is called.
    if (bytes.startsWith("PK\x03\x04") || path.endsWith(u".qdpx", Qt::CaseInsensitive)) {
        const std::optional<RefiQdaReader::Project> project = RefiQdaReader::read(bytes, &error);
        if (!project)
            return usageError(QStringLiteral("%1: %2").arg(path, error));
        if (project->skippedSources > 0) {
            ConsoleOutput::err(QStringLiteral("duizhao-cli: %1: %2 sources that are not plain "
                                              "text (PDF, pictures, audio, video) were skipped\n")
                                   .arg(path)
                                   .arg(project->skippedSources));
        }
        outcomes = RefiQdaImporter(library()).run(*project);
    } else {
        const std::optional<QList<WebAnnotationReader::Item>> items =
            WebAnnotationReader::read(bytes, &error);
        if (!items)
            return usageError(QStringLiteral("%1: %2").arg(path, error));
        outcomes = AnnotationImporter(library()).run(*items);
    }
    int counts[3] = {0, 0, 0};
    for (const AnnotationImporter::Outcome &outcome : outcomes)
        ++counts[int(outcome.status)];
    if (parser.isSet(json)) {
        QJsonArray array;
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            const AnnotationImporter::Outcome &outcome = outcomes[i];
            const auto orNull = [](qint64 id) {
                return id > 0 ? QJsonValue(id) : QJsonValue();
            };
            array.append(QJsonObject{
                {QStringLiteral("index"), int(i)},
                {QStringLiteral("status"), statusName(outcome.status)},
                {QStringLiteral("essay"), orNull(outcome.essayId)},
                {QStringLiteral("annotation"), orNull(outcome.annotationId)},
                {QStringLiteral("block"), outcome.anchor.block},
                {QStringLiteral("start"), outcome.anchor.start},
                {QStringLiteral("end"), outcome.anchor.end},
                {QStringLiteral("quote"), outcome.anchor.quote},
                {QStringLiteral("source"), outcome.source},
                {QStringLiteral("reason"),
                 outcome.reason.isEmpty() ? QJsonValue() : QJsonValue(outcome.reason)},
            });
        }
        const QJsonObject report{{QStringLiteral("placed"), counts[0]},
                                 {QStringLiteral("present"), counts[1]},
                                 {QStringLiteral("unplaced"), counts[2]},
                                 {QStringLiteral("annotations"), array}};
        ConsoleOutput::out(
            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    } else {
        for (const AnnotationImporter::Outcome &outcome : outcomes) {
            QString line = statusName(outcome.status).leftJustified(10);
            if (outcome.status == AnnotationImporter::Status::Unplaced) {
                line += QStringLiteral("\u00ab%1\u00bb %2: %3")
                            .arg(oneLine(outcome.anchor.quote), outcome.source,
                                 oneLine(outcome.reason));
            } else {
                line += QStringLiteral("essay %1 block %2 [%3, %4): %5")
                            .arg(outcome.essayId)
                            .arg(outcome.anchor.block)
                            .arg(outcome.anchor.start)
                            .arg(outcome.anchor.end)
                            .arg(oneLine(outcome.anchor.quote));
            }
            ConsoleOutput::out(line + u'\n');
        }
        ConsoleOutput::out(QStringLiteral("%1 placed, %2 already present, %3 not placed\n")
                               .arg(counts[0])
                               .arg(counts[1])
                               .arg(counts[2]));
    }
    return counts[2] > 0 ? kSomeFailed : kOk;
}

} // namespace duizhao
