// Cli's tags command: the tag codebook from the command line.
#include "Cli.h"

#include "ConsoleOutput.h"
#include "Library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace duizhao {

namespace {

constexpr int kOk = 0;

Tag requireTag(const std::optional<Tag> &tag, const QString &name)
{
    if (!tag)
        throw std::invalid_argument(QStringLiteral("no tag named '%1'").arg(name).toStdString());
    return *tag;
}

QJsonObject tagJson(const Tag &tag, const QHash<qint64, QString> &names)
{
    return QJsonObject{{QStringLiteral("id"), tag.id},
                       {QStringLiteral("name"), tag.name},
                       {QStringLiteral("color"), tag.color},
                       {QStringLiteral("description"), tag.description},
                       {QStringLiteral("parent"), tag.parentId != 0
                                                      ? QJsonValue(names.value(tag.parentId))
                                                      : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("annotations"), tag.usage}};
}

} // namespace

// tags [--json]
// tags rename OLD NEW | merge FROM INTO | delete NAME [--untag]
// tags set NAME [--color #RRGGBB] [--description TEXT] [--parent NAME|--top]
int Cli::tags(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption untag(QStringLiteral("untag"));
    const QCommandLineOption color(QStringLiteral("color"), QString(), QStringLiteral("COLOR"));
    const QCommandLineOption description(QStringLiteral("description"), QString(),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption parent(QStringLiteral("parent"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption top(QStringLiteral("top"));
    parser.addOptions({json, untag, color, description, parent, top});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli tags")} + arguments))
        return usageError(parser.errorText());
    const QStringList words = parser.positionalArguments();
    Library &codebook = library();

    if (words.isEmpty()) {
        const QList<Tag> all = codebook.tags().all();
        QHash<qint64, QString> names;
        for (const Tag &tag : all)
            names.insert(tag.id, tag.name);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Tag &tag : all)
                array.append(tagJson(tag, names));
            ConsoleOutput::out(
                QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return kOk;
        }
        for (const Tag &tag : all) {
            ConsoleOutput::out(
                QStringLiteral("%1  %2%3%4%5\n")
                    .arg(tag.usage, 4)
                    .arg(tag.name)
                    .arg(tag.parentId != 0
                             ? QStringLiteral("  (under %1)").arg(names.value(tag.parentId))
                             : QString())
                    .arg(tag.color.isEmpty() ? QString() : QStringLiteral("  ") + tag.color)
                    .arg(tag.description.isEmpty()
                             ? QString()
                             : QStringLiteral("  \u2014 ") + tag.description));
        }
        return kOk;
    }

    const QString &action = words.front();
    if (action == u"rename" && words.size() == 3) {
        Tag tag = requireTag(codebook.tags().named(words[1]), words[1]);
        tag.name = words[2];
        codebook.tags().update(tag);
        ConsoleOutput::out(
            QStringLiteral("renamed '%1' to '%2'\n").arg(words[1], tag.name.trimmed()));
        return kOk;
    }
    if (action == u"merge" && words.size() == 3) {
        const Tag from = requireTag(codebook.tags().named(words[1]), words[1]);
        const Tag into = requireTag(codebook.tags().named(words[2]), words[2]);
        const int moved = codebook.tags().merge(from.id, into.id);
        ConsoleOutput::out(QStringLiteral("merged '%1' into '%2' (%3 annotations)\n")
                               .arg(from.name, into.name)
                               .arg(moved));
        return kOk;
    }
    if (action == u"delete" && words.size() == 2) {
        const Tag tag = requireTag(codebook.tags().named(words[1]), words[1]);
        if (tag.usage > 0 && !parser.isSet(untag)) {
            return usageError(
                QStringLiteral("'%1' is on %2 annotations; add --untag to remove it from them "
                               "(the annotations stay)")
                    .arg(tag.name)
                    .arg(tag.usage));
        }
        const int untagged =
            codebook.tags().remove(tag.id, parser.isSet(untag) ? TagDeletion::RemoveFromAnnotations
                                                               : TagDeletion::RefuseWhenUsed);
        ConsoleOutput::out(QStringLiteral("deleted '%1' (removed from %2 annotations)\n")
                               .arg(tag.name)
                               .arg(untagged));
        return kOk;
    }
    if (action == u"set" && words.size() == 2) {
        std::optional<Tag> existing = codebook.tags().named(words[1]);
        Tag tag = existing ? *existing : Tag{};
        if (!existing)
            tag.name = words[1];
        if (parser.isSet(color))
            tag.color = parser.value(color);
        if (parser.isSet(description))
            tag.description = parser.value(description);
        if (parser.isSet(parent) && parser.isSet(top))
            return usageError(QStringLiteral("--parent and --top exclude each other"));
        if (parser.isSet(parent))
            tag.parentId =
                requireTag(codebook.tags().named(parser.value(parent)), parser.value(parent)).id;
        if (parser.isSet(top))
            tag.parentId = 0;
        if (existing)
            codebook.tags().update(tag);
        else
            codebook.tags().create(tag);
        ConsoleOutput::out(
            QStringLiteral("%1 '%2'\n")
                .arg(existing ? QStringLiteral("updated") : QStringLiteral("created"),
                     tag.name.trimmed()));
        return kOk;
    }
    return usageError(
        QStringLiteral("tags takes no words, or: rename OLD NEW, merge FROM INTO, delete NAME "
                       "[--untag], set NAME [--color C] [--description T] [--parent P | --top]"));
}

} // namespace duizhao
