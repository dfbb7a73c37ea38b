#pragma once

#include "Essay.h"

#include <QHash>
#include <QList>

#include <optional>

class QTextDocument;

namespace duizhao {

// Where each block's original text sits in a rendered essay page (a QTextDocument made
// from EssayHtml), character by character, so that a selection in the page becomes
// (block index, code point start, end) of the block's original text and an annotation
// becomes a span of the page.
//
// A paragraph belongs to a block when its user state names the block's original text
// (BlockAnchor::paragraphState, "bN"). The page shows the original text trimmed and with
// runs of white space collapsed to one space (HTML); the map aligns the two:
//   original "  Chips  and\u00a0power. "  →  page "Chips and\u00a0power."
//   page offset 6 ("and") → original UTF-16 offset 9.
// A paragraph whose text does not align with its block (a script-converted view) is
// left out: positions there map to nothing, and nothing there can be annotated.
class EssayPositionMap
{
public:
    EssayPositionMap() = default;
    EssayPositionMap(const QTextDocument &document, const Essay &essay);

    struct BlockSpan {
        int block = 0;
        int start = 0; // code points of the block's original text, [start, end)
        int end = 0;
    };
    // The part of a page selection that falls in one block: the block where the
    // selection starts (an annotation spans one block). nullopt outside mapped text.
    std::optional<BlockSpan> toBlockSpan(int pageStart, int pageEnd) const;
    // Page positions [start, end) of a code point span of a block; nullopt when the
    // block is not on the page.
    std::optional<std::pair<int, int>> toPage(const BlockSpan &span) const;
    // The block whose mapped paragraph contains the page position; -1 for none.
    int blockAt(int pagePosition) const;
    bool hasBlock(int block) const { return m_paragraphs.contains(block); }
    bool isEmpty() const { return m_paragraphs.isEmpty(); }

    // Aligns page text to original text: for each page character, the UTF-16 offset of
    // the original character it shows. Empty when they do not align.
    static QList<int> align(QStringView page, QStringView original);

private:
    struct Paragraph {
        int pagePosition = 0; // of the paragraph's first character
        int pageLength = 0;
        QList<int> toOriginal; // page offset in the paragraph → original UTF-16 offset
    };
    QHash<int, Paragraph> m_paragraphs; // by block index
    QHash<int, QString> m_texts;        // original text by block index
};

} // namespace duizhao
