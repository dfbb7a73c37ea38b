#include "Pairer.h"

#include <QTest>

using namespace duizhao;
using namespace Qt::StringLiterals;

namespace {

constexpr Language En = Language::English;
constexpr Language Hans = Language::ChineseSimplified;
constexpr Language Hant = Language::ChineseTraditional;
constexpr Language Und = Language::Undetermined;

// Builds an essay's blocks in order; each block's index is its position.
class Blocks
{
public:
    Blocks &add(BlockKind kind, Language language, const QString &text)
    {
        Block block;
        block.index = int(m_blocks.size());
        block.line = block.index + 1;
        block.kind = kind;
        block.language = language;
        block.text = text;
        m_blocks.append(block);
        return *this;
    }
    Blocks &en(const QString &text) { return add(BlockKind::Paragraph, En, text); }
    Blocks &zh(const QString &text, Language script = Hant)
    {
        return add(BlockKind::Paragraph, script, text);
    }
    QList<Block> &list() { return m_blocks; }

private:
    QList<Block> m_blocks;
};

QString kindOf(const QList<Block> &blocks, int index)
{
    return blockKindName(blocks.at(index).kind);
}

} // namespace

class TestPairer : public QObject
{
    Q_OBJECT

private slots:
    // Each English line pairs 1–1 with the Chinese line after it; titles with titles.
    void interleavedPairsOneToOne()
    {
        Blocks b;
        b.add(BlockKind::Title, En, u"Silicon chips and the new cold war."_s)
            .add(BlockKind::Title, Hant, u"矽晶片與新冷戰。"_s)
            .en(u"Export controls have changed how supply chains are organised."_s)
            .zh(u"出口管制改變了供應鏈的組織方式。"_s)
            .en(u"Companies are looking for partners in third countries."_s)
            .zh(u"企業正在第三國尋找合作夥伴。"_s);
        const QList<Pair> pairs = Pairer::pair(b.list());
        const QList<Pair> expected{Pair{{0}, {1}}, Pair{{2}, {3}}, Pair{{4}, {5}}};
        QCOMPARE(pairs, expected);
        for (int i = 0; i < 6; ++i) // pairing alone changes no kind
            QCOMPARE(kindOf(b.list(), i), i < 2 ? u"title"_s : u"paragraph"_s);
    }

    // Ads, images, duplicates and disclaimers between lines are skipped over.
    void residueDoesNotBreakPairing()
    {
        Blocks b;
        b.en(u"Export controls have changed how supply chains are organised."_s)
            .add(BlockKind::Ad, Hant, u"廣告"_s)
            .zh(u"出口管制改變了供應鏈的組織方式。"_s)
            .add(BlockKind::Image, Und, u"![]()"_s)
            .en(u"Companies are looking for partners in third countries."_s)
            .add(BlockKind::Duplicate, Hant,
                 u"企業正在第三國尋找合作夥伴。出口管制改變了供應鏈。"_s)
            .zh(u"企業正在第三國尋找合作夥伴。"_s)
            .add(BlockKind::Ad, En, u"Advertisement"_s)
            .en(u"Nobody knows how the race ends."_s)
            .add(BlockKind::Disclaimer, En, u"Notice: The content above is the author's own."_s)
            .zh(u"沒有人知道這場競賽如何結束。"_s);
        const QList<Pair> expected{Pair{{0}, {2}}, Pair{{4}, {6}}, Pair{{8}, {10}}};
        QCOMPARE(Pairer::pair(b.list()), expected);
        QCOMPARE(kindOf(b.list(), 1), u"ad"_s);
        QCOMPARE(kindOf(b.list(), 5), u"duplicate"_s);
    }

    // A short Chinese paragraph after a paired Chinese line has no English: it is a
    // caption, left unpaired; a long one stays a paragraph.
    void untranslatedShortLineBecomesCaption()
    {
        Blocks b;
        b.en(u"Export controls have changed how supply chains are organised."_s)
            .zh(u"出口管制改變了供應鏈的組織方式。"_s)
            .zh(u"一家位於上海的半導體公司的晶圓。"_s)
            .en(u"Companies are looking for partners in third countries."_s)
            .zh(u"企業正在第三國尋找合作夥伴。"_s)
            .zh(QString(130, QChar(0x5B57)))
            .en(u"Nobody knows how the race ends."_s)
            .zh(u"沒有人知道這場競賽如何結束。"_s);
        const QList<Pair> expected{Pair{{0}, {1}}, Pair{{3}, {4}}, Pair{{6}, {7}}};
        QCOMPARE(Pairer::pair(b.list()), expected);
        QCOMPARE(kindOf(b.list(), 2), u"caption"_s);
        QCOMPARE(kindOf(b.list(), 5), u"paragraph"_s);
        QCOMPARE(kindOf(b.list(), 1), u"paragraph"_s);
    }

    // A Chinese-only essay, or one with a stray English line, is not bilingual.
    void monolingualGetsNoPairs_data()
    {
        QTest::addColumn<int>("englishLines");
        QTest::newRow("chinese only") << 0;
        QTest::newRow("one english line") << 1;
    }
    void monolingualGetsNoPairs()
    {
        QFETCH(int, englishLines);
        Blocks b;
        b.add(BlockKind::Title, Hans, u"美国芯片政策的困境"_s);
        for (int i = 0; i < englishLines; ++i)
            b.en(u"The content above is the author's own."_s);
        b.zh(u"芯片产业的竞争已经进入新的阶段。"_s, Hans)
            .zh(u"短句"_s, Hans)
            .add(BlockKind::Heading, Hans, u"市场的分裂"_s)
            .zh(u"出口管制改变了供应链的布局。"_s, Hans);
        QVERIFY(Pairer::pair(b.list()).isEmpty());
        for (const Block &block : b.list()) // and no line turns into a caption
            QVERIFY(block.kind != BlockKind::Caption);
    }

    // Too few English lines against many Chinese ones (under 30%) is not bilingual.
    void lopsidedEssayGetsNoPairs()
    {
        Blocks b;
        b.en(u"Export controls have changed how supply chains are organised."_s)
            .zh(u"出口管制改变了供应链的组织方式。"_s, Hans)
            .en(u"Companies are looking for partners in third countries."_s)
            .zh(u"企业正在第三国寻找合作伙伴。"_s, Hans);
        for (int i = 0; i < 6; ++i)
            b.zh(u"芯片产业的竞争已经进入新的阶段。"_s, Hans);
        QVERIFY(Pairer::pair(b.list()).isEmpty()); // 2 English against 8 Chinese
    }

    // Chinese first, then its English translation, pairs the same way.
    void chineseFirstInterleaving()
    {
        Blocks b;
        b.zh(u"出口管制改变了供应链的组织方式。"_s, Hans)
            .en(u"Export controls have changed how supply chains are organised."_s)
            .add(BlockKind::Image, Und, u"![]()"_s)
            .zh(u"企业正在第三国寻找合作伙伴。"_s, Hans)
            .en(u"Companies are looking for partners in third countries."_s)
            .zh(u"没有人知道这场竞赛如何结束。"_s, Hans)
            .en(u"Nobody knows how the race ends."_s);
        const QList<Pair> expected{Pair{{1}, {0}}, Pair{{4}, {3}}, Pair{{6}, {5}}};
        QCOMPARE(Pairer::pair(b.list()), expected);
    }

    // An English paragraph never pairs with a Chinese title, nor a title with a paragraph.
    void titlesOnlyPairWithTitles()
    {
        Blocks b;
        b.add(BlockKind::Title, En, u"Silicon chips and the new cold war."_s)
            .zh(u"出口管制改變了供應鏈的組織方式。"_s)
            .en(u"Export controls have changed how supply chains are organised."_s)
            .zh(u"出口管制改變了供應鏈的組織方式。"_s)
            .en(u"Companies are looking for partners in third countries."_s)
            .zh(u"企業正在第三國尋找合作夥伴。"_s);
        const QList<Pair> expected{Pair{{2}, {3}}, Pair{{4}, {5}}};
        QCOMPARE(Pairer::pair(b.list()), expected);
        QCOMPARE(kindOf(b.list(), 1), u"paragraph"_s);
    }

    // A title pairs with its translation, which is a heading (issue 16: short EN/ZH
    // header lines pair as headings); headings pair with headings.
    void titlePairsWithItsHeadingTranslation()
    {
        Blocks b;
        b.add(BlockKind::Title, En, u"The chip race has a new front"_s)
            .add(BlockKind::Heading, Hant, u"晶片競賽有了新戰線"_s)
            .en(u"Export controls have changed how supply chains are organised."_s)
            .zh(u"出口管制改變了供應鏈的組織方式。"_s)
            .add(BlockKind::Heading, En, u"Open standards"_s)
            .add(BlockKind::Heading, Hant, u"開放標準"_s)
            .en(u"Companies are looking for partners in third countries."_s)
            .zh(u"企業正在第三國尋找合作夥伴。"_s);
        const QList<Pair> expected{Pair{{0}, {1}}, Pair{{2}, {3}}, Pair{{4}, {5}}, Pair{{6}, {7}}};
        QCOMPARE(Pairer::pair(b.list()), expected);
    }

    // Bylines and dates never pair and never break the pairing around them.
    void bylinesNeverPair()
    {
        Blocks b;
        b.en(u"Export controls have changed how supply chains are organised."_s)
            .zh(u"出口管制改變了供應鏈的組織方式。"_s)
            .add(BlockKind::Byline, En, u"Senator Jane Doe"_s)
            .add(BlockKind::Byline, Hant, u"參議員 珍·杜"_s)
            .en(u"Companies are looking for partners in third countries."_s)
            .zh(u"企業正在第三國尋找合作夥伴。"_s);
        const QList<Pair> expected{Pair{{0}, {1}}, Pair{{4}, {5}}};
        QCOMPARE(Pairer::pair(b.list()), expected);
    }

    // An untranslated Chinese summary before an English-first body makes Chinese-first
    // adjacencies as common as English-first ones; the translation proportions decide.
    void proportionsDecideWhichSideLeads()
    {
        Blocks b;
        b.zh(u"本文总结了出口管制对全球供应链的影响，讨论了企业如何在第三国寻找新的合作伙伴，"
             u"也分析了各国政府在开放标准和人才政策上的不同选择，以及这些选择对未来十年的意义。"_s,
             Hans)
            .en(u"Export controls have changed how supply chains are organised across the world."_s)
            .zh(u"出口管制改变了全球供应链的组织方式。"_s, Hans)
            .en(u"Companies are now looking for new partners in third countries, one by one."_s);
        const QList<Pair> expected{Pair{{1}, {2}}};
        QCOMPARE(Pairer::pair(b.list()), expected);
    }
};

QTEST_GUILESS_MAIN(TestPairer)
#include "tst_pairer.moc"
