#pragma once

#include <QString>
#include <QStringView>

namespace duizhao {

// Where an annotation sits: a W3C-style text quote (exact + prefix + suffix) plus a
// text position, both in one block. Positions are Unicode code points of the block's
// original text, [start, end).
struct Anchor {
    static constexpr int kContextLength = 32; // code points of prefix and of suffix

    int block = 0;
    int start = 0;
    int end = 0;
    QString quote;
    QString prefix;
    QString suffix;

    // The anchor of a selection in a block. The selection is widened to whole
    // grapheme clusters (ICU) so it never splits a character from its combining marks
    // or a surrogate pair. Returns an empty quote for an empty or out-of-range selection.
    static Anchor fromSelection(QStringView blockText, int block, int start, int end);

    friend bool operator==(const Anchor &, const Anchor &) = default;
};

} // namespace duizhao
