#include "ScriptConverter.h"
#include "ScriptTables.h"

#include <QTest>

using namespace duizhao;

Q_DECLARE_METATYPE(duizhao::Language)
Q_DECLARE_METATYPE(duizhao::ScriptView)

// Where converting between scripts had to choose a character (后 → 後 or 后), core
// says so, with what was chosen, so the reader can mark it.
class TestConversionChoices : public QObject
{
    Q_OBJECT

private slots:
    void tablesListCandidates()
    {
        const ScriptTables &tables = ScriptTables::instance();
        QVERIFY(tables.traditionalCandidates(U'后').contains(U'後'));
        QVERIFY(tables.traditionalCandidates(U'后').contains(U'后'));
        QVERIFY(tables.traditionalCandidates(U'发').contains(U'發'));
        QVERIFY(tables.traditionalCandidates(U'发').contains(U'髮'));
        QVERIFY(tables.traditionalCandidates(U'干').size() >= 3);
        QVERIFY(tables.traditionalCandidates(U'国').isEmpty()); // 国 → 國 only
    }

    void choicesCarryPositionAndResult()
    {
        const QString text = QString::fromUtf16(u"头发后来干了");
        const QList<ConversionChoice> choices = ScriptConverter::instance().choices(
            text, Language::ChineseSimplified, ScriptView::Traditional);
        QList<qsizetype> positions;
        for (const ConversionChoice &choice : choices)
            positions << choice.position;
        QVERIFY(positions.contains(1)); // 发
        QVERIFY(positions.contains(2)); // 后
        QVERIFY(positions.contains(4)); // 干
        for (const ConversionChoice &choice : choices) {
            if (choice.position == 1)
                QCOMPARE(choice.chosen, char32_t(U'髮')); // the phrase 头发 settles it
            QVERIFY(choice.candidates.contains(choice.chosen));
        }
    }

    // The reader has the converted text already and asks without converting again: the
    // same choices as asking ScriptConverter to convert.
    void choicesOfAConversionMade_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<ScriptView>("view");
        QTest::newRow("hans to hant") << QString::fromUtf16(u"头发后来干了")
                                      << Language::ChineseSimplified << ScriptView::Traditional;
        QTest::newRow("hans to tw, phrases") << QString::fromUtf16(u"软件的后台")
                                             << Language::ChineseSimplified << ScriptView::Taiwan;
        QTest::newRow("hant to hans") << QString::fromUtf16(u"後來乾了")
                                      << Language::ChineseTraditional << ScriptView::Simplified;
        QTest::newRow("hant to hant") << QString::fromUtf16(u"後來") << Language::ChineseTraditional
                                      << ScriptView::Traditional;
    }

    void choicesOfAConversionMade()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(ScriptView, view);
        const ScriptConverter &converter = ScriptConverter::instance();
        const QList<ConversionChoice> expected = converter.choices(text, language, view);
        const QList<ConversionChoice> made =
            ScriptConverter::choices(text, converter.toView(text, language, view), language, view);
        QCOMPARE(made.size(), expected.size());
        for (qsizetype i = 0; i < made.size(); ++i) {
            QCOMPARE(made[i].position, expected[i].position);
            QCOMPARE(made[i].source, expected[i].source);
            QCOMPARE(made[i].chosen, expected[i].chosen);
            QCOMPARE(made[i].candidates, expected[i].candidates);
        }
    }

    void noChoicesForEnglishOrOriginal()
    {
        const ScriptConverter &converter = ScriptConverter::instance();
        QVERIFY(
            converter.choices(QStringLiteral("hair"), Language::English, ScriptView::Traditional)
                .isEmpty());
        QVERIFY(converter
                    .choices(QString::fromUtf16(u"后"), Language::ChineseSimplified,
                             ScriptView::Original)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConversionChoices)
#include "tst_conversionchoices.moc"
