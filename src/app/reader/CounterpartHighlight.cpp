#include "CounterpartHighlight.h"

#include "Essay.h"
#include "ParagraphIndex.h"

namespace duizhao {

void CounterpartHighlight::setPage(const Essay *essay, const ParagraphIndex *index)
{
    m_essay = essay;
    m_index = index;
    m_anchor = {};
    m_counterparts.clear();
}

bool CounterpartHighlight::show(BlockAnchor anchor)
{
    if (anchor == m_anchor)
        return false;
    m_anchor = m_index && m_index->contains(anchor) ? anchor : BlockAnchor();
    m_counterparts = m_essay && m_index && m_anchor.isValid()
                         ? counterpartsOf(m_anchor, *m_essay, *m_index)
                         : QList<BlockAnchor>();
    return true;
}

void CounterpartHighlight::click(BlockAnchor anchor)
{
    const bool release = m_pinned && anchor == m_anchor;
    m_pinned = false;
    m_anchor = {};
    show(anchor);
    m_pinned = !release && m_anchor.isValid();
}

QList<BlockAnchor> CounterpartHighlight::counterpartsOf(BlockAnchor anchor, const Essay &essay,
                                                        const ParagraphIndex &index)
{
    const int block = anchor.blockIndex();
    if (block < 0)
        return {};
    // A Chinese-only essay: the block and its converted copy.
    if (index.contains(anchor.otherCopy()))
        return {anchor.otherCopy()};
    // A bilingual essay: the other side of the block's pair.
    for (const Pair &pair : essay.pairs) {
        const bool english = pair.english.contains(block);
        if (!english && !pair.chinese.contains(block))
            continue;
        QList<BlockAnchor> anchors;
        for (int member : english ? pair.chinese : pair.english) {
            if (index.contains(BlockAnchor(member)))
                anchors << BlockAnchor(member);
        }
        return anchors;
    }
    return {};
}

} // namespace duizhao
