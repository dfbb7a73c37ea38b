// Micro-benchmark of the text pipeline: what decoding, parsing, script folding,
// search folding and indexing cost per megabyte, next to OpenCC's own converter on
// the same bytes (the baseline, measured in the same run).
//
//   bench_text [--repeat N] [--json FILE] [CORPUS_DIR]
//
// Prints a table; with --json also writes the figures as JSON. Not a test: numbers are
// reported, never asserted.
#include "Decoder.h"
#include "EssayParser.h"
#include "Library.h"
#include "ScriptConverter.h"
#include "ScriptTables.h"
#include "SearchFolder.h"
#include "SearchQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace duizhao;

namespace {

struct Measure {
    QString name;
    double seconds;
    double megabytes;
};

double timeIt(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int repeat = 20;
    QString jsonPath;
    QString corpus = QStringLiteral(DUIZHAO_CORPUS_DIR);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--repeat" && i + 1 < arguments.size())
            repeat = std::max(1, arguments[++i].toInt());
        else if (arguments[i] == u"--json" && i + 1 < arguments.size())
            jsonPath = arguments[++i];
        else
            corpus = arguments[i];
    }

    QList<QByteArray> files;
    for (const QFileInfo &info :
         QDir(corpus).entryInfoList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            files << file.readAll();
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no .txt files in %s\n", qPrintable(corpus));
        return 2;
    }
    QList<QString> texts;
    qint64 bytesPerRound = 0;
    for (const QByteArray &bytes : files) {
        texts << QString::fromUtf8(bytes);
        bytesPerRound += bytes.size();
    }
    const double megabytes = double(bytesPerRound) * repeat / (1024.0 * 1024.0);

    // Warm the shared tables so their one-off load is not billed to the first row.
    ScriptTables::instance();
    SearchFolder::instance();
    ScriptConverter::instance().convert(u"國", ScriptConverter::Config::T2S);

    QList<Measure> rows;
    qsizetype sink = 0; // printed at the end so the work cannot be optimised away
    rows << Measure{QStringLiteral("baseline: OpenCC t2s (ScriptConverter)"), timeIt([&] {
                        for (int r = 0; r < repeat; ++r)
                            for (const QString &text : texts)
                                sink += ScriptConverter::instance()
                                            .convert(text, ScriptConverter::Config::T2S)
                                            .size();
                    }),
                    megabytes};
    rows << Measure{QStringLiteral("decode (ICU strict UTF-8)"), timeIt([&] {
                        for (int r = 0; r < repeat; ++r)
                            for (const QByteArray &bytes : files)
                                sink += Decoder::decode(bytes).text.size();
                    }),
                    megabytes};
    rows << Measure{QStringLiteral("script fold (OpenCC character table)"), timeIt([&] {
                        const ScriptTables &tables = ScriptTables::instance();
                        for (int r = 0; r < repeat; ++r)
                            for (const QString &text : texts)
                                for (QChar c : text)
                                    sink += tables.foldToSimplified(c.unicode());
                    }),
                    megabytes};
    rows << Measure{QStringLiteral("search fold (width, case, script, vocabulary)"), timeIt([&] {
                        std::vector<FoldedChar> chars;
                        for (int r = 0; r < repeat; ++r)
                            for (const QByteArray &bytes : files) {
                                chars.clear();
                                SearchFolder::instance().fold(
                                    std::string_view(bytes.constData(), size_t(bytes.size())), {},
                                    chars);
                                sink += qsizetype(chars.size());
                            }
                    }),
                    megabytes};
    rows << Measure{QStringLiteral("parse (decode, blocks, language, pairs, metadata)"),
                    timeIt([&] {
                        const EssayParser parser;
                        QString error;
                        for (int r = 0; r < repeat; ++r)
                            for (const QByteArray &bytes : files)
                                sink += parser.parse(bytes, &error)->blocks.size();
                    }),
                    megabytes};

    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("bench.sqlite")));
    const EssayParser parser;
    rows << Measure{QStringLiteral("parse + store + index (one transaction per file)"), timeIt([&] {
                        QString error;
                        int n = 0;
                        for (int r = 0; r < repeat; ++r)
                            for (const QByteArray &bytes : files) {
                                const auto parsed = parser.parse(bytes, &error);
                                library.writer().store(QStringLiteral("/bench/%1.txt").arg(n),
                                                       QString::number(n), bytes.size(), *parsed);
                                ++n;
                            }
                    }),
                    megabytes};

    QTemporaryDir batchDir;
    Library batchLibrary(batchDir.filePath(QStringLiteral("bench.sqlite")));
    rows << Measure{
        QStringLiteral("parse + store + index (8 MB batches, as an import)"), timeIt([&] {
            QString error;
            int n = 0;
            qint64 pending = 0;
            batchLibrary.writer().beginBatch();
            for (int r = 0; r < repeat; ++r)
                for (const QByteArray &bytes : files) {
                    const auto parsed = parser.parse(bytes, &error);
                    batchLibrary.writer().store(QStringLiteral("/bench/%1.txt").arg(n),
                                                QString::number(n), bytes.size(), *parsed);
                    ++n;
                    pending += bytes.size();
                    if (pending >= 8 * 1024 * 1024) {
                        batchLibrary.writer().commitBatch();
                        batchLibrary.writer().beginBatch();
                        pending = 0;
                    }
                }
            batchLibrary.writer().commitBatch();
        }),
        megabytes};

    QString error;
    const auto query = SearchQuery::parse(QString::fromUtf16(u"人工智慧 OR 芯片"), &error);
    const int searches = 200;
    const double searchSeconds = timeIt([&] {
        for (int i = 0; i < searches; ++i)
            sink += library.search().run(*query).total;
    });

    const double baseline = rows.front().megabytes / rows.front().seconds;
    std::printf("%-52s %10s %12s %10s\n", "step", "MB", "MB/s", "× t2s");
    QJsonArray json;
    for (const Measure &row : rows) {
        const double rate = row.megabytes / row.seconds;
        std::printf("%-52s %10.1f %12.1f %10.2f\n", qPrintable(row.name), row.megabytes, rate,
                    rate / baseline);
        json.append(QJsonObject{{QStringLiteral("step"), row.name},
                                {QStringLiteral("megabytes"), row.megabytes},
                                {QStringLiteral("seconds"), row.seconds},
                                {QStringLiteral("megabytesPerSecond"), rate},
                                {QStringLiteral("ratioToOpenccT2s"), rate / baseline}});
    }
    const double perSearchMs = searchSeconds * 1000.0 / searches;
    std::printf("search '人工智慧 OR 芯片' over %d essays: %.2f ms per query (top 20, snippets)\n",
                int(files.size()) * repeat, perSearchMs);
    if (!jsonPath.isEmpty()) {
        QFile out(jsonPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(
                QJsonDocument(QJsonObject{{QStringLiteral("rows"), json},
                                          {QStringLiteral("searchMs"), perSearchMs},
                                          {QStringLiteral("essays"), int(files.size()) * repeat}})
                    .toJson());
    }
    std::fprintf(stderr, "(checksum %lld)\n", static_cast<long long>(sink));
    return 0;
}
