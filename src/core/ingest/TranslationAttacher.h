#pragma once

#include "ParsedEssay.h"

#include <QList>

namespace duizhao {

// Joins a one-language essay and a separate file with its translation into one
// bilingual essay: the translation's blocks follow the original's (their indexes go
// on from the original's last one; their `line` stays the line in the translation's
// own file), and the text blocks of the two languages are aligned by length with
// GaleChurchAligner. Residue, images and captions of either file stay unpaired.
//
//   original: 0 "标题" 1 "第一段……" 2 "第二段……"  (zh-Hans, 3 blocks)
//   translation: "Title" "First paragraph…" "Second paragraph…"
//   → blocks 0–5, pairs {3}–{0}, {4}–{1}, {5}–{2}, languages en + zh-Hans
namespace TranslationAttacher {

// Throws std::invalid_argument when the original is already bilingual, or when the two
// files are not one English and one Chinese text.
ParsedEssay attach(const ParsedEssay &original, const ParsedEssay &translation);

// The alignment of a joined essay whose attached blocks start at `firstAttached`
// (again after a block was re-classified).
QList<Pair> align(const QList<Block> &blocks, int firstAttached);

// Blocks that take part in the alignment: title, heading and paragraph.
bool isAligned(const Block &block);

} // namespace TranslationAttacher
} // namespace duizhao
