#include "RegionalVocabulary.h"
#include "SearchFolder.h"

#include <QTest>

using namespace duizhao;

// Folding for search: width, case, zero-width characters, script and Taiwan vocabulary,
// with offsets that still point at the original text.
class TestSearchFolder : public QObject
{
    Q_OBJECT

private slots:
    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("script");
        QTest::addColumn<bool>("vocabulary");
        QTest::addColumn<QString>("folded");
        const auto s = [](const char16_t *text) {
            return QString::fromUtf16(text);
        };
        QTest::newRow("full width latin") << s(u"\uFF21\uFF29") << true << true << s(u"ai");
        QTest::newRow("full width comma") << s(u"\uFF0C") << true << true << s(u",");
        QTest::newRow("case") << s(u"DeepSeek") << true << true << s(u"deepseek");
        QTest::newRow("ligature") << s(u"\uFB01nance") << true << true << s(u"finance");
        QTest::newRow("zero width") << s(u"美\u200B国\uFEFF") << true << true << s(u"美国");
        QTest::newRow("script") << s(u"美國") << true << true << s(u"美国");
        QTest::newRow("no script") << s(u"美國") << false << false << s(u"美國");
        QTest::newRow("vocabulary 晶片") << s(u"晶片") << true << true << s(u"芯片");
        QTest::newRow("vocabulary 積體電路") << s(u"積體電路") << true << true << s(u"集成电路");
        QTest::newRow("vocabulary 網際網路") << s(u"網際網路") << true << true << s(u"互联网");
        QTest::newRow("vocabulary 資訊") << s(u"資訊") << true << true << s(u"信息");
        QTest::newRow("vocabulary 軟體 in simplified") << s(u"软体") << true << true << s(u"软件");
        QTest::newRow("vocabulary off") << s(u"晶片") << true << false << s(u"晶片");
        QTest::newRow("mainland unchanged")
            << s(u"芯片和人工智能") << true << true << s(u"芯片和人工智能");
    }
    void folds()
    {
        QFETCH(QString, input);
        QFETCH(bool, script);
        QFETCH(bool, vocabulary);
        QFETCH(QString, folded);
        QCOMPARE(SearchFolder::instance().foldedString(input, {script, vocabulary}), folded);
    }

    // A phrase replaced by a shorter one still spans the whole original phrase.
    void offsetsPointIntoTheOriginal()
    {
        const QString text = QString::fromUtf16(u"用網際網路");
        std::vector<FoldedChar> chars;
        SearchFolder::instance().fold(QStringView(text), {}, chars);
        QCOMPARE(chars.size(), size_t(4)); // 用 互 联 网
        QCOMPARE(chars[0].begin, 0);
        QCOMPARE(chars[0].end, 1);
        for (size_t i = 1; i < chars.size(); ++i) {
            QCOMPARE(chars[i].begin, 1);
            QCOMPARE(chars[i].end, 5);
        }
        // UTF-8 offsets are bytes.
        const QByteArray utf8 = text.toUtf8();
        chars.clear();
        SearchFolder::instance().fold(std::string_view(utf8.constData(), size_t(utf8.size())), {},
                                      chars);
        QCOMPARE(chars.back().end, int(utf8.size()));
        QCOMPARE(chars[1].begin, 3);
    }

    void invalidUtf8IsSkipped()
    {
        const QByteArray bytes("a\xFF"
                               "b");
        std::vector<FoldedChar> chars;
        SearchFolder::instance().fold(std::string_view(bytes.constData(), size_t(bytes.size())), {},
                                      chars);
        QCOMPARE(chars.size(), size_t(2));
        QCOMPARE(chars[1].codePoint, char32_t(u'b'));
        QCOMPARE(chars[1].begin, 2);
    }

    void vocabularyComesFromOpencc()
    {
        const RegionalVocabulary &vocabulary = RegionalVocabulary::instance();
        QVERIFY(vocabulary.size() > 100); // TWPhrasesRev has hundreds of phrases
        QCOMPARE(vocabulary.canonical(QString::fromUtf16(u"晶片")), QString::fromUtf16(u"芯片"));
        QVERIFY(vocabulary.canonical(QString::fromUtf16(u"芯片")).isEmpty());
    }

    void classifiesCharacters()
    {
        using C = SearchFolder::CharClass;
        QCOMPARE(SearchFolder::charClass(u'a'), C::Word);
        QCOMPARE(SearchFolder::charClass(u'7'), C::Word);
        QCOMPARE(SearchFolder::charClass(u'é'), C::Word);
        QCOMPARE(SearchFolder::charClass(U'\u56FD'), C::Cjk);
        QCOMPARE(SearchFolder::charClass(U'\U0002000B'), C::Cjk);
        QCOMPARE(SearchFolder::charClass(U'\u3042'), C::Cjk); // hiragana
        QCOMPARE(SearchFolder::charClass(u'。'), C::Separator);
        QCOMPARE(SearchFolder::charClass(u' '), C::Separator);
    }
};

QTEST_GUILESS_MAIN(TestSearchFolder)
#include "tst_searchfolder.moc"
