#include "AlignmentEditor.h"

#include <QTest>

using namespace duizhao;

// The reader's alignment corrections as pure functions.
class TestAlignmentEditor : public QObject
{
    Q_OBJECT

    static const QList<Pair> &threeRows()
    {
        static const QList<Pair> rows{Pair{{0}, {1}}, Pair{{2}, {3}}, Pair{{4}, {5}}};
        return rows;
    }

private slots:
    void mergeJoinsARowWithTheNext()
    {
        const QList<Pair> merged = AlignmentEditor::merge(threeRows(), 0);
        QCOMPARE(merged, (QList<Pair>{Pair{{0, 2}, {1, 3}}, Pair{{4}, {5}}}));
        QCOMPARE(AlignmentEditor::merge(threeRows(), 2), threeRows()); // no next row
        QCOMPARE(AlignmentEditor::merge(threeRows(), -1), threeRows());
    }

    void splitUndoesMerge()
    {
        QCOMPARE(AlignmentEditor::split(AlignmentEditor::merge(threeRows(), 1), 1), threeRows());
        QCOMPARE(AlignmentEditor::split(threeRows(), 0), threeRows()); // 1–1 cannot split
        QCOMPARE(AlignmentEditor::split({Pair{{0}, {1, 2}}}, 0),
                 (QList<Pair>{Pair{{0}, {1}}, Pair{{}, {2}}}));
    }

    void unpairRemovesTheRow()
    {
        QCOMPARE(AlignmentEditor::unpair(threeRows(), 1),
                 (QList<Pair>{Pair{{0}, {1}}, Pair{{4}, {5}}}));
    }

    void pairTakesBlocksOutOfOtherRows()
    {
        // English 2 now goes with Chinese 5: rows 1 and 2 lose a block each.
        const QList<Pair> paired = AlignmentEditor::pair(threeRows(), 2, 5);
        // Rows stay in reading order of their first block.
        QCOMPARE(paired,
                 (QList<Pair>{Pair{{0}, {1}}, Pair{{2}, {5}}, Pair{{}, {3}}, Pair{{4}, {}}}));
        QCOMPARE(AlignmentEditor::pair({}, 0, 1), (QList<Pair>{Pair{{0}, {1}}}));
    }
};

QTEST_GUILESS_MAIN(TestAlignmentEditor)
#include "tst_alignmenteditor.moc"
