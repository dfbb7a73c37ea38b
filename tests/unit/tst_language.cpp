#include "LanguageDetector.h"
#include "ScriptTables.h"

#include <QTest>

using namespace duizhao;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(duizhao::Language)

// Full-width punctuation (U+FF00–U+FFEF) is written as escapes: \uFF0C is ",", \uFF1F "?".
class TestLanguage : public QObject
{
    Q_OBJECT

    LanguageDetector m_detector{ScriptTables::instance()};

    Language detect(const QString &text, Language dominant) const
    {
        return LanguageDetector::decide(m_detector.evidence(text), dominant);
    }

private slots:
    // English vs Chinese vs und, by Han characters against Latin letters (han * 3 >= latin).
    void chineseEnglishOrUndetermined_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("expected");
        QTest::newRow("english sentence")
            << u"Silicon Valley has a China envy problem."_s << Language::English;
        QTest::newRow("simplified sentence")
            << u"美国的芯片政策正在改变全球市场。"_s << Language::ChineseSimplified;
        QTest::newRow("chinese with an english name")
            << u"美國科技精英對DeepSeek著迷"_s << Language::ChineseTraditional;
        QTest::newRow("english with a chinese name")
            << u"the Chinese firm 華為"_s << Language::English;
        QTest::newRow("accented latin") << u"Café naïveté"_s << Language::English;
        QTest::newRow("digits and punctuation")
            << u"2025-01-13 !!! ---"_s << Language::Undetermined;
        QTest::newRow("image placeholder") << u"![]()"_s << Language::Undetermined;
        QTest::newRow("empty") << QString() << Language::Undetermined;
    }
    void chineseEnglishOrUndetermined()
    {
        QFETCH(QString, text);
        QFETCH(Language, expected);
        // Clear script evidence wins over either dominant script.
        QCOMPARE(detect(text, Language::ChineseSimplified), expected);
        QCOMPARE(detect(text, Language::ChineseTraditional), expected);
    }

    // Simplified vs traditional from characters only one script uses.
    void simplifiedOrTraditional_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("expected");
        QTest::newRow("simplified") << u"这个国家的经济发展很快。"_s << Language::ChineseSimplified;
        QTest::newRow("traditional")
            << u"這個國家的經濟發展很快。"_s << Language::ChineseTraditional;
        QTest::newRow("taiwan phrases")
            << u"積體電路與網際網路的資訊"_s << Language::ChineseTraditional;
        // Converted text keeps 并, 么 and 后; twice as many traditional-only characters
        // still make it traditional.
        QTest::newRow("traditional with simplified leftovers")
            << u"這個問題并不簡單\uFF0C為什么美國後來會這樣做\uFF1F后來的發展證明了這一點。"_s
            << Language::ChineseTraditional;
    }
    void simplifiedOrTraditional()
    {
        QFETCH(QString, text);
        QFETCH(Language, expected);
        QCOMPARE(detect(text, Language::ChineseSimplified), expected);
        QCOMPARE(detect(text, Language::ChineseTraditional), expected);
    }

    // The leftovers really are counted as simplified-only evidence (并, 么), 后 is not.
    void leftoversAreCounted()
    {
        const LanguageEvidence evidence = m_detector.evidence(
            u"這個問題并不簡單\uFF0C為什么美國後來會這樣做\uFF1F后來的發展證明了這一點。"_s);
        QCOMPARE(evidence.simplifiedOnly, 2);
        QVERIFY(evidence.traditionalOnly >= 2 * evidence.simplifiedOnly);
        QCOMPARE(evidence.latin, 0);
        QCOMPARE(evidence.han, 30);
    }

    // Weak or balanced evidence takes the essay's dominant script.
    void weakEvidenceFallsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("neutral characters only") << u"中文"_s;
        QTest::newRow("one traditional-only") << u"美國"_s;
        QTest::newRow("one simplified-only") << u"美国"_s;
        QTest::newRow("one of each") << u"怎么辦"_s;
        QTest::newRow("three against two") << u"這個國并么"_s; // neither side twice the other
    }
    void weakEvidenceFallsBack()
    {
        QFETCH(QString, text);
        const LanguageEvidence evidence = m_detector.evidence(text);
        QVERIFY(evidence.han > 0);
        QCOMPARE(LanguageDetector::decide(evidence, Language::ChineseSimplified),
                 Language::ChineseSimplified);
        QCOMPARE(LanguageDetector::decide(evidence, Language::ChineseTraditional),
                 Language::ChineseTraditional);
    }

    // An essay is traditional unless simplified-only characters outnumber traditional ones.
    void dominantChinese()
    {
        LanguageEvidence total = m_detector.evidence(u"这个国家"_s);
        QCOMPARE(LanguageDetector::dominantChinese(total), Language::ChineseSimplified);
        total += m_detector.evidence(u"這個國家"_s);
        QCOMPARE(LanguageDetector::dominantChinese(total), Language::ChineseTraditional); // a tie
        QCOMPARE(LanguageDetector::dominantChinese(LanguageEvidence{}),
                 Language::ChineseTraditional);
    }

    // OpenCC's character tables, per code point.
    void scriptTables()
    {
        const ScriptTables &tables = ScriptTables::instance();
        QVERIFY(tables.isTraditionalOnly(U'國'));
        QVERIFY(!tables.isSimplifiedOnly(U'國'));
        QVERIFY(tables.isSimplifiedOnly(U'国'));
        QVERIFY(!tables.isTraditionalOnly(U'国'));
        QVERIFY(!tables.isTraditionalOnly(U'后'));
        QVERIFY(!tables.isSimplifiedOnly(U'后'));
        QVERIFY(tables.isSimplifiedOnly(U'并'));
        QVERIFY(tables.isSimplifiedOnly(U'么'));
        QVERIFY(!tables.isTraditionalOnly(U'美'));
        QVERIFY(!tables.isSimplifiedOnly(U'美'));
        QCOMPARE(tables.foldToSimplified(U'國'), U'国');
        QCOMPARE(tables.foldToSimplified(U'體'), U'体');
        QCOMPARE(tables.foldToSimplified(U'国'), U'国');
        QCOMPARE(tables.foldToSimplified(U'美'), U'美');
        QCOMPARE(tables.foldToSimplified(U'a'), U'a');
        QCOMPARE(tables.foldToSimplified(char32_t(0x10FFFF)), char32_t(0x10FFFF)); // off the table
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
