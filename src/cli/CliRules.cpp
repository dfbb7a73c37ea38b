// Cli's rules command: the structure rules a reader taught the importer.
#include "Cli.h"

#include "ConsoleOutput.h"
#include "Library.h"
#include "StructureTeacher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace duizhao {

namespace {

constexpr int kOk = 0;

QJsonObject ruleJson(const StructureRule &rule)
{
    return QJsonObject{{QStringLiteral("id"), rule.id},
                       {QStringLiteral("text"), rule.text},
                       {QStringLiteral("match"), structureMatchName(rule.match)},
                       {QStringLiteral("site"),
                        rule.site.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.site)},
                       {QStringLiteral("kind"), blockKindName(rule.kind)},
                       {QStringLiteral("created"), rule.created.toString(Qt::ISODateWithMs)}};
}

// A rule as `rules --json` prints it; throws std::invalid_argument for what is not one.
StructureRule ruleFromJson(const QJsonObject &object)
{
    StructureRule rule;
    rule.text = object.value(QStringLiteral("text")).toString();
    const auto match = structureMatchFromName(object.value(QStringLiteral("match")).toString());
    const auto kind = blockKindFromName(object.value(QStringLiteral("kind")).toString());
    if (rule.text.trimmed().isEmpty() || !match || !kind)
        throw std::invalid_argument("a rule needs text, match (exact or digits) and a block kind");
    rule.match = *match;
    rule.kind = *kind;
    rule.site = object.value(QStringLiteral("site")).toString();
    rule.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(),
                                         Qt::ISODateWithMs);
    return rule;
}

BlockKind requireKind(const QString &name)
{
    const auto kind = blockKindFromName(name);
    if (!kind)
        throw std::invalid_argument(
            QStringLiteral("unknown block kind '%1' (title, byline, heading, paragraph, caption, "
                           "image, ad, disclaimer, footer, reference, duplicate)")
                .arg(name)
                .toStdString());
    return *kind;
}

} // namespace

// rules [--json]
// rules add TEXT --kind KIND [--digits] [--site SITE]
// rules set ID --kind KIND
// rules remove ID
// rules import FILE (what `rules --json` printed: an array of rules)
int Cli::rules(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption digits(QStringLiteral("digits"));
    const QCommandLineOption site(QStringLiteral("site"), QString(), QStringLiteral("SITE"));
    parser.addOptions({json, kind, digits, site});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli rules")} + arguments))
        return usageError(parser.errorText());
    const QStringList words = parser.positionalArguments();
    const bool asJson = parser.isSet(json);
    Library &lib = library();

    if (words.isEmpty() || (words.size() == 1 && words.front() == u"list")) {
        const QList<StructureRule> all = lib.rules().all();
        if (asJson) {
            QJsonArray array;
            for (const StructureRule &rule : all)
                array.append(ruleJson(rule));
            ConsoleOutput::out(
                QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return kOk;
        }
        for (const StructureRule &rule : all) {
            ConsoleOutput::out(QStringLiteral("%1  %2  %3%4  %5\n")
                                   .arg(rule.id, 4)
                                   .arg(blockKindName(rule.kind), -10)
                                   .arg(structureMatchName(rule.match))
                                   .arg(rule.site.isEmpty() ? QStringLiteral(" everywhere")
                                                            : QStringLiteral(" on ") + rule.site)
                                   .arg(rule.text));
        }
        return kOk;
    }

    const QString &action = words.front();
    const auto report = [&](const QString &what, qint64 id, int essays) {
        if (asJson) {
            ConsoleOutput::out(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                            {QStringLiteral("essays"), essays}})
                                      .toJson(QJsonDocument::Compact)) +
                u'\n');
        } else {
            ConsoleOutput::out(QStringLiteral("%1 rule %2 (%3 essays decided again)\n")
                                   .arg(what)
                                   .arg(id)
                                   .arg(essays));
        }
        return kOk;
    };
    if (action == u"add" && words.size() == 2) {
        if (!parser.isSet(kind))
            return usageError(QStringLiteral("rules add needs --kind"));
        StructureRule rule;
        rule.text = words[1];
        rule.kind = requireKind(parser.value(kind));
        rule.match =
            parser.isSet(digits) ? StructureRule::Match::Digits : StructureRule::Match::Exact;
        rule.site = parser.value(site);
        const StructureTeacher::Outcome outcome = StructureTeacher::teach(lib, rule);
        return report(QStringLiteral("added"), outcome.ruleId, outcome.essays);
    }
    if (action == u"set" && words.size() == 2) {
        bool ok = false;
        const qint64 id = words[1].toLongLong(&ok);
        std::optional<StructureRule> rule = ok ? lib.rules().find(id) : std::nullopt;
        if (!rule)
            return usageError(QStringLiteral("no rule %1").arg(words[1]));
        if (parser.isSet(kind))
            rule->kind = requireKind(parser.value(kind));
        if (parser.isSet(digits))
            rule->match = StructureRule::Match::Digits;
        if (parser.isSet(site))
            rule->site = parser.value(site);
        const StructureTeacher::Outcome outcome = StructureTeacher::change(lib, *rule);
        return report(QStringLiteral("changed"), outcome.ruleId, outcome.essays);
    }
    if (action == u"remove" && words.size() == 2) {
        bool ok = false;
        const qint64 id = words[1].toLongLong(&ok);
        int essays = 0;
        if (!ok || !StructureTeacher::forget(lib, id, &essays))
            return usageError(QStringLiteral("no rule %1").arg(words[1]));
        return report(QStringLiteral("removed"), id, essays);
    }
    if (action == u"import" && words.size() == 2) {
        QFile file(words[1]);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(
                QStringLiteral("cannot read %1: %2").arg(words[1], file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isArray())
            return usageError(
                QStringLiteral("%1 is not a list of rules (rules --json makes one): %2")
                    .arg(words[1], error.errorString()));
        // Every rule is checked before the first is stored: a bad file adds nothing.
        QList<StructureRule> incoming;
        for (const QJsonValue &value : document.array())
            incoming << ruleFromJson(value.toObject());
        int essays = 0;
        for (const StructureRule &rule : std::as_const(incoming))
            essays += StructureTeacher::teach(lib, rule).essays;
        if (asJson)
            ConsoleOutput::out(
                QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("rules"), int(incoming.size())},
                                              {QStringLiteral("essays"), essays}})
                        .toJson(QJsonDocument::Compact)) +
                u'\n');
        else
            ConsoleOutput::out(QStringLiteral("imported %1 rules (%2 essays decided again)\n")
                                   .arg(incoming.size())
                                   .arg(essays));
        return kOk;
    }
    return usageError(QStringLiteral("rules: unknown action (see --help)"));
}

} // namespace duizhao
