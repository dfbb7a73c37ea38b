#pragma once

#include "Anchor.h"
#include "Block.h"

#include <QList>

#include <optional>

namespace duizhao {

// Finds an anchor again in an essay whose text changed (a re-import, a re-conversion,
// a corrected scrape). Strategies, first that succeeds:
//
//  1. exact: the quote is still at its block and position;
//  2. quote: the exact quote elsewhere; with several occurrences, the one whose prefix
//     and suffix agree most, then the one nearest the old block;
//  3. folded: the same after folding width, case and script (a traditional ↔ simplified
//     re-conversion: 晶片產業 still finds 晶片产业);
//  4. fuzzy: the substring with the smallest edit distance to the folded quote, at most
//     a fifth of the quote's length (one typo fixed, a word changed); quotes shorter
//     than eight characters are never matched fuzzily.
//
// Nothing found: nullopt, and the caller keeps the annotation as orphaned.
class Reanchorer
{
public:
    enum class Method { Exact, Quote, Folded, Fuzzy };
    struct Result {
        Anchor anchor;
        Method method;
    };

    static std::optional<Result> reanchor(const Anchor &anchor, const QList<Block> &blocks);
};

} // namespace duizhao
