// Cli's stats command: the library at a glance, and a term's spread.
#include "Cli.h"

#include "ConsoleOutput.h"
#include "Library.h"
#include "LibraryStatistics.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duizhao {

namespace {

constexpr int kOk = 0;

// {"key": count, ...} in the chart's order (QJsonObject sorts its keys; the text output
// keeps the order).
QJsonObject countsJson(const StatisticsCounts &counts)
{
    QJsonObject object;
    for (const StatisticsCount &count : counts)
        object.insert(count.key, count.count);
    return object;
}

void printCounts(const QString &title, const StatisticsCounts &counts)
{
    ConsoleOutput::out(title + u'\n');
    for (const StatisticsCount &count : counts)
        ConsoleOutput::out(QStringLiteral("  %1  %2\n").arg(count.count, 6).arg(count.key));
}

} // namespace

int Cli::stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption term(QStringLiteral("term"), QStringLiteral("search query"),
                                  QStringLiteral("QUERY"));
    const QCommandLineOption outlet(QStringLiteral("outlet"), QStringLiteral("outlet"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("first date"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("last date"),
                                QStringLiteral("DATE"));
    parser.addOptions({json, term, outlet, from, to});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli stats")} + arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("stats takes no arguments (a term is --term QUERY)"));

    LibraryStatistics::Options options;
    options.filter = {parser.value(outlet), parser.value(from), parser.value(to)};
    std::optional<SearchQuery> query;
    const QString termText = parser.value(term);
    if (parser.isSet(term)) {
        QString error;
        query = SearchQuery::parse(termText, &error);
        if (!query)
            return usageError(QStringLiteral("bad query: ") + error);
    }
    const std::optional<LibraryStatistics> stats =
        LibraryStatistics::compute(library(), options, query ? &*query : nullptr, termText);
    if (!stats)
        return kOk; // not cancellable from here

    if (parser.isSet(json)) {
        QJsonValue termJson(QJsonValue::Null);
        if (stats->term) {
            QJsonArray byEssay;
            for (const LibraryStatistics::TermEssay &row : stats->term->byEssay)
                byEssay.append(QJsonObject{
                    {QStringLiteral("essay"), row.essay},
                    {QStringLiteral("title"), row.title},
                    {QStringLiteral("date"),
                     row.date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.date)},
                    {QStringLiteral("hits"), row.hits}});
            termJson = QJsonObject{{QStringLiteral("query"), stats->term->query},
                                   {QStringLiteral("total"), stats->term->total},
                                   {QStringLiteral("byEssay"), byEssay},
                                   {QStringLiteral("byOutlet"), countsJson(stats->term->byOutlet)},
                                   {QStringLiteral("byMonth"), countsJson(stats->term->byMonth)}};
        }
        const QJsonObject essays{
            {QStringLiteral("total"), stats->essays.total},
            {QStringLiteral("byLanguage"), countsJson(stats->essays.byLanguage)},
            {QStringLiteral("byOutlet"), countsJson(stats->essays.byOutlet)},
            {QStringLiteral("byMonth"), countsJson(stats->essays.byMonth)}};
        const QJsonObject claims{{QStringLiteral("total"), stats->claims.total},
                                 {QStringLiteral("byVerdict"), countsJson(stats->claims.byVerdict)},
                                 {QStringLiteral("byType"), countsJson(stats->claims.byType)},
                                 {QStringLiteral("byTag"), countsJson(stats->claims.byTag)}};
        ConsoleOutput::out(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("essays"), essays},
                                                        {QStringLiteral("claims"), claims},
                                                        {QStringLiteral("term"), termJson}})
                                  .toJson(QJsonDocument::Indented)));
        return kOk;
    }
    ConsoleOutput::out(QStringLiteral("%1 essay(s), %2 claim(s)\n\n")
                           .arg(stats->essays.total)
                           .arg(stats->claims.total));
    printCounts(QStringLiteral("Essays by language"), stats->essays.byLanguage);
    printCounts(QStringLiteral("Essays by outlet"), stats->essays.byOutlet);
    printCounts(QStringLiteral("Essays by month"), stats->essays.byMonth);
    printCounts(QStringLiteral("Claims by verdict"), stats->claims.byVerdict);
    printCounts(QStringLiteral("Claims by type"), stats->claims.byType);
    printCounts(QStringLiteral("Claims by tag"), stats->claims.byTag);
    if (stats->term) {
        ConsoleOutput::out(QStringLiteral("\n%1: %2 match(es) in %3 essay(s)\n")
                               .arg(stats->term->query)
                               .arg(stats->term->total)
                               .arg(stats->term->byEssay.size()));
        for (const LibraryStatistics::TermEssay &row : stats->term->byEssay)
            ConsoleOutput::out(
                QStringLiteral("  %1  %2  %3\n").arg(row.hits, 6).arg(row.essay, 5).arg(row.title));
        printCounts(QStringLiteral("Matches by outlet"), stats->term->byOutlet);
        printCounts(QStringLiteral("Matches by month"), stats->term->byMonth);
    }
    return kOk;
}

} // namespace duizhao
