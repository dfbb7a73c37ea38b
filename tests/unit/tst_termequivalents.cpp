#include "Dictionary.h"
#include "TermEquivalents.h"

#include <QTest>

using namespace duizhao;
using namespace Qt::StringLiterals;

// A hit's likely equivalents in its counterpart (services/TermEquivalents): glossary pairs
// folded (case; script and regional vocabulary) and winning over the dictionary; CC-CEDICT
// glosses for a Chinese hit, kept when the counterpart holds them; the counterpart's
// Chinese words whose definitions hold an English hit. Fails, not skips, without the
// dictionary data.
class TestTermEquivalents : public QObject
{
    Q_OBJECT

    static GlossaryTerm pair(const QString &english, const QString &chinese)
    {
        GlossaryTerm term;
        term.english = english;
        term.chinese = chinese;
        return term;
    }

private slots:
    void initTestCase() { QVERIFY2(Dictionary::instance().isLoaded(), "no dictionary data"); }

    void glosses_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QStringList>("glosses");
        QTest::newRow("notes and a list")
            << u"(computing) chip; microchip"_s << QStringList{u"chip"_s, u"microchip"_s};
        QTest::newRow("a verb's to") << u"to subsidize"_s << QStringList{u"subsidize"_s};
        QTest::newRow("classifier") << u"CL:個|个[ge4]"_s << QStringList{};
        QTest::newRow("cross reference") << u"see 晶片[jing1 pian4]"_s << QStringList{};
        QTest::newRow("long phrase")
            << u"a place where one can buy many things at once"_s << QStringList{};
    }
    void glosses()
    {
        QFETCH(QString, definition);
        QFETCH(QStringList, glosses);
        QCOMPARE(TermEquivalents::glossesOf(definition), glosses);
    }

    void chineseHitFindsTheEnglishWord()
    {
        const TermEquivalents equivalents({}, Dictionary::instance());
        const QString counterpart = u"When governments announce chip subsidies, the headline"_s;
        for (const QString &hit : {u"芯片"_s, u"晶片"_s}) {
            const QStringList found =
                equivalents(hit, Language::ChineseTraditional, Language::English, counterpart);
            QVERIFY2(found.contains(u"chip"_s), qPrintable(found.join(u'|')));
        }
        // A plural as the counterpart writes it.
        QVERIFY(equivalents(u"晶片"_s, Language::ChineseTraditional, Language::English,
                            u"accelerator chips into strategic goods"_s)
                    .contains(u"chips"_s));
        // Glosses the counterpart does not hold are left out.
        QCOMPARE(equivalents(u"芯片"_s, Language::ChineseSimplified, Language::English,
                             u"Nothing to see here."_s),
                 QStringList{});
    }

    void englishHitFindsTheChineseWord()
    {
        const TermEquivalents equivalents({}, Dictionary::instance());
        const QString counterpart = u"每當政府宣布晶片補貼,新聞標題上總是那個最大的數字"_s;
        for (const QString &hit : {u"chip"_s, u"chips"_s, u"Chip"_s}) {
            const QStringList found =
                equivalents(hit, Language::English, Language::ChineseTraditional, counterpart);
            QVERIFY2(found.contains(u"晶片"_s), qPrintable(hit + u": "_s + found.join(u'|')));
        }
        const QStringList simplified = equivalents(
            u"chips"_s, Language::English, Language::ChineseSimplified, u"美国限制芯片出口"_s);
        QVERIFY2(simplified.contains(u"芯片"_s), qPrintable(simplified.join(u'|')));
        QCOMPARE(equivalents(u"chip"_s, Language::English, Language::ChineseSimplified,
                             u"美国限制出口"_s),
                 QStringList{});
    }

    void glossaryFoldsAndWins()
    {
        const TermEquivalents equivalents({pair(u"Chip"_s, u"补贴"_s), pair(u"fab"_s, u"晶圆厂"_s)},
                                          Dictionary::instance());
        const QString chinese = u"每當政府宣布晶片補貼,數百億美元的新晶圓廠"_s;
        // Case folded on the English side, script folded on the Chinese one; the glossary's
        // pair (contrived: chip ↔ 补贴) wins over the dictionary's 晶片.
        QCOMPARE(equivalents(u"chip"_s, Language::English, Language::ChineseTraditional, chinese),
                 QStringList{u"补贴"_s});
        QCOMPARE(equivalents(u"FAB"_s, Language::English, Language::ChineseTraditional, chinese),
                 QStringList{u"晶圆厂"_s});
        QCOMPARE(equivalents(u"晶圓廠"_s, Language::ChineseTraditional, Language::English,
                             u"new fab plants"_s),
                 QStringList{u"fab"_s});
        // A pair whose other side the counterpart lacks leaves it to the dictionary.
        const QStringList found =
            equivalents(u"chip"_s, Language::English, Language::ChineseTraditional, u"晶片很小"_s);
        QVERIFY2(found.contains(u"晶片"_s), qPrintable(found.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestTermEquivalents)
#include "tst_termequivalents.moc"
