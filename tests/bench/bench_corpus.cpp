// Generates a benchmark corpus of N essays from the sample corpus, read in place at run
// time (no corpus text is ever stored in the repository).
//
//   bench_corpus [--seed S] [--source DIR] COUNT OUT_DIR
//
// Deterministic: the same seed, count and source give byte-identical files. Each essay
// takes one source file as its template and keeps its shape (title, byline, residue,
// the English/Chinese interleaving of a bilingual file), so the parser sees what it sees
// in real inputs; the body is varied so that no two essays are the same:
//
//  - about 10% of the paragraphs are dropped;
//  - about 25% are replaced by a paragraph of the same language from any source file;
//  - the sentences of a Chinese paragraph are rotated now and then;
//  - about 1% of the Han characters of a paragraph are swapped for other Han characters
//    of the corpus, so the index meets new bigrams as the corpus grows, as a real one
//    does.
//
// Files go to OUT_DIR/NNN/essay-NNNNNN.txt, a thousand to a folder. An average essay is
// about 17 kB, so 1,000 essays make about 17 MB (the size the targets of issue 8 use).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <random>

namespace {

struct SourceLine {
    QString text;
    bool english = false;
    bool paragraph = false; // long enough to vary; shorter lines are structure
};

bool isHan(char16_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}

SourceLine classify(const QString &line)
{
    int latin = 0;
    int han = 0;
    for (QChar c : line) {
        if (c.unicode() < 0x80 && c.isLetter())
            ++latin;
        else if (isHan(c.unicode()))
            ++han;
    }
    SourceLine source{line, latin > han, false};
    source.paragraph = source.english ? line.size() >= 80 : han >= 40;
    return source;
}

class Generator
{
public:
    Generator(QList<QList<SourceLine>> files, quint64 seed)
        : m_files(std::move(files))
        , m_random(seed)
    {
        for (const QList<SourceLine> &file : m_files) {
            for (const SourceLine &line : file) {
                if (!line.paragraph)
                    continue;
                (line.english ? m_englishParagraphs : m_chineseParagraphs) << line.text;
                for (QChar c : line.text) {
                    if (isHan(c.unicode()))
                        m_hanCharacters << c;
                }
            }
        }
    }

    QString essay()
    {
        const QList<SourceLine> &source = m_files[pick(m_files.size())];
        QString out;
        for (const SourceLine &line : source) {
            if (!line.paragraph) {
                out += line.text + u'\n';
                continue;
            }
            const int roll = int(pick(100));
            if (roll < 10)
                continue;
            QString text = line.text;
            if (roll < 35) {
                const QStringList &pool = line.english ? m_englishParagraphs : m_chineseParagraphs;
                if (!pool.isEmpty())
                    text = pool[pick(pool.size())];
            }
            if (!line.english)
                text = mutateChinese(text);
            out += text + u'\n';
        }
        return out;
    }

private:
    qsizetype pick(qsizetype bound) { return qsizetype(m_random() % quint64(bound)); }

    QString mutateChinese(QString text)
    {
        if (pick(3) == 0) {
            // Rotate the sentences: the same words, new neighbours at the seams.
            const qsizetype split = text.indexOf(u'\u3002', text.size() / 3);
            if (split > 0 && split + 1 < text.size())
                text = text.mid(split + 1) + text.left(split + 1);
        }
        for (QChar &c : text) {
            if (isHan(c.unicode()) && pick(100) == 0 && !m_hanCharacters.isEmpty())
                c = m_hanCharacters[pick(m_hanCharacters.size())];
        }
        return text;
    }

    QList<QList<SourceLine>> m_files;
    QStringList m_englishParagraphs;
    QStringList m_chineseParagraphs;
    QList<QChar> m_hanCharacters;
    std::mt19937_64 m_random; // its sequence is fixed by the standard: same seed, same files
};

int usage()
{
    std::fprintf(stderr, "usage: bench_corpus [--seed S] [--source DIR] COUNT OUT_DIR\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    quint64 seed = 20261122;
    QString sourceDir = QStringLiteral(DUIZHAO_CORPUS_DIR);
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--seed" && i + 1 < arguments.size())
            seed = arguments[++i].toULongLong();
        else if (arguments[i] == u"--source" && i + 1 < arguments.size())
            sourceDir = arguments[++i];
        else
            positional << arguments[i];
    }
    bool countOk = false;
    const int count = positional.size() == 2 ? positional[0].toInt(&countOk) : 0;
    if (!countOk || count <= 0)
        return usage();
    const QString outDir = positional[1];

    QList<QList<SourceLine>> files;
    for (const QFileInfo &info :
         QDir(sourceDir).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QList<SourceLine> lines;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
            lines << classify(line.endsWith(u'\r') ? line.chopped(1) : line);
        while (!lines.isEmpty() && lines.back().text.isEmpty())
            lines.removeLast();
        files << lines;
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_corpus: no .txt files in %s\n", qPrintable(sourceDir));
        return 1;
    }

    Generator generator(std::move(files), seed);
    qint64 bytes = 0;
    for (int n = 0; n < count; ++n) {
        const QString folder =
            QStringLiteral("%1/%2").arg(outDir).arg(n / 1000, 3, 10, QLatin1Char('0'));
        if (n % 1000 == 0 && !QDir().mkpath(folder)) {
            std::fprintf(stderr, "bench_corpus: cannot create %s\n", qPrintable(folder));
            return 1;
        }
        QSaveFile file(
            QStringLiteral("%1/essay-%2.txt").arg(folder).arg(n, 6, 10, QLatin1Char('0')));
        const QByteArray text = generator.essay().toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            std::fprintf(stderr, "bench_corpus: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        bytes += text.size();
    }
    std::printf("%d essays, %.1f MB in %s\n", count, double(bytes) / (1024.0 * 1024.0),
                qPrintable(outDir));
    return 0;
}
