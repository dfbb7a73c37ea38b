#pragma once

#include "Block.h"
#include "Pair.h"

#include <QList>

namespace duizhao {

// Pairs the English and Chinese blocks of an interleaved bilingual essay, where each
// paragraph line is followed by its translation (or, less often, preceded by it).
//
// An essay is bilingual when it has at least two text blocks in each language and the
// smaller side is at least 30% of the larger. Text blocks are titles, headings and
// paragraphs; everything else (bylines and dates, ads, images, captions, duplicates,
// page chrome) is skipped over, never pairs and never breaks the pairing that follows it.
//
// Pairs are 1–1: a leading-language block with the next text block when that is in
// the other language; paragraphs pair with paragraphs, and titles and headings with
// titles and headings (a title's translation is a heading, "Short EN/ZH header lines
// pair as headings"). A trailing-language
// paragraph with no leading counterpart before it is an untranslated line; when it is
// short (≤ 120 code points) it is an image caption, and its kind becomes Caption.
class Pairer
{
public:
    static QList<Pair> pair(QList<Block> &blocks);
};

} // namespace duizhao
