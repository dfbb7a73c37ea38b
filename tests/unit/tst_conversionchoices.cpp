#include "ScriptConverter.h"
#include "ScriptTables.h"

#include <QTest>

using namespace duizhao;

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
