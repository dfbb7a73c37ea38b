#pragma once

#include "BlockAnchor.h"

#include <QHash>
#include <QList>
#include <QMultiHash>

class QTextDocument;

namespace duizhao {

// The page's paragraphs by the block they show, read from their user states
// (BlockAnchor) after every change of the page. It answers "which block is under the
// mouse" (counterpart highlight, context menu) and "where is block N" (search hits,
// alignment tests) without walking the document each time.
class ParagraphIndex
{
public:
    ParagraphIndex() = default;
    explicit ParagraphIndex(const QTextDocument &document);

    // The block of a page paragraph, by its QTextBlock number; invalid for other text.
    BlockAnchor anchorOf(int paragraphNumber) const
    {
        return m_anchorOfParagraph.value(paragraphNumber);
    }
    // The paragraphs that show `anchor`, in page order.
    QList<int> paragraphsOf(BlockAnchor anchor) const;
    bool contains(BlockAnchor anchor) const { return m_paragraphsOfAnchor.contains(anchor); }
    // How many paragraphs show a converted copy.
    qsizetype convertedCopyCount() const;
    // The right column's heading, by QTextBlock number; -1 when the page has none.
    int rightHeadParagraph() const { return m_rightHeadParagraph; }

private:
    QHash<int, BlockAnchor> m_anchorOfParagraph;
    QMultiHash<BlockAnchor, int> m_paragraphsOfAnchor;
    int m_rightHeadParagraph = -1;
};

} // namespace duizhao
