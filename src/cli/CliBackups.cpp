// Cli's backup, backups and restore commands.
#include "Cli.h"

#include "ConsoleOutput.h"
#include "DatabaseError.h"
#include "Library.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duizhao {

namespace {

constexpr int kOk = 0;

QJsonValue count(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

// backup [-o FILE]
int Cli::backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("file"), QStringLiteral("FILE"));
    parser.addOption(output);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli backup")} + arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("backup takes no arguments (-o FILE names the copy)"));
    Library &open = library();
    QString file;
    if (parser.isSet(output)) {
        file = QFileInfo(parser.value(output)).absoluteFilePath();
        if (file == QFileInfo(open.path()).absoluteFilePath())
            return usageError(QStringLiteral("the backup cannot be the library itself"));
        open.backUpTo(file);
    } else {
        file = open.backUp(BackupInfo::Kind::Manual);
    }
    const BackupInfo info = LibraryBackups::inspect(file);
    ConsoleOutput::out(QStringLiteral("backup %1 (%2 essays, %3 annotations)\n")
                           .arg(file)
                           .arg(info.essays)
                           .arg(info.annotations));
    return kOk;
}

// backups [--json]
int Cli::backups(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli backups")} + arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("backups takes no arguments"));
    // By path: the backups of a library that no longer opens are what the user needs.
    const LibraryBackups backups(libraryPath());
    const QList<BackupInfo> list = backups.list();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const BackupInfo &info : list) {
            array.append(QJsonObject{
                {QStringLiteral("file"), info.file},
                // Local time with its offset: when the user's clock said it was made.
                {QStringLiteral("created"),
                 info.created.toOffsetFromUtc(info.created.offsetFromUtc()).toString(Qt::ISODate)},
                {QStringLiteral("kind"),
                 LibraryBackups::kindName(info.kind, 0).section(u'-', 0, 0)},
                {QStringLiteral("schema"), info.schemaVersion},
                {QStringLiteral("essays"), count(info.essays)},
                {QStringLiteral("annotations"), count(info.annotations)},
            });
        }
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return kOk;
    }
    for (const BackupInfo &info : list) {
        ConsoleOutput::out(
            QStringLiteral("%1  %2  %3 essays  %4 annotations  %5\n")
                .arg(info.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     LibraryBackups::kindName(info.kind, info.schemaVersion).leftJustified(10),
                     info.essays < 0 ? QStringLiteral("?") : QString::number(info.essays),
                     info.annotations < 0 ? QStringLiteral("?") : QString::number(info.annotations),
                     info.file));
    }
    if (list.isEmpty())
        ConsoleOutput::out(QStringLiteral("No backups in %1\n").arg(backups.folder()));
    return kOk;
}

// restore FILE
int Cli::restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli restore")} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("restore needs exactly one backup file"));
    const QString file = parser.positionalArguments().front();
    if (!QFileInfo(file).isFile())
        return usageError(QStringLiteral("no backup file %1").arg(file));
    const QString path = libraryPath();
    if (m_databaseOptions.readOnly || Database::isWritePrevented(path))
        throw DatabaseError::readOnly(QStringLiteral("restore"));
    m_library.reset(); // the library must not be open while it is replaced
    const BackupInfo info = LibraryBackups::inspect(file);
    const QString aside = LibraryBackups(path).restore(file);
    ConsoleOutput::out(QStringLiteral("restored %1 from %2 (%3 essays, %4 annotations)\n")
                           .arg(path, QFileInfo(file).absoluteFilePath())
                           .arg(info.essays)
                           .arg(info.annotations));
    if (!aside.isEmpty())
        ConsoleOutput::out(QStringLiteral("the library as it was is kept as %1\n").arg(aside));
    return kOk;
}

} // namespace duizhao
