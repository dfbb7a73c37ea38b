#include "CodePoints.h"

#include <QTest>

using namespace duizhao;

// Positions leave the program as code points; Qt counts UTF-16 units. A character
// outside the BMP (𠀋, U+2000B) is where the two disagree.
class TestCodePoints : public QObject
{
    Q_OBJECT

private slots:
    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("codePoints");
        QTest::newRow("empty") << QString() << qsizetype(0);
        QTest::newRow("ascii") << QStringLiteral("abc") << qsizetype(3);
        QTest::newRow("bmp han") << QStringLiteral("美國") << qsizetype(2);
        QTest::newRow("astral") << QString::fromUtf16(u"a\U0002000Bb") << qsizetype(3);
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << qsizetype(1);
    }
    void counts()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, codePoints);
        QCOMPARE(codePointCount(text), codePoints);
    }

    void convertsOffsetsBothWays()
    {
        const QString text = QString::fromUtf16(u"a\U0002000Bb");
        QCOMPARE(utf16OffsetToCodePoint(text, 3), qsizetype(2));
        QCOMPARE(codePointToUtf16Offset(text, 2), qsizetype(3));
        QCOMPARE(codePointToUtf16Offset(text, 1), qsizetype(1));
        for (qsizetype cp = 0; cp <= codePointCount(text); ++cp)
            QCOMPARE(utf16OffsetToCodePoint(text, codePointToUtf16Offset(text, cp)), cp);
        QCOMPARE(codePointToUtf16Offset(text, 99), text.size()); // clamps at the end
    }

    void trimsScrapedWhitespace()
    {
        const QString text = QString::fromUtf16(u"\u00A0\u3000\u200B /// END /// \uFEFF");
        QCOMPARE(trimmedScraped(text).toString(), QStringLiteral("/// END ///"));
        QVERIFY(trimmedScraped(QString::fromUtf16(u"\u00A0\u200B")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCodePoints)
#include "tst_codepoints.moc"
