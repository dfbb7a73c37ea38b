#include "ParagraphIndex.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace duizhao {

ParagraphIndex::ParagraphIndex(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.userState() == BlockAnchor::kRightHeadState) {
            m_rightHeadParagraph = block.blockNumber();
            continue;
        }
        const BlockAnchor anchor = BlockAnchor::fromParagraphState(block.userState());
        if (anchor.isValid()) {
            m_anchorOfParagraph.insert(block.blockNumber(), anchor);
            m_paragraphsOfAnchor.insert(anchor, block.blockNumber());
        }
    }
}

QList<int> ParagraphIndex::paragraphsOf(BlockAnchor anchor) const
{
    QList<int> numbers = m_paragraphsOfAnchor.values(anchor);
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

qsizetype ParagraphIndex::convertedCopyCount() const
{
    qsizetype copies = 0;
    for (auto it = m_paragraphsOfAnchor.cbegin(); it != m_paragraphsOfAnchor.cend(); ++it)
        copies += it.key().isConvertedCopy() ? 1 : 0;
    return copies;
}

} // namespace duizhao
