// Library benchmark over a folder of essays (made by bench_corpus): import, size on
// disk, search latency, opening the largest essay, each next to a baseline measured in
// the same run on the same files.
//
//   bench_library --cli PATH [--work DIR] [--json FILE] [--label NAME] [--rounds N]
//                 [--no-opencc] [--no-inprocess] [--library DB] CORPUS_DIR
//
// --library DB measures search, size and the largest essay on a library imported
// before (of the same CORPUS_DIR), and imports nothing.
//
// Baselines: `cat` (the read floor), `opencc -c t2s` (the obvious converter) on the
// same bytes, `rg -l` (the obvious search) on the same files. After an import, FTS5
// alone indexing the same essays on one thread: the floor under any import built on it. Programs
// are run as children and timed with their own resource usage (wait4), so the peak memory of an
// import is the child's alone. Not a test: numbers are reported, never asserted. The
// machine is shared, so the ratios (measured back to back) are what carry over.
#include "Database.h"
#include "EssayIndex.h"
#include "Importer.h"
#include "Library.h"
#include "ScriptConverter.h"
#include "SearchQuery.h"
#include "SearchTokenizer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace duizhao;

namespace {

struct ChildRun {
    double seconds = 0;
    double maxRssMb = 0;
    int exitCode = -1;
};

// Runs argv with stdout to `stdoutPath` (stderr discarded) and waits for it.
ChildRun runChild(const QStringList &argv, const QString &stdoutPath = QStringLiteral("/dev/null"))
{
    QList<QByteArray> storage;
    for (const QString &argument : argv)
        storage << argument.toLocal8Bit();
    std::vector<char *> pointers;
    for (QByteArray &argument : storage)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    const QByteArray out = stdoutPath.toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int outFd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int nullFd = open("/dev/null", O_WRONLY);
        if (outFd >= 0)
            dup2(outFd, 1);
        if (nullFd >= 0)
            dup2(nullFd, 2);
        execvp(pointers[0], pointers.data());
        _exit(127);
    }
    ChildRun run;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.maxRssMb = double(usage.ru_maxrss) / 1024.0;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype index =
        std::min(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values[index];
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The floor FTS5 sets under an import: the seconds FTS5 takes, on one thread (SQLite has
// one writer per file), to index every essay of `library` as an import gives them to it
// (EssayIndex::rowOf, the tokenizer included), into a fresh table defined as the
// library's (schema 8), committed every 8 MB as an import does. Only the inserts and
// commits are timed, not reading the essays back.
double ftsAloneSeconds(const QString &library, const QString &scratch)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);
    Library source(library);
    Database index(scratch);
    SearchTokenizer::registerWith(index.handle());
    index.execute(u"CREATE VIRTUAL TABLE essay_fts USING fts5(body, title, heading, boilerplate, "
                  u"content = '', "
                  u"columnsize = 0, tokenize = 'duizhao stem');"
                  u"INSERT INTO essay_fts (essay_fts, rank) VALUES ('hashsize', 33554432);");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(index.handle(),
                       "INSERT INTO essay_fts (rowid, body, title, heading, boilerplate) VALUES "
                       "(?1, ?2, ?3, ?4, ?5)",
                       -1, &insert, nullptr);
    double ms = 0;
    size_t pending = 0;
    bool failed = false;
    ms += timeMs([&] { index.execute(u"BEGIN"); });
    for (const EssaySummary &summary : source.essays().listing()) {
        const std::optional<Essay> essay = source.essays().find(summary.id);
        if (!essay)
            continue;
        const EssayIndex::Row row = EssayIndex::rowOf(essay->blocks);
        ms += timeMs([&] {
            sqlite3_bind_int64(insert, 1, summary.id);
            for (int column = 0; column < EssayIndex::ColumnCount; ++column) {
                sqlite3_bind_text(insert, 2 + column, row.columns[column].data(),
                                  int(row.columns[column].size()), SQLITE_STATIC);
                pending += row.columns[column].size();
            }
            failed = failed || sqlite3_step(insert) != SQLITE_DONE;
            sqlite3_reset(insert);
            if (pending > (8u << 20)) {
                index.execute(u"COMMIT; BEGIN");
                pending = 0;
            }
        });
    }
    ms += timeMs([&] { index.execute(u"COMMIT"); });
    if (failed)
        std::fprintf(stderr, "bench_library: FTS5 alone: %s\n", sqlite3_errmsg(index.handle()));
    sqlite3_finalize(insert);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);
    return failed ? 0.0 : ms / 1000.0;
}

// Pages per table and index (SQLite's dbstat), largest first: what the bytes on disk are.
QJsonArray storageBreakdown(const QString &path, qint64 rawBytes)
{
    QJsonArray rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name "
                               "ORDER BY bytes DESC",
                               -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                const qint64 bytes = sqlite3_column_int64(statement, 1);
                rows.append(QJsonObject{
                    {QStringLiteral("name"), QString::fromUtf8(reinterpret_cast<const char *>(
                                                 sqlite3_column_text(statement, 0)))},
                    {QStringLiteral("bytes"), bytes},
                    {QStringLiteral("ratioToRaw"), double(bytes) / double(rawBytes)}});
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return rows;
}

struct Query {
    QString label;
    QString text;
};

QList<Query> querySet()
{
    return {
        {QStringLiteral("1 char, simplified"), QStringLiteral("国")},
        {QStringLiteral("1 char, traditional"), QStringLiteral("國")},
        {QStringLiteral("2 chars, simplified"), QStringLiteral("美国")},
        {QStringLiteral("2 chars, traditional"), QStringLiteral("美國")},
        {QStringLiteral("4 chars, simplified"), QStringLiteral("科技创新")},
        {QStringLiteral("4 chars, traditional"), QStringLiteral("科技創新")},
        {QStringLiteral("regional variant"), QStringLiteral("晶片")},
        {QStringLiteral("regional variant, 4 chars"), QStringLiteral("人工智慧")},
        {QStringLiteral("English word"), QStringLiteral("technology")},
        {QStringLiteral("phrase"), QStringLiteral("\"Silicon Valley\"")},
        {QStringLiteral("mixed"), QStringLiteral("AI 芯片")},
        {QStringLiteral("OR"), QStringLiteral("芯片 OR 半导体")},
        {QStringLiteral("prefix"), QStringLiteral("tech*")},
    };
}

void printRow(const QString &what, const QString &value, const QString &baseline,
              const QString &ratio)
{
    std::printf("%-44s %18s %26s %10s\n", qPrintable(what), qPrintable(value), qPrintable(baseline),
                qPrintable(ratio));
}

int usage()
{
    std::fprintf(stderr,
                 "usage: bench_library --cli PATH [--work DIR] [--json FILE] [--label NAME] "
                 "[--rounds N] [--no-opencc] [--no-inprocess] [--library DB] CORPUS_DIR\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // rows show as they are measured
    const QStringList arguments = app.arguments().mid(1);
    QString cli;
    QString workDir;
    QString jsonPath;
    QString label;
    QString corpus;
    int rounds = 20;
    bool opencc = true;
    bool inProcess = true;
    QString existingLibrary; // --library: measure search on it, import nothing
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--cli" && hasValue)
            cli = arguments[++i];
        else if (argument == u"--work" && hasValue)
            workDir = arguments[++i];
        else if (argument == u"--json" && hasValue)
            jsonPath = arguments[++i];
        else if (argument == u"--label" && hasValue)
            label = arguments[++i];
        else if (argument == u"--rounds" && hasValue)
            rounds = std::max(1, arguments[++i].toInt());
        else if (argument == u"--library" && hasValue)
            existingLibrary = arguments[++i];
        else if (argument == u"--no-opencc")
            opencc = false;
        else if (argument == u"--no-inprocess")
            inProcess = false;
        else if (argument.startsWith(u"--"))
            return usage();
        else
            corpus = argument;
    }
    if (cli.isEmpty() || corpus.isEmpty())
        return usage();
    corpus = QFileInfo(corpus).absoluteFilePath();
    QTemporaryDir temporary;
    if (workDir.isEmpty())
        workDir = temporary.path();
    QDir().mkpath(workDir);

    // The files, and the bytes once through the page cache so every contender starts warm.
    QStringList files;
    QDirIterator walk(corpus, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (walk.hasNext())
        files << walk.next();
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_library: no .txt files under %s\n", qPrintable(corpus));
        return 1;
    }
    qint64 rawBytes = 0;
    QString largestFile;
    qint64 largestSize = -1;
    const QString concatenated = workDir + QStringLiteral("/all.txt");
    {
        QFile all(concatenated);
        if (!all.open(QIODevice::WriteOnly))
            return 1;
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            all.write(bytes);
            rawBytes += bytes.size();
            if (bytes.size() > largestSize) {
                largestSize = bytes.size();
                largestFile = path;
            }
        }
    }
    const double rawMb = double(rawBytes) / (1024.0 * 1024.0);
    const double essays = double(files.size());
    QJsonObject json{{QStringLiteral("label"), label},
                     {QStringLiteral("essays"), int(files.size())},
                     {QStringLiteral("rawBytes"), rawBytes}};
    std::printf("== %s: %d essays, %.1f MB (ratios are against baselines measured in this run)\n",
                qPrintable(label), int(files.size()), rawMb);
    printRow(QStringLiteral("measure"), QStringLiteral("Duizhao"), QStringLiteral("baseline"),
             QStringLiteral("ratio"));

    const QString db =
        existingLibrary.isEmpty() ? workDir + QStringLiteral("/cli.sqlite") : existingLibrary;
    ChildRun import;
    import.exitCode = 0;
    if (existingLibrary.isEmpty()) {
        // --- Import ---------------------------------------------------------------------
        const QString shell =
            QStringLiteral("find '%1' -name '*.txt' -print0 | xargs -0 cat > /dev/null")
                .arg(corpus);
        const ChildRun cat = runChild({QStringLiteral("sh"), QStringLiteral("-c"), shell});
        const double catRate = rawMb / cat.seconds;
        json[QStringLiteral("catMBps")] = catRate;

        double openccRate = 0;
        if (opencc) {
            const ChildRun t2s =
                runChild({QStringLiteral("opencc"), QStringLiteral("-c"), QStringLiteral("t2s"),
                          QStringLiteral("-i"), concatenated, QStringLiteral("-o"),
                          workDir + QStringLiteral("/all.t2s.txt")});
            QFile::remove(workDir + QStringLiteral("/all.t2s.txt"));
            openccRate = t2s.exitCode == 0 ? rawMb / t2s.seconds : 0;
            json[QStringLiteral("openccT2sMBps")] = openccRate;
            json[QStringLiteral("openccT2sSeconds")] = t2s.seconds;
        }
        QFile::remove(concatenated);

        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        import = runChild({cli, QStringLiteral("--db"), db, QStringLiteral("import"), corpus});
        const double importRate = rawMb / import.seconds;
        json[QStringLiteral("cliImport")] =
            QJsonObject{{QStringLiteral("seconds"), import.seconds},
                        {QStringLiteral("MBps"), importRate},
                        {QStringLiteral("essaysPerSecond"), essays / import.seconds},
                        {QStringLiteral("maxRssMB"), import.maxRssMb},
                        {QStringLiteral("exitCode"), import.exitCode}};
        printRow(QStringLiteral("import, duizhao-cli (MB/s)"), QString::number(importRate, 'f', 1),
                 opencc ? QStringLiteral("opencc t2s %1").arg(openccRate, 0, 'f', 1)
                        : QStringLiteral("-"),
                 opencc ? QStringLiteral("%1x").arg(importRate / openccRate, 0, 'f', 2)
                        : QStringLiteral("-"));
        printRow(QStringLiteral("import, duizhao-cli (essays/s)"),
                 QString::number(essays / import.seconds, 'f', 0),
                 QStringLiteral("cat %1 MB/s").arg(catRate, 0, 'f', 0),
                 QStringLiteral("%1x").arg(importRate / catRate, 0, 'f', 3));
        printRow(QStringLiteral("import, peak memory (MB, child maxrss)"),
                 QString::number(import.maxRssMb, 'f', 0),
                 QStringLiteral("raw text %1 MB").arg(rawMb, 0, 'f', 1), QStringLiteral("-"));
        if (import.exitCode != 0)
            std::printf("  (duizhao-cli import exited with %d)\n", import.exitCode);

        if (inProcess) {
            const QString inProcessDb = workDir + QStringLiteral("/inprocess.sqlite");
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(inProcessDb + suffix);
            Library library(inProcessDb);
            Importer importer(library);
            const double ms = timeMs([&] { importer.run({corpus}); });
            const double rate = rawMb / (ms / 1000.0);
            json[QStringLiteral("inProcessImport")] =
                QJsonObject{{QStringLiteral("seconds"), ms / 1000.0},
                            {QStringLiteral("MBps"), rate},
                            {QStringLiteral("essaysPerSecond"), essays / (ms / 1000.0)}};
            printRow(QStringLiteral("import, in process (MB/s)"), QString::number(rate, 'f', 1),
                     opencc ? QStringLiteral("opencc t2s %1").arg(openccRate, 0, 'f', 1)
                            : QStringLiteral("-"),
                     opencc ? QStringLiteral("%1x").arg(rate / openccRate, 0, 'f', 2)
                            : QStringLiteral("-"));
        }

        // FTS5 alone, on the library just imported: what no import built on it can beat.
        const double ftsSeconds =
            ftsAloneSeconds(db, workDir + QStringLiteral("/fts-alone.sqlite"));
        json[QStringLiteral("ftsAloneSeconds")] = ftsSeconds;
        printRow(QStringLiteral("index alone: FTS5 on one thread (MB/s)"),
                 QString::number(rawMb / ftsSeconds, 'f', 1),
                 opencc ? QStringLiteral("opencc t2s %1").arg(openccRate, 0, 'f', 1)
                        : QStringLiteral("-"),
                 opencc ? QStringLiteral("%1x").arg(rawMb / ftsSeconds / openccRate, 0, 'f', 2)
                        : QStringLiteral("-"));
    }
    QFile::remove(concatenated);

    // --- Size on disk ----------------------------------------------------------------
    const qint64 dbBytes = QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size();
    json[QStringLiteral("libraryBytes")] = dbBytes;
    json[QStringLiteral("libraryToRaw")] = double(dbBytes) / double(rawBytes);
    json[QStringLiteral("storage")] = storageBreakdown(db, rawBytes);
    printRow(QStringLiteral("library on disk (MB)"),
             QString::number(double(dbBytes) / (1024.0 * 1024.0), 'f', 1),
             QStringLiteral("raw text %1 MB").arg(rawMb, 0, 'f', 1),
             QStringLiteral("%1x").arg(double(dbBytes) / double(rawBytes), 0, 'f', 2));

    // --- Search in process -------------------------------------------------------------
    // Each query on every core (the default) and, as its baseline, on one thread: a
    // search reads the library in ranges, one per core (SearchShards).
    Library library(db);
    QJsonArray searchRows;
    double worstP95 = 0;
    for (const Query &query : querySet()) {
        QString error;
        const auto parsed = SearchQuery::parse(query.text, &error);
        if (!parsed)
            continue;
        int total = 0;
        const auto latencies = [&](const SearchOptions &options) {
            total = library.search().run(*parsed, options).total; // warm-up, not counted
            QList<double> times;
            for (int r = 0; r < rounds; ++r)
                times << timeMs([&] { total = library.search().run(*parsed, options).total; });
            return times;
        };
        SearchOptions oneThread;
        oneThread.threads = 1;
        const QList<double> times = latencies(SearchOptions{});
        const double oneThreadP95 = percentile(latencies(oneThread), 95);
        const double p50 = percentile(times, 50);
        const double p95 = percentile(times, 95);
        const double p99 = percentile(times, 99);
        worstP95 = std::max(worstP95, p95);
        searchRows.append(QJsonObject{{QStringLiteral("label"), query.label},
                                      {QStringLiteral("query"), query.text},
                                      {QStringLiteral("essays"), total},
                                      {QStringLiteral("p50ms"), p50},
                                      {QStringLiteral("p95ms"), p95},
                                      {QStringLiteral("p99ms"), p99},
                                      {QStringLiteral("oneThreadP95ms"), oneThreadP95}});
        printRow(
            QStringLiteral("search %1 (%2)").arg(query.text, query.label),
            QStringLiteral("%1/%2/%3 ms")
                .arg(p50, 0, 'f', 1)
                .arg(p95, 0, 'f', 1)
                .arg(p99, 0, 'f', 1),
            QStringLiteral("%1 essays, 1 thread p95 %2").arg(total).arg(oneThreadP95, 0, 'f', 1),
            QStringLiteral("%1x").arg(oneThreadP95 / std::max(0.001, p95), 0, 'f', 2));
    }
    json[QStringLiteral("search")] = searchRows;
    json[QStringLiteral("searchWorstP95ms")] = worstP95;
    printRow(QStringLiteral("search, worst p95 over the set (ms)"),
             QString::number(worstP95, 'f', 1), QStringLiteral("target 20 (10k) / 100 (100k)"),
             QStringLiteral("-"));

    // --- A whole CLI search against rg -l ---------------------------------------------
    QJsonArray cliSearchRows;
    for (const QString &term : {QStringLiteral("芯片"), QStringLiteral("technology")}) {
        QList<double> ours;
        QList<double> rg;
        for (int r = 0; r < std::max(3, rounds / 4); ++r) {
            ours << runChild({cli, QStringLiteral("--db"), db, QStringLiteral("search"), term})
                            .seconds *
                        1000.0;
            rg << runChild({QStringLiteral("rg"), QStringLiteral("-l"), term, corpus}).seconds *
                      1000.0;
        }
        const double oursMs = median(ours);
        const double rgMs = median(rg);
        cliSearchRows.append(QJsonObject{{QStringLiteral("query"), term},
                                         {QStringLiteral("cliMs"), oursMs},
                                         {QStringLiteral("rgMs"), rgMs},
                                         {QStringLiteral("speedup"), rgMs / oursMs}});
        printRow(QStringLiteral("duizhao-cli search %1 (ms, median)").arg(term),
                 QString::number(oursMs, 'f', 1),
                 QStringLiteral("rg -l %1 ms").arg(rgMs, 0, 'f', 1),
                 QStringLiteral("%1x").arg(rgMs / oursMs, 0, 'f', 2));
    }
    json[QStringLiteral("cliSearch")] = cliSearchRows;

    // --- The largest essay: read it and convert its script (the core of "open") --------
    const auto known = library.essays().knownFiles();
    const auto largest = known.constFind(QFileInfo(largestFile).canonicalFilePath());
    if (largest != known.cend()) {
        const qint64 id = largest->id;
        QList<double> openMs;
        QList<double> switchMs;
        for (int r = 0; r < std::max(3, rounds / 4); ++r) {
            std::optional<Essay> record;
            openMs << timeMs([&] {
                record = library.essays().find(id);
                for (const Block &block : record->blocks)
                    ScriptConverter::instance().toView(block.text, block.language,
                                                       ScriptView::Simplified);
            });
            switchMs << timeMs([&] {
                for (const Block &block : record->blocks)
                    ScriptConverter::instance().toView(block.text, block.language,
                                                       ScriptView::Traditional);
            });
        }
        json[QStringLiteral("largestEssay")] =
            QJsonObject{{QStringLiteral("bytes"), largestSize},
                        {QStringLiteral("readAndConvertMs"), median(openMs)},
                        {QStringLiteral("switchScriptMs"), median(switchMs)}};
        printRow(
            QStringLiteral("largest essay (%1 kB): read + to hans (ms)").arg(largestSize / 1024),
            QString::number(median(openMs), 'f', 1), QStringLiteral("target 50 (GUI open)"),
            QStringLiteral("-"));
        printRow(QStringLiteral("largest essay: switch to hant (ms)"),
                 QString::number(median(switchMs), 'f', 1),
                 QStringLiteral("target 30 (GUI switch)"), QStringLiteral("-"));
    }

    if (!jsonPath.isEmpty()) {
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "bench_library: cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
    }
    return import.exitCode == 0 ? 0 : 1;
}
