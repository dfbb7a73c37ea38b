#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace duizhao {

// Which essay block a paragraph of the page shows: the block's own text, or the converted
// copy of it that a Chinese-only essay's right column shows. A page paragraph carries it
// so the view can map a place on the page back to the essay's block (counterpart
// highlighting, find, search hits, the block menu, annotations).
//
// Written as text it is "b<index>" for the block and "c<index>" for the copy:
//   BlockAnchor(12).toString() → "b12";  BlockAnchor(12, true).toString() → "c12"
//   fromString(u"c7") → block 7, copy;   fromString(u"x7"), (u"b"), (u"b-1") → invalid
// On the page it is the paragraph's QTextBlock::userState (paragraphState()), written
// with Qt's CSS extension -qt-user-state, which the HTML importer reads and a text edit
// inside the paragraph keeps: 2 + 2 × block index, + 1 for a copy. 1 is the right
// column's heading (kRightHeadState, no block); -1, Qt's default, is no block.
class BlockAnchor
{
public:
    static constexpr int kRightHeadState = 1;
    static constexpr int kFirstBlockState = 2;

    // No block (a header line, other page text).
    constexpr BlockAnchor() = default;
    constexpr explicit BlockAnchor(int blockIndex, bool convertedCopy = false)
        : m_block(blockIndex < 0 ? -1 : blockIndex)
        , m_copy(blockIndex >= 0 && convertedCopy)
    {}

    constexpr bool isValid() const { return m_block >= 0; }
    // -1 when invalid.
    constexpr int blockIndex() const { return m_block; }
    constexpr bool isConvertedCopy() const { return m_copy; }
    // The same block's paragraph in the other role: the copy of an original, the original
    // of a copy.
    constexpr BlockAnchor otherCopy() const { return BlockAnchor(m_block, !m_copy); }

    QString toString() const;
    static BlockAnchor fromString(QStringView text);

    constexpr int paragraphState() const
    {
        return isValid() ? kFirstBlockState + 2 * m_block + (m_copy ? 1 : 0) : -1;
    }
    static constexpr BlockAnchor fromParagraphState(int state)
    {
        if (state < kFirstBlockState)
            return {};
        return BlockAnchor((state - kFirstBlockState) / 2, (state - kFirstBlockState) % 2 == 1);
    }

    friend constexpr bool operator==(BlockAnchor a, BlockAnchor b)
    {
        return a.m_block == b.m_block && a.m_copy == b.m_copy;
    }
    friend constexpr bool operator!=(BlockAnchor a, BlockAnchor b) { return !(a == b); }
    friend size_t qHash(BlockAnchor anchor, size_t seed = 0) noexcept
    {
        return qHash(anchor.paragraphState(), seed);
    }

private:
    int m_block = -1;
    bool m_copy = false;
};

} // namespace duizhao
