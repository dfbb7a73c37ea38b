// Cli's concordance command: every match of a query as a KWIC line.
#include "Cli.h"

#include "ConsoleOutput.h"
#include "EssayFilter.h"
#include "Library.h"
#include "TermEquivalents.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duizhao {

namespace {

constexpr int kOk = 0;

// Columns a code point takes in a terminal: two for East Asian wide and full-width
// characters, so the hits line up under each other.
int columnsOf(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
        columns += wide ? 2 : 1;
    }
    return columns;
}

void printJson(const QJsonDocument &document)
{
    ConsoleOutput::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

int Cli::concordance(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("context"),
                                   QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("lines"),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sort(QStringLiteral("sort"), QStringLiteral("essay|date|left|right"),
                                  QStringLiteral("ORDER"), QStringLiteral("essay"));
    const QCommandLineOption exactVocabulary(QStringLiteral("exact-vocabulary"));
    const QCommandLineOption exactScript(QStringLiteral("exact-script"));
    const QCommandLineOption allKinds(QStringLiteral("all-kinds"));
    const QCommandLineOption essay(QStringLiteral("essay"), QStringLiteral("essay id"),
                                   QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("block language"),
                                  QStringLiteral("TAG"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("block kind"),
                                  QStringLiteral("KIND"));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("outlet"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("first date"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("last date"),
                                QStringLiteral("DATE"));
    parser.addOptions({json, width, limit, sort, exactVocabulary, exactScript, allKinds, essay,
                       lang, kind, outlet, from, to});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli concordance")} + arguments))
        return usageError(parser.errorText());
    QString error;
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("concordance needs a query"));

    ConcordanceOptions options;
    bool ok = false;
    options.width = parser.value(width).toInt(&ok);
    if (!ok || options.width < 0)
        return usageError(QStringLiteral("--width takes a whole number"));
    options.limit = parser.value(limit).toInt(&ok);
    if (!ok || options.limit < 0)
        return usageError(QStringLiteral("--limit takes a whole number (0: every line)"));
    const QString order = parser.value(sort);
    if (order == u"essay")
        options.order = ConcordanceOrder::Essay;
    else if (order == u"date")
        options.order = ConcordanceOrder::Date;
    else if (order == u"left")
        options.order = ConcordanceOrder::Left;
    else if (order == u"right")
        options.order = ConcordanceOrder::Right;
    else
        return usageError(QStringLiteral("--sort takes essay, date, left or right"));
    SearchOptions &search = options.search;
    search.foldVocabulary = !parser.isSet(exactVocabulary);
    search.foldScript = !parser.isSet(exactScript);
    search.includeBoilerplate = parser.isSet(allKinds);
    if (parser.isSet(essay)) {
        search.essayId = parser.value(essay).toLongLong(&ok);
        if (!ok || search.essayId <= 0)
            return usageError(QStringLiteral("'%1' is not an essay id").arg(parser.value(essay)));
    }
    if (parser.isSet(lang)) {
        search.language = languageFromTag(parser.value(lang));
        if (!search.language)
            return usageError(QStringLiteral("unknown language '%1' (en, zh-Hans, zh-Hant, und)")
                                  .arg(parser.value(lang)));
    }
    if (parser.isSet(kind)) {
        search.kind = blockKindFromName(parser.value(kind));
        if (!search.kind)
            return usageError(QStringLiteral("unknown block kind '%1'").arg(parser.value(kind)));
        search.includeBoilerplate = search.includeBoilerplate || isBoilerplate(*search.kind);
    }
    const EssayFilter filter{parser.value(outlet), parser.value(from), parser.value(to)};

    const QString text = parser.positionalArguments().join(u' ');
    const std::optional<SearchQuery> query = SearchQuery::parse(text, &error);
    if (!query)
        return usageError(QStringLiteral("bad query: ") + error);

    if (!filter.isEmpty())
        options.wantEssay = filter.over(library().essays().listing());
    options.equivalents = TermEquivalents::of(library());
    const ConcordanceResults results = library().search().concordance(*query, options);
    if (parser.isSet(json)) {
        QJsonArray lines;
        for (const ConcordanceLine &line : results.lines) {
            QJsonArray equivalents;
            for (const auto &range : line.equivalents)
                equivalents.append(QJsonArray{range.first, range.second});
            const bool paired = line.counterpartBlock >= 0;
            lines.append(QJsonObject{
                {QStringLiteral("essay"), line.essayId},
                {QStringLiteral("title"), line.title},
                {QStringLiteral("date"), orNull(line.date)},
                {QStringLiteral("block"), line.block},
                {QStringLiteral("kind"), blockKindName(line.kind)},
                {QStringLiteral("lang"), languageTag(line.language)},
                {QStringLiteral("start"), line.start},
                {QStringLiteral("end"), line.end},
                {QStringLiteral("left"), line.left},
                {QStringLiteral("hit"), line.hit},
                {QStringLiteral("right"), line.right},
                {QStringLiteral("counterpart"),
                 paired ? QJsonValue(line.counterpart) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("counterpartBlock"),
                 paired ? QJsonValue(line.counterpartBlock) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("equivalents"), equivalents},
            });
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("query"), text},
                                            {QStringLiteral("total"), results.total},
                                            {QStringLiteral("lines"), lines}}));
        return kOk;
    }
    ConsoleOutput::out(QStringLiteral("%1 line(s)%2\n")
                           .arg(results.total)
                           .arg(results.lines.size() < results.total
                                    ? QStringLiteral(", %1 shown").arg(results.lines.size())
                                    : QString()));
    int leftColumns = 0;
    for (const ConcordanceLine &line : results.lines)
        leftColumns = std::max(leftColumns, columnsOf(line.left));
    for (const ConcordanceLine &line : results.lines) {
        const QString place = QStringLiteral("%1:%2").arg(line.essayId).arg(line.block);
        ConsoleOutput::out(QStringLiteral("%1  %2%3 \u00AB%4\u00BB %5\n")
                               .arg(place, -9)
                               .arg(QString(leftColumns - columnsOf(line.left), u' '))
                               .arg(line.left, line.hit, line.right));
        if (line.counterpartBlock >= 0)
            ConsoleOutput::out(
                QStringLiteral("%1  = %2\n").arg(QString(9, u' ')).arg(line.counterpart.left(120)));
    }
    return kOk;
}

} // namespace duizhao
