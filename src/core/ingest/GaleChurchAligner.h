#pragma once

#include "Pair.h"

#include <QList>

namespace duizhao {

// Aligns the paragraphs of a text with the paragraphs of its translation by length,
// after Gale & Church (1993, "A program for aligning sentences in bilingual corpora"):
// dynamic programming over 1–1, 1–0, 0–1, 2–1, 1–2 and 2–2 beads, each scored by how
// far the two lengths stray from the expected ratio, plus a prior for the bead type.
//
// Lengths must be comparable across scripts: callers pass code point counts, and the
// aligner calibrates the English-per-Chinese ratio from the two totals (English runs
// at roughly three letters per Chinese character), so no language constant is baked in.
//
//   align({40, 433, 204}, {12, 123, 60}) → {0}–{0}, {1}–{1}, {2}–{2}
//   align({100, 100}, {60})              → {0, 1}–{0}
//
// Returned pairs use indexes into the two input lists, in order. Cost O(n·m) in time and
// memory, which is fine for essays (hundreds of paragraphs).
class GaleChurchAligner
{
public:
    static QList<Pair> align(const QList<int> &englishLengths, const QList<int> &chineseLengths);
};

} // namespace duizhao
