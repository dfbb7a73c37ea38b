#pragma once

#include <QString>

namespace duizhao {

// Where an annotation sits: a W3C-style text quote (exact + prefix + suffix) plus a
// text position, both in one block. Positions are Unicode code points of the block's
// original text, [start, end). Made from a selection by anchorFromSelection (text layer).
struct Anchor {
    static constexpr int kContextLength = 32; // code points of prefix and of suffix

    int block = 0;
    int start = 0;
    int end = 0;
    QString quote;
    QString prefix;
    QString suffix;

    friend bool operator==(const Anchor &, const Anchor &) = default;
};

} // namespace duizhao
