#pragma once

#include "Block.h"

#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

// An essay as one plain text, the form QDA tools code: every block's original text, in
// block order, joined by "\n" (U+000A), with no newline after the last block. It is
// defined here once; the REFI-QDA export writes it and the import reads positions in it.
//
// Positions in it are Unicode code points, the first one 0, as REFI-QDA 1.5 §10.2 has
// them; a block's own positions (annotations, Anchor) are code points of the block, so
// a position in the plain text is the block's start plus the position in the block.
//   blocks "Ab", "𠀋c"  →  text "Ab\n𠀋c"; block 1 starts at 3; (1, 1) ↔ 4
class EssayPlainText
{
public:
    explicit EssayPlainText(const QList<Block> &blocks);
    // From a plain text (a QDA tool's source file): split at "\n" into blocks.
    explicit EssayPlainText(const QString &text);

    const QString &text() const { return m_text; }
    int blockCount() const { return int(m_starts.size()); }
    QString blockText(int block) const;
    // Code point where `block` starts.
    qint64 blockStart(int block) const { return m_starts.at(block); }
    qint64 blockLength(int block) const { return m_lengths.at(block); }

    // The plain-text position of a position in a block.
    qint64 toPlain(int block, int position) const { return blockStart(block) + position; }
    // The block holding a plain-text position and the position in it: the block it falls
    // in, the end of a block counting as that block's (so [start, end) of a selection
    // that ends a line maps into the line). nullopt beyond the text or for a negative
    // position.
    struct Place {
        int block = 0;
        int position = 0;
    };
    std::optional<Place> place(qint64 position) const;

private:
    void index(const QList<QString> &blocks);

    QString m_text;
    QList<qint64> m_starts;  // code points
    QList<qint64> m_lengths; // code points
    QList<qsizetype> m_utf16Starts;
};

} // namespace duizhao
