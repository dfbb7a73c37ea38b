#include "OpenccData.h"
#include "ScriptConverter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace duizhao;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(duizhao::ScriptConverter::Config)
Q_DECLARE_METATYPE(duizhao::Language)
Q_DECLARE_METATYPE(duizhao::ScriptView)

// OpenCC conversions through the shared converter, and how it fails without its data.
class TestScriptConverter : public QObject
{
    Q_OBJECT

private slots:
    // Character and phrase conversion per OpenCC config.
    void convert_data()
    {
        using C = ScriptConverter::Config;
        QTest::addColumn<QString>("text");
        QTest::addColumn<ScriptConverter::Config>("config");
        QTest::addColumn<QString>("expected");
        QTest::newRow("t2s") << u"這個國家的軟體"_s << C::T2S << u"这个国家的软体"_s;
        QTest::newRow("s2t") << u"这个国家的经济"_s << C::S2T << u"這個國家的經濟"_s;
        QTest::newRow("s2t keeps english") << u"DeepSeek 模型"_s << C::S2T << u"DeepSeek 模型"_s;
        QTest::newRow("s2twp 软件") << u"软件"_s << C::S2TWP << u"軟體"_s;
        QTest::newRow("s2twp 芯片") << u"芯片"_s << C::S2TWP << u"晶片"_s;
        QTest::newRow("s2twp sentence")
            << u"芯片和软件都很重要"_s << C::S2TWP << u"晶片和軟體都很重要"_s;
        QTest::newRow("s2hk") << u"这个国家的经济"_s << C::S2HK << u"這個國家的經濟"_s;
        QTest::newRow("t2tw") << u"這個國家的經濟"_s << C::T2TW << u"這個國家的經濟"_s;
        QTest::newRow("empty") << QString() << C::T2S << QString();
    }
    void convert()
    {
        QFETCH(QString, text);
        QFETCH(ScriptConverter::Config, config);
        QFETCH(QString, expected);
        QCOMPARE(ScriptConverter::instance().convert(text, config), expected);
    }

    // A block shown in a script view: English, und and Original come back unchanged.
    void toView_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<ScriptView>("view");
        QTest::addColumn<QString>("expected");
        QTest::newRow("english unchanged") << u"Chips and software"_s << Language::English
                                           << ScriptView::Simplified << u"Chips and software"_s;
        QTest::newRow("english with han unchanged")
            << u"the Chinese firm 華為"_s << Language::English << ScriptView::Simplified
            << u"the Chinese firm 華為"_s;
        QTest::newRow("und unchanged")
            << u"國 2025"_s << Language::Undetermined << ScriptView::Simplified << u"國 2025"_s;
        QTest::newRow("original unchanged")
            << u"软件"_s << Language::ChineseSimplified << ScriptView::Original << u"软件"_s;
        QTest::newRow("original keeps traditional")
            << u"軟體"_s << Language::ChineseTraditional << ScriptView::Original << u"軟體"_s;
        QTest::newRow("hant to hans")
            << u"軟體"_s << Language::ChineseTraditional << ScriptView::Simplified << u"软体"_s;
        QTest::newRow("hans to tw")
            << u"软件"_s << Language::ChineseSimplified << ScriptView::Taiwan << u"軟體"_s;
        QTest::newRow("hans to hant")
            << u"国家"_s << Language::ChineseSimplified << ScriptView::Traditional << u"國家"_s;
    }
    void toView()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(ScriptView, view);
        QFETCH(QString, expected);
        QCOMPARE(ScriptConverter::instance().toView(text, language, view), expected);
    }

    // View names are the CLI's --script spellings and read back to the same view.
    void scriptViewNames_data()
    {
        QTest::addColumn<ScriptView>("view");
        QTest::addColumn<QString>("name");
        QTest::newRow("original") << ScriptView::Original << u"original"_s;
        QTest::newRow("hans") << ScriptView::Simplified << u"hans"_s;
        QTest::newRow("hant") << ScriptView::Traditional << u"hant"_s;
        QTest::newRow("tw") << ScriptView::Taiwan << u"tw"_s;
        QTest::newRow("hk") << ScriptView::HongKong << u"hk"_s;
    }
    void scriptViewNames()
    {
        QFETCH(ScriptView, view);
        QFETCH(QString, name);
        QCOMPARE(scriptViewName(view), name);
        QCOMPARE(scriptViewFromName(name), std::optional<ScriptView>(view));
    }

    // Unknown names are refused rather than guessed.
    void unknownScriptViewName()
    {
        QVERIFY(!scriptViewFromName(u"zh-Hant"));
        QVERIFY(!scriptViewFromName(u"HANS"));
        QVERIFY(!scriptViewFromName(u""));
    }

    // A long text is converted in pieces on several threads, cut after line breaks; the
    // result is the text converted whole, whatever the pieces: lines that end or start
    // inside a phrase OpenCC knows (頭|髮), long runs of phrases (乾隆), empty lines, a character
    // outside the BMP at a line's end, and one line far longer than the rest.
    void longTextConvertsInPiecesAsAWhole()
    {
        const ScriptConverter whole(openccDataDir(), 1);
        QString text;
        for (int line = 0; line < 600; ++line) {
            text += u"這個國家的軟體產業在數位時代裡發展得很快,頭"_s;
            text += line % 7 == 0 ? u"\n\n"_s : u"\n"_s;
            text += u"髮乾燥的工程師們說:後來𠀀"_s + QString::number(line) + u'\n';
        }
        text += QString(u"乾隆年間臺灣積體電路製造"_s).repeated(2000); // one long last line
        QVERIFY(text.toUtf8().size() > 100 * 1024);
        const QString expected = whole.convert(text, ScriptConverter::Config::T2S);
        QVERIFY(expected.contains(u"头\n发干燥"_s));
        // A phrase settles 乾 here (alone it would become 干): cut inside it, it would not.
        QVERIFY(expected.endsWith(u"乾隆年间台湾积体电路制造"_s));
        for (int parts : {2, 3, 8, 64}) {
            const ScriptConverter pieces(openccDataDir(), parts);
            QCOMPARE(pieces.convert(text, ScriptConverter::Config::T2S), expected);
            QCOMPARE(pieces.toView(text, Language::ChineseTraditional, ScriptView::Simplified),
                     expected);
        }
        // Without its data a converter fails on a long text as on a short one.
        const ScriptConverter bogus(u"/nonexistent/duizhao-opencc"_s, 4);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 bogus.convert(text, ScriptConverter::Config::T2S));
    }

    // A data folder without the config, or with a broken one, throws std::runtime_error.
    void missingConfigThrows()
    {
        const ScriptConverter bogus(u"/nonexistent/duizhao-opencc"_s);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 bogus.convert(u"软件", ScriptConverter::Config::T2S));
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            bogus.toView(u"软件", Language::ChineseSimplified, ScriptView::Taiwan));
        // Nothing to convert needs no config.
        QCOMPARE(bogus.convert(QStringView(), ScriptConverter::Config::T2S), QString());
        QCOMPARE(bogus.toView(u"Chips", Language::English, ScriptView::Taiwan), u"Chips"_s);
    }
    void brokenConfigThrows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile config(dir.filePath(u"t2s.json"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{ \"name\": \"broken\", ");
        config.close();
        const ScriptConverter broken(dir.path());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 broken.convert(u"軟體", ScriptConverter::Config::T2S));
    }
};

QTEST_GUILESS_MAIN(TestScriptConverter)
#include "tst_scriptconverter.moc"
