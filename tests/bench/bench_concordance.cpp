// The concordance's and the statistics' figures (issue 18), on the generated library the
// search figures use, each next to the plain search of the same term measured in the
// same run. Never asserts a time.
//
//   bench_concordance [--rounds N] [--json FILE] [--library FILE] CORPUS
//
// With --library, an existing library of CORPUS is used (imported once if the file does
// not exist yet); without, a temporary one. Warm: one untimed run of each first, as an
// analyst refining a query sees it.
#include "Importer.h"
#include "Library.h"
#include "LibraryStatistics.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace duizhao;

namespace {

struct Figure {
    double p50 = 0;
    double p95 = 0;
};

Figure measure(int rounds, const std::function<void()> &work)
{
    work(); // warm-up, not counted
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times[std::min(times.size() - 1, size_t(q * double(times.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int rounds = 20;
    QString jsonPath;
    QString libraryPath;
    QString corpus;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--rounds" && i + 1 < arguments.size())
            rounds = std::max(1, arguments[++i].toInt());
        else if (arguments[i] == u"--json" && i + 1 < arguments.size())
            jsonPath = arguments[++i];
        else if (arguments[i] == u"--library" && i + 1 < arguments.size())
            libraryPath = arguments[++i];
        else
            corpus = arguments[i];
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "usage: bench_concordance [--rounds N] [--json FILE] "
                             "[--library FILE] CORPUS\n");
        return 2;
    }
    QTemporaryDir temporary;
    if (libraryPath.isEmpty())
        libraryPath = temporary.filePath(QStringLiteral("bench.sqlite"));
    const bool fresh = !QFileInfo::exists(libraryPath);
    Library library(libraryPath);
    if (fresh) {
        Importer importer(library);
        importer.run({corpus});
    }
    const int essays = int(library.essays().listing().size());

    QString error;
    const QString term = QStringLiteral("芯片");
    const SearchQuery query = *SearchQuery::parse(term, &error);
    int searchTotal = 0;
    const Figure search = measure(rounds, [&] { searchTotal = library.search().run(query).total; });
    size_t blocks = 0;
    const Figure matching =
        measure(rounds, [&] { blocks = library.search().matchingBlocks(query).size(); });
    ConcordanceOptions first500;
    first500.limit = 500;
    int lines = 0;
    int total = 0;
    const Figure concordance = measure(rounds, [&] {
        const ConcordanceResults results = library.search().concordance(query, first500);
        lines = int(results.lines.size());
        total = results.total;
    });
    ConcordanceOptions sorted = first500;
    sorted.order = ConcordanceOrder::Right;
    const Figure concordanceSorted =
        measure(std::max(1, rounds / 4), [&] { library.search().concordance(query, sorted); });
    const Figure listing = measure(rounds, [&] { library.essays().listing(); });
    const Figure stats =
        measure(rounds, [&] { LibraryStatistics::compute(library, {}, nullptr, {}); });
    const Figure statsTerm =
        measure(rounds, [&] { LibraryStatistics::compute(library, {}, &query, term); });

    std::printf("bench_concordance: %d essays, %d round(s); %s: %d essays, %zu blocks, %d lines\n",
                essays, rounds, qPrintable(term), searchTotal, blocks, total);
    const auto row = [](const char *name, const Figure &figure, const Figure &baseline) {
        std::printf("  %-44s p50 %7.1f ms  p95 %7.1f ms  (%.1f× the search)\n", name, figure.p50,
                    figure.p95, figure.p50 / std::max(0.001, baseline.p50));
    };
    row("search 芯片 (baseline, 20 hits)", search, search);
    row("matchingBlocks 芯片 (every block)", matching, search);
    row("concordance 芯片, first 500 lines", concordance, search);
    row("concordance 芯片, every line sorted by right, 500", concordanceSorted, search);
    row("listing (baseline for the statistics)", listing, search);
    row("statistics", stats, search);
    row("statistics with the term 芯片", statsTerm, search);
    if (!jsonPath.isEmpty()) {
        const auto figure = [](const Figure &f) {
            return QJsonObject{{QStringLiteral("p50"), f.p50}, {QStringLiteral("p95"), f.p95}};
        };
        QFile out(jsonPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(
                          QJsonObject{
                              {QStringLiteral("essays"), essays},
                              {QStringLiteral("lines"), lines},
                              {QStringLiteral("total"), total},
                              {QStringLiteral("search"), figure(search)},
                              {QStringLiteral("matchingBlocks"), figure(matching)},
                              {QStringLiteral("concordance500"), figure(concordance)},
                              {QStringLiteral("concordanceSortedRight"), figure(concordanceSorted)},
                              {QStringLiteral("listing"), figure(listing)},
                              {QStringLiteral("stats"), figure(stats)},
                              {QStringLiteral("statsTerm"), figure(statsTerm)},
                          })
                          .toJson());
    }
    return 0;
}
