// The dictionary's costs, each next to a baseline measured in the same run:
//   open       Dictionary(path) (map + bounds check)   vs  reading the index file whole
//   memory     resident set after opening and after a lookup on every word of the essays,
//              next to the index's size on disk
//   lookup     a popup's lookup (matchAt: longest, shorter, counterparts) per Chinese
//              word position of the corpus, p50 / p95   vs  a QHash<QString,int> lookup of
//              the same words
//   pinyin     WordSegmenter::segment over every Chinese line of the largest essay
//              (what pinyin mode computes for a page)  vs  ICU word breaks of the same
//              lines (Segmenter::words)
//
//   bench_dictionary [--repeat N] [CORPUS_DIR]
//
// Not a test: numbers are reported, never asserted (see docs/performance.md).
#include "Dictionary.h"
#include "Segmenter.h"
#include "WordSegmenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstdio>

using namespace duizhao;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[qsizetype(p * double(values.size() - 1))];
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int repeat = 5;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--repeat")); at >= 0) {
        repeat = std::max(1, arguments.value(at + 1).toInt());
        arguments.remove(at, 2);
    }
    const QString corpus = arguments.value(0, QStringLiteral(DUIZHAO_CORPUS_DIR));
    const QString path = Dictionary::defaultPath();
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "bench_dictionary: no dictionary at %s\n", qPrintable(path));
        return 1;
    }

    // open, against reading the file
    const long rssBefore = residentKb();
    QList<double> openMs;
    QList<double> readMs;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Dictionary dictionary(path);
        openMs << double(timer.nsecsElapsed()) / 1e6;
        if (!dictionary.isLoaded()) {
            std::fprintf(stderr, "bench_dictionary: %s\n", qPrintable(dictionary.error()));
            return 1;
        }
        timer.restart();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        readMs << double(timer.nsecsElapsed()) / 1e6;
    }
    const Dictionary dictionary(path);
    const long rssOpen = residentKb();

    // the corpus's Chinese lines, the largest essay's apart
    QStringList lines;
    QStringList largest;
    qint64 largestSize = 0;
    for (const QFileInfo &info :
         QDir(corpus).entryInfoList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList essayLines = QString::fromUtf8(file.readAll()).split(u'\n');
        lines << essayLines;
        if (info.size() > largestSize) {
            largestSize = info.size();
            largest = essayLines;
        }
    }
    if (lines.isEmpty()) {
        std::fprintf(stderr, "bench_dictionary: no essays in %s\n", qPrintable(corpus));
        return 1;
    }

    // lookup per word position, against a QHash of the same words
    struct Position {
        qsizetype line;
        qsizetype at;
    };
    QList<Position> positions;
    QHash<QString, int> hash;
    QStringList words;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        for (const WordSegmenter::Word &word : WordSegmenter::boundaries(lines[l], dictionary)) {
            if (!word.chinese)
                continue;
            positions << Position{l, word.start};
            words << lines[l].mid(word.start, word.end - word.start);
            hash.insert(words.back(), int(hash.size()));
        }
    }
    QList<double> lookupUs;
    QList<double> hashUs;
    qsizetype found = 0;
    for (int r = 0; r < std::max(1, repeat / 2); ++r) {
        for (qsizetype i = 0; i < positions.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            const DictionaryMatch match =
                dictionary.matchAt(lines[positions[i].line], positions[i].at);
            lookupUs << double(timer.nsecsElapsed()) / 1e3;
            found += match.entries.size();
            timer.restart();
            found += hash.value(words[i]);
            hashUs << double(timer.nsecsElapsed()) / 1e3;
        }
    }
    const long rssLookups = residentKb();

    // pinyin over the largest essay, against ICU word breaks
    QList<double> pinyinMs;
    QList<double> icuMs;
    qsizetype readings = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &line : std::as_const(largest))
            readings += WordSegmenter::segment(line, dictionary).size();
        pinyinMs << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        for (const QString &line : std::as_const(largest))
            readings += Segmenter::words(line).size();
        icuMs << double(timer.nsecsElapsed()) / 1e6;
    }

    std::printf("bench_dictionary: %lld entries, index %.1f MB, %d rounds (checksum %lld)\n",
                static_cast<long long>(dictionary.entryCount()),
                double(QFileInfo(path).size()) / 1048576.0, repeat,
                static_cast<long long>(found + readings));
    std::printf("%-34s %10s %12s\n", "", "measured", "baseline");
    std::printf("%-34s %8.2f ms %9.2f ms   (read the file whole)\n", "open (median)",
                median(openMs), median(readMs));
    std::printf("%-34s %8ld KB %9ld KB   (index on disk: %lld KB)\n",
                "resident: after open / lookups", rssOpen - rssBefore, rssLookups - rssBefore,
                static_cast<long long>(QFileInfo(path).size() / 1024));
    std::printf("%-34s %8.1f us %9.2f us   (QHash lookup; %lld positions)\n", "popup lookup p50",
                percentile(lookupUs, 0.5), percentile(hashUs, 0.5),
                static_cast<long long>(positions.size()));
    std::printf("%-34s %8.1f us %9.2f us\n", "popup lookup p95", percentile(lookupUs, 0.95),
                percentile(hashUs, 0.95));
    std::printf("%-34s %8.2f ms %9.2f ms   (ICU word breaks; %lld lines)\n",
                "pinyin, largest essay (median)", median(pinyinMs), median(icuMs),
                static_cast<long long>(largest.size()));
    return 0;
}
