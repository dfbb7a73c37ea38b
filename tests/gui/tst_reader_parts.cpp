#include "Essay.h"
#include "reader/BlockAnchor.h"
#include "reader/CounterpartHighlight.h"
#include "reader/PageFind.h"
#include "reader/ParagraphIndex.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace duizhao;

namespace duizhao {
// QCOMPARE's failure messages name the paragraph ("b12", "c12").
char *toString(const BlockAnchor &anchor)
{
    return QTest::toString(anchor.toString());
}
} // namespace duizhao

// The reader's parts that need a page but no window: the paragraph identity, the
// paragraph index, the counterpart rules and find, on small documents made here.
class TestReaderParts : public QObject
{
    Q_OBJECT

    // A page with one paragraph per entry, each paragraph's user state that anchor's.
    static void fillPage(QTextDocument &document,
                         const QList<std::pair<QString, BlockAnchor>> &paragraphs)
    {
        QString html;
        for (const auto &[text, anchor] : paragraphs)
            html += QStringLiteral("<p style=\"-qt-user-state:%1;\">%2</p>")
                        .arg(anchor.paragraphState())
                        .arg(text.toHtmlEscaped());
        document.setHtml(html);
    }

private slots:
    void anchorText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("block");
        QTest::addColumn<bool>("copy");
        QTest::newRow("block") << QStringLiteral("b12") << 12 << false;
        QTest::newRow("copy") << QStringLiteral("c0") << 0 << true;
        QTest::newRow("other letter") << QStringLiteral("x7") << -1 << false;
        QTest::newRow("no number") << QStringLiteral("b") << -1 << false;
        QTest::newRow("negative") << QStringLiteral("b-1") << -1 << false;
        QTest::newRow("trailing text") << QStringLiteral("b1x") << -1 << false;
        QTest::newRow("empty") << QString() << -1 << false;
    }

    void anchorText()
    {
        QFETCH(QString, text);
        QFETCH(int, block);
        QFETCH(bool, copy);
        const BlockAnchor anchor = BlockAnchor::fromString(text);
        QCOMPARE(anchor.blockIndex(), block);
        QCOMPARE(anchor.isConvertedCopy(), copy);
        QCOMPARE(anchor.isValid(), block >= 0);
        if (anchor.isValid())
            QCOMPARE(anchor.toString(), text); // and back
        else
            QVERIFY(anchor.toString().isEmpty());
    }

    void anchorParagraphState()
    {
        // The states the page has carried since they replaced <a name> anchors.
        QCOMPARE(BlockAnchor(0).paragraphState(), 2);
        QCOMPARE(BlockAnchor(0, true).paragraphState(), 3);
        QCOMPARE(BlockAnchor(12).paragraphState(), 26);
        QCOMPARE(BlockAnchor().paragraphState(), -1);
        for (const BlockAnchor anchor :
             {BlockAnchor(0), BlockAnchor(0, true), BlockAnchor(41, true)})
            QCOMPARE(BlockAnchor::fromParagraphState(anchor.paragraphState()), anchor);
        QVERIFY(!BlockAnchor::fromParagraphState(-1).isValid());
        QVERIFY(!BlockAnchor::fromParagraphState(BlockAnchor::kRightHeadState).isValid());
        QCOMPARE(BlockAnchor(5).otherCopy(), BlockAnchor(5, true));
        QCOMPARE(BlockAnchor(5, true).otherCopy(), BlockAnchor(5));
    }

    void paragraphIndex()
    {
        QTextDocument document;
        fillPage(document, {{QStringLiteral("head"), BlockAnchor()},
                            {QStringLiteral("one"), BlockAnchor(1)},
                            {QStringLiteral("one, converted"), BlockAnchor(1, true)},
                            {QStringLiteral("two"), BlockAnchor(2)}});
        const ParagraphIndex index(document);
        QVERIFY(!index.anchorOf(0).isValid());
        QCOMPARE(index.anchorOf(2), BlockAnchor(1, true));
        QCOMPARE(index.paragraphsOf(BlockAnchor(2)), QList<int>{3});
        QVERIFY(!index.contains(BlockAnchor(3)));
        QCOMPARE(index.convertedCopyCount(), 1);
        QCOMPARE(index.rightHeadParagraph(), -1);
    }

    void counterpartsOfABilingualPair()
    {
        Essay essay;
        essay.pairs = {{{0}, {1, 2}}, {{3}, {4}}};
        QTextDocument document;
        fillPage(document, {{QStringLiteral("en 0"), BlockAnchor(0)},
                            {QStringLiteral("zh 1"), BlockAnchor(1)},
                            {QStringLiteral("zh 2"), BlockAnchor(2)},
                            {QStringLiteral("en 3"), BlockAnchor(3)}}); // 4 not shown
        const ParagraphIndex index(document);
        QCOMPARE(CounterpartHighlight::counterpartsOf(BlockAnchor(0), essay, index),
                 (QList<BlockAnchor>{BlockAnchor(1), BlockAnchor(2)}));
        QCOMPARE(CounterpartHighlight::counterpartsOf(BlockAnchor(2), essay, index),
                 QList<BlockAnchor>{BlockAnchor(0)});
        QVERIFY(CounterpartHighlight::counterpartsOf(BlockAnchor(3), essay, index).isEmpty());

        CounterpartHighlight highlight;
        highlight.setPage(&essay, &index);
        QVERIFY(highlight.hover(BlockAnchor(1)));
        QCOMPARE(highlight.anchor(), BlockAnchor(1));
        QVERIFY(!highlight.hover(BlockAnchor(1))); // no change, nothing to draw again
        QVERIFY(highlight.hover(BlockAnchor(4)));  // not on the page: cleared
        QVERIFY(!highlight.anchor().isValid());

        // A click pins: hovering and leaving change nothing; a second click releases.
        highlight.click(BlockAnchor(0));
        QVERIFY(highlight.isPinned());
        QVERIFY(!highlight.hover(BlockAnchor(3)));
        QVERIFY(!highlight.leave());
        QCOMPARE(highlight.anchor(), BlockAnchor(0));
        highlight.click(BlockAnchor(0));
        QVERIFY(!highlight.isPinned());
        QVERIFY(highlight.hover(BlockAnchor(3)));
    }

    void counterpartOfAConvertedCopy()
    {
        Essay essay; // Chinese only: no pairs
        QTextDocument document;
        fillPage(document, {{QStringLiteral("后来"), BlockAnchor(0)},
                            {QStringLiteral("後來"), BlockAnchor(0, true)}});
        const ParagraphIndex index(document);
        QCOMPARE(CounterpartHighlight::counterpartsOf(BlockAnchor(0), essay, index),
                 QList<BlockAnchor>{BlockAnchor(0, true)});
        QCOMPARE(CounterpartHighlight::counterpartsOf(BlockAnchor(0, true), essay, index),
                 QList<BlockAnchor>{BlockAnchor(0)});
    }

    void findFoldsAndWraps()
    {
        QTextDocument document;
        fillPage(document, {{QString::fromUtf16(u"美国的芯片"), BlockAnchor(0)},
                            {QString::fromUtf16(u"美國的晶片與美国"), BlockAnchor(0, true)}});
        PageFind find;
        QCOMPARE(find.find(document, QString::fromUtf16(u"美国")), 3);
        QVERIFY(find.isActive());
        QCOMPARE(find.currentMatch(), -1);
        const int second = document.findBlockByNumber(1).position();
        QCOMPARE(find.matches().at(1), (QPair<int, int>{second, second + 2}));
        QCOMPARE(find.firstMatchFrom(second), 1);
        QCOMPARE(find.firstMatchFrom(document.characterCount()), 0); // past the last: the first
        find.setCurrentMatch(2);
        QCOMPARE(find.nextMatch(), 0);
        find.setCurrentMatch(0);
        QCOMPARE(find.previousMatch(), 2);
        QCOMPARE(find.find(document, QString::fromUtf16(u"芯片")), 2); // 晶片 too

        QCOMPARE(find.find(document, QStringLiteral("  ")), 0);
        QVERIFY(!find.isActive());
        QCOMPARE(find.nextMatch(), -1);
        QCOMPARE(find.firstMatchFrom(0), -1);
    }
};

QTEST_MAIN(TestReaderParts)
#include "tst_reader_parts.moc"
