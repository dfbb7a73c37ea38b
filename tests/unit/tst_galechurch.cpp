#include "CodePoints.h"
#include "EssayParser.h"
#include "GaleChurchAligner.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace duizhao;

// Length-based paragraph alignment of a text and its translation.
class TestGaleChurch : public QObject
{
    Q_OBJECT

private slots:
    void alignsOneToOne()
    {
        const QList<Pair> pairs = GaleChurchAligner::align({40, 433, 204, 90}, {12, 140, 70, 30});
        QCOMPARE(pairs.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pairs[i], (Pair{{i}, {i}}));
    }

    void mergesWhenOneSideSplitAParagraph()
    {
        // The English second paragraph was translated as two Chinese paragraphs.
        const QList<Pair> pairs = GaleChurchAligner::align({300, 600, 300}, {100, 100, 100, 100});
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs[1], (Pair{{1}, {1, 2}}));
        QCOMPARE(pairs[2], (Pair{{2}, {3}}));
    }

    void emptySides()
    {
        QVERIFY(GaleChurchAligner::align({}, {10}).isEmpty());
        QVERIFY(GaleChurchAligner::align({10}, {}).isEmpty());
    }

    // On the corpus's interleaved essay, the English lines and the Chinese lines aligned
    // by length alone agree with the pairs the file's interleaving gives.
    void agreesWithInterleavedCorpusEssay()
    {
        QFile file(QStringLiteral(DUIZHAO_CORPUS_DIR "/004_adb9185c34c19f90.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto essay = EssayParser().parse(file.readAll(), &error);
        QVERIFY(essay);
        QList<int> englishIndexes, chineseIndexes, englishLengths, chineseLengths;
        QSet<int> paired;
        for (const Pair &pair : essay->pairs)
            for (int index : pair.english + pair.chinese)
                paired.insert(index);
        for (const Block &block : essay->blocks) {
            if (!paired.contains(block.index))
                continue; // only the translated text: captions and ads have no counterpart
            const int length = int(codePointCount(block.text));
            if (block.language == Language::English) {
                englishIndexes << block.index;
                englishLengths << length;
            } else {
                chineseIndexes << block.index;
                chineseLengths << length;
            }
        }
        const QList<Pair> aligned = GaleChurchAligner::align(englishLengths, chineseLengths);
        int agreeing = 0;
        for (const Pair &pair : aligned) {
            if (pair.english.size() != 1 || pair.chinese.size() != 1)
                continue;
            const Pair mapped{{englishIndexes[pair.english[0]]}, {chineseIndexes[pair.chinese[0]]}};
            agreeing += essay->pairs.contains(mapped);
        }
        QVERIFY2(agreeing * 10 >= essay->pairs.size() * 9,
                 qPrintable(QStringLiteral("%1 of %2").arg(agreeing).arg(essay->pairs.size())));
    }
};

QTEST_GUILESS_MAIN(TestGaleChurch)
#include "tst_galechurch.moc"
