#pragma once

#include "Essay.h"

#include <QList>
#include <QObject>

class QMenu;

namespace duizhao {

// The block entries of the page's context menu: "Block N Is a…" to re-classify the block
// under the mouse, and for a row of a bilingual essay the alignment edits (merge with
// the next row, split, unpair, pair with a nearby block of the other language, back to
// the automatic alignment; see AlignmentEditor). It only builds the entries and says
// what the user asked for; the window stores the change and shows the essay again.
class BlockContextMenu : public QObject
{
    Q_OBJECT

public:
    explicit BlockContextMenu(QObject *parent = nullptr);

    // Adds the entries for block `blockIndex` of `essay` to `menu`; `rawView`: the page
    // shows every block (no alignment entries there, and no way to the raw view).
    void addActions(QMenu *menu, const Essay &essay, int blockIndex, bool rawView);

signals:
    void blockKindChangeRequested(qint64 essayId, int blockIndex, duizhao::BlockKind kind);
    // "Every Line Like This…": a structure rule made from the block's line.
    void structureRuleRequested(qint64 essayId, int blockIndex);
    // `pairs` is the whole new alignment.
    void alignmentChangeRequested(qint64 essayId, const QList<duizhao::Pair> &pairs);
    void alignmentResetRequested(qint64 essayId);
    // "Show Raw Blocks to Re-classify Hidden Ones".
    void rawViewRequested();

private:
    void addAlignmentActions(QMenu *menu, const Essay &essay, int blockIndex);
};

} // namespace duizhao
