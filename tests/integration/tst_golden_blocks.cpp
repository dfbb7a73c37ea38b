#include "CodePoints.h"
#include "EssayParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace duizhao;

// Golden files: for every essay of the shared corpus and of the app's own samples, the
// expected blocks (kind, language, source line, length, hash of the exact text), pairs
// and metadata live in tests/data/golden/<file>.tsv. Hashes, not text: the corpus is
// other people's writing and is never copied into the repository.
//
// After a deliberate change to parsing, regenerate with
//   DUIZHAO_UPDATE_GOLDEN=1 ./tst_golden_blocks
// and review the diff of tests/data/golden like any other change.
class TestGoldenBlocks : public QObject
{
    Q_OBJECT

    static QString digest(const QString &text)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    }

    static QString indexes(const QList<int> &list)
    {
        QStringList parts;
        for (int index : list)
            parts << QString::number(index);
        return parts.join(u',');
    }

    static QString describe(const ParsedEssay &essay)
    {
        QStringList lines;
        lines << QStringLiteral("# index\tline\tkind\tlang\tcode points\tsha256 of text (12)");
        QStringList languages;
        for (Language language : essay.languages)
            languages << languageTag(language);
        lines << QStringLiteral("languages\t%1").arg(languages.join(u','));
        lines << QStringLiteral("script\t%1").arg(languageTag(essay.script));
        lines << QStringLiteral("title\t%1\t%2\t%3")
                     .arg(essay.titleDerived ? QStringLiteral("derived") : QStringLiteral("line"))
                     .arg(codePointCount(essay.title))
                     .arg(digest(essay.title));
        lines << QStringLiteral("author\t%1").arg(digest(essay.author));
        lines << QStringLiteral("outlet\t%1").arg(digest(essay.outlet));
        lines << QStringLiteral("date\t%1").arg(essay.date);
        for (const Block &block : essay.blocks) {
            lines << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                         .arg(block.index)
                         .arg(block.line)
                         .arg(blockKindName(block.kind), languageTag(block.language))
                         .arg(codePointCount(block.text))
                         .arg(digest(block.text));
        }
        for (const Pair &pair : essay.pairs)
            lines
                << QStringLiteral("pair\t%1\t%2").arg(indexes(pair.english), indexes(pair.chinese));
        return lines.join(u'\n') + u'\n';
    }

private slots:
    void matchesGolden_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("golden");
        for (const char *folder : {DUIZHAO_CORPUS_DIR, DUIZHAO_SAMPLES_DIR}) {
            const QDir dir(QString::fromUtf8(folder));
            const QStringList files =
                dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
            QVERIFY2(!files.isEmpty(), folder);
            for (const QString &file : files) {
                QTest::newRow(qPrintable(file))
                    << dir.filePath(file)
                    << QStringLiteral(DUIZHAO_TEST_DATA_DIR "/golden/") + file +
                           QStringLiteral(".tsv");
            }
        }
    }

    void matchesGolden()
    {
        QFETCH(QString, input);
        QFETCH(QString, golden);
        QFile source(input);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<ParsedEssay> essay = EssayParser().parse(source.readAll(), &error);
        QVERIFY2(essay, qPrintable(error));
        const QString actual = describe(*essay);

        if (qEnvironmentVariableIsSet("DUIZHAO_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(golden).path());
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            return;
        }
        QFile expectedFile(golden);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("missing golden file %1").arg(golden)));
        const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n');
        const QStringList got = actual.split(u'\n');
        for (qsizetype i = 0; i < std::min(expected.size(), got.size()); ++i)
            QCOMPARE(got[i], expected[i]);
        QCOMPARE(got.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestGoldenBlocks)
#include "tst_golden_blocks.moc"
