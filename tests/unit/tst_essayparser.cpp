#include "EssayParser.h"

#include <QTest>

using namespace duizhao;

// The whole pipeline for one file: which languages an essay is listed under, and the
// reason it gives when the bytes are not an essay.
class TestEssayParser : public QObject
{
    Q_OBJECT

    static QStringList languages(const char16_t *text)
    {
        QStringList tags;
        for (Language language : EssayParser().parseText(QString::fromUtf16(text)).languages)
            tags << languageTag(language);
        return tags;
    }

private slots:
    void languagesOfTheEssaysOwnText()
    {
        // A stray English line (a URL) in a Chinese essay does not make it bilingual.
        QCOMPARE(languages(u"标题\n\n第一段讲芯片。\n第二段讲出口管制。\n第三段讲人才。\n"
                           u"第四段讲市场。\n第五段讲政策。\n第六段讲未来。\n第七段讲历史。\n"
                           u"第八段讲教育。\n第九段讲资本。\n第十段讲结论。\n"
                           u"Read more at https://example.com/article\n"),
                 QStringList{QStringLiteral("zh-Hans")});
        // An English platform notice is residue, not text.
        QCOMPARE(languages(u"標題\n\n第一段講晶片。\n第二段講人才。\n"
                           u"Notice: The content above is uploaded by a user.\n"),
                 QStringList{QStringLiteral("zh-Hant")});
        // Interleaved English and Chinese: both.
        QCOMPARE(languages(u"Chips matter.\n晶片很重要。\nTalent matters more.\n人才更重要。\n"),
                 (QStringList{QStringLiteral("en"), QStringLiteral("zh-Hant")}));
        QCOMPARE(languages(u"Only English here.\nAnd a second paragraph.\n"),
                 QStringList{QStringLiteral("en")});
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("blank") << QByteArray(" \r\n\t \n")
                               << QStringLiteral("file holds only whitespace");
        QTest::newRow("zero width only") << QByteArray("\xE2\x80\x8B\n\xEF\xBB\xBF")
                                         << QStringLiteral("file holds only whitespace");
    }
    void refusesWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!EssayParser().parse(bytes, &error));
        QCOMPARE(error, reason);
    }

    void recordsTheEncoding()
    {
        QString error;
        const auto essay = EssayParser().parse(QByteArray("\xEF\xBB\xBF"
                                                          "Title\n\nBody text.\n"),
                                               &error);
        QVERIFY(essay);
        QCOMPARE(essay->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(essay->encodingConfidence, 100);
        QVERIFY(essay->blocks.front().text == QStringLiteral("Title")); // BOM removed
    }
};

QTEST_GUILESS_MAIN(TestEssayParser)
#include "tst_essayparser.moc"
