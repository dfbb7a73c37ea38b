#pragma once

#include "BlockAnchor.h"

#include <QList>

namespace duizhao {

struct Essay;
class ParagraphIndex;

// Which paragraphs the counterpart highlight tints. Hovering a paragraph names it and
// its counterparts in the other column: the other side of a bilingual essay's pair, or
// the converted copy of a Chinese-only essay's block (and back). A click pins the
// highlight, so the reader can scroll to the other side; a click on the pinned
// paragraph releases it. Kept out of the view so that these rules can be checked on a
// page without a mouse: the view turns mouse positions into anchors and tints what
// this names.
class CounterpartHighlight
{
public:
    // The page the highlight is on (both must outlive this or the next setPage); clears
    // the highlight but not the pin, as a re-rendered page does.
    void setPage(const Essay *essay, const ParagraphIndex *index);

    // Highlights `anchor` (an invalid one, or one not on the page, clears it), pinned or
    // not. Returns whether the highlight changed.
    bool show(BlockAnchor anchor);
    // The mouse is over `anchor`: shown unless the highlight is pinned.
    bool hover(BlockAnchor anchor) { return !m_pinned && show(anchor); }
    // The mouse left the page.
    bool leave() { return !m_pinned && show({}); }
    // A click on `anchor`: pins its highlight, or releases a pinned one clicked again.
    void click(BlockAnchor anchor);
    void unpin() { m_pinned = false; }

    BlockAnchor anchor() const { return m_anchor; }
    QList<BlockAnchor> counterparts() const { return m_counterparts; }
    bool isPinned() const { return m_pinned; }

    // The paragraphs on the page that answer `anchor`: a pair's other side, or the other
    // copy of a Chinese-only essay's block.
    static QList<BlockAnchor> counterpartsOf(BlockAnchor anchor, const Essay &essay,
                                             const ParagraphIndex &index);

private:
    const Essay *m_essay = nullptr;
    const ParagraphIndex *m_index = nullptr;
    BlockAnchor m_anchor;
    QList<BlockAnchor> m_counterparts;
    bool m_pinned = false;
};

} // namespace duizhao
