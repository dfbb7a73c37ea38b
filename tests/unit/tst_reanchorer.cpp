#include "Anchor.h"
#include "Reanchorer.h"
#include "SelectionAnchor.h"

#include <QTest>

using namespace duizhao;

// Anchors and finding them again after the text changed.
class TestReanchorer : public QObject
{
    Q_OBJECT

    static QList<Block> blocks(std::initializer_list<const char16_t *> texts)
    {
        QList<Block> result;
        for (const char16_t *text : texts) {
            Block block;
            block.index = int(result.size());
            block.text = QString::fromUtf16(text);
            result << block;
        }
        return result;
    }

    static QString quoteAt(const QList<Block> &list, const Anchor &anchor)
    {
        const QList<uint> cps = list[anchor.block].text.toUcs4();
        const QList<uint> part = cps.mid(anchor.start, anchor.end - anchor.start);
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
    }

private slots:
    void anchorCarriesQuoteAndContext()
    {
        const QString text = QString::fromUtf16(u"美国限制芯片出口,效果有限。");
        const Anchor anchor = anchorFromSelection(text, 3, 4, 6);
        QCOMPARE(anchor.block, 3);
        QCOMPARE(anchor.quote, QString::fromUtf16(u"芯片"));
        QCOMPARE(anchor.prefix, QString::fromUtf16(u"美国限制"));
        QCOMPARE(anchor.suffix, QString::fromUtf16(u"出口,效果有限。"));
        QVERIFY(anchorFromSelection(text, 0, 5, 5).quote.isEmpty());
        QVERIFY(anchorFromSelection(text, 0, 0, 99).quote.isEmpty());
    }

    // Positions are code points; a selection never splits a surrogate pair or a
    // character from its combining mark.
    void selectionSnapsToGraphemes()
    {
        const QString text = QString::fromUtf16(u"a\U0002000Bb e\u0301t");
        const Anchor astral = anchorFromSelection(text, 0, 1, 2);
        QCOMPARE(astral.quote, QString::fromUtf16(u"\U0002000B"));
        QCOMPARE(astral.end, 2);
        const Anchor accent = anchorFromSelection(text, 0, 4, 5); // "e" without its accent
        QCOMPARE(accent.quote, QString::fromUtf16(u"e\u0301"));
        QCOMPARE(accent.end, 6);
    }

    void strategies()
    {
        const QList<Block> before = blocks({u"标题", u"美国限制芯片出口,效果有限。", u"结语。"});
        const Anchor anchor = anchorFromSelection(before[1].text, 1, 4, 8); // 芯片出口

        // 1. Unchanged.
        auto result = Reanchorer::reanchor(anchor, before);
        QVERIFY(result);
        QCOMPARE(result->method, Reanchorer::Method::Exact);
        QCOMPARE(result->anchor, anchor);

        // 2. A paragraph was inserted above and text added before the quote.
        const QList<Block> moved =
            blocks({u"标题", u"新的一段。", u"去年起,美国限制芯片出口,效果有限。", u"结语。"});
        result = Reanchorer::reanchor(anchor, moved);
        QVERIFY(result);
        QCOMPARE(result->method, Reanchorer::Method::Quote);
        QCOMPARE(result->anchor.block, 2);
        QCOMPARE(quoteAt(moved, result->anchor), QString::fromUtf16(u"芯片出口"));

        // 3. Re-converted to traditional script.
        const QList<Block> converted = blocks({u"標題", u"美國限制芯片出口,效果有限。", u"結語。"});
        const Anchor simplified = anchorFromSelection(before[1].text, 1, 0, 4); // 美国限制
        result = Reanchorer::reanchor(simplified, converted);
        QVERIFY(result);
        QCOMPARE(result->method, Reanchorer::Method::Folded);
        QCOMPARE(quoteAt(converted, result->anchor), QString::fromUtf16(u"美國限制"));

        // 4. A word changed inside a longer quote.
        const Anchor sentence = anchorFromSelection(before[1].text, 1, 0, 13); // whole sentence
        const QList<Block> edited = blocks({u"标题", u"美国限制芯片出口,成效有限。", u"结语。"});
        result = Reanchorer::reanchor(sentence, edited);
        QVERIFY(result);
        QCOMPARE(result->method, Reanchorer::Method::Fuzzy);
        QCOMPARE(result->anchor.block, 1);
        QVERIFY(
            quoteAt(edited, result->anchor).startsWith(QString::fromUtf16(u"美国限制芯片出口")));

        // Gone: nothing found, the caller keeps it as orphaned.
        QVERIFY(!Reanchorer::reanchor(anchor, blocks({u"完全不同的文字。"})));
    }

    // With several occurrences, the one whose context agrees wins.
    void contextChoosesAmongOccurrences()
    {
        const QList<Block> list = blocks({u"芯片很贵。", u"美国限制芯片出口。", u"芯片很便宜。"});
        const Anchor anchor = anchorFromSelection(list[1].text, 1, 4, 6);
        const QList<Block> shuffled =
            blocks({u"芯片很便宜。", u"前言。", u"芯片很贵。", u"美国限制芯片出口。"});
        const auto result = Reanchorer::reanchor(anchor, shuffled);
        QVERIFY(result);
        QCOMPARE(result->anchor.block, 3);
        QCOMPARE(result->anchor.start, 4);
    }
};

QTEST_GUILESS_MAIN(TestReanchorer)
#include "tst_reanchorer.moc"
