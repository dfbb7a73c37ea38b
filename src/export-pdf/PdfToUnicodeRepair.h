#pragma once

#include <QByteArray>
#include <QHash>

namespace duizhao {

// Qt's PDF engine writes, for every embedded font, a ToUnicode CMap that tells viewers
// which character each glyph is (for copy, search and pdftotext). It takes, for each
// glyph, the lowest BMP code point the font maps to it. CJK fonts such as Noto CJK draw
// the Kangxi radicals (U+2F00–) and CJK radical supplements (U+2E80–) with the very
// glyphs of the ordinary ideographs, and those code points are lower: a PDF of 晶片 then
// copies as 晶⽚ (U+2F5A), and searching it for 片 finds nothing.
//
// This rewrites such destinations in the CMaps' bfrange entries to the ideographs the
// text really used. Hex codes keep their width, so the file's byte offsets (the xref
// table) stay valid. Entries that map a run of glyphs to a run of code points are left
// alone: only single and array destinations are rewritten.
//   "<0010> <0010> <2F5A>"   with {0x2F5A → 0x7247}  →  "<0010> <0010> <7247>"
//   "<0001> <0002> [<2F12> <0041> ]"  →  "<0001> <0002> [<529B> <0041> ]"
namespace PdfToUnicodeRepair {

QByteArray repair(const QByteArray &pdf, const QHash<char16_t, char16_t> &replacements);

} // namespace PdfToUnicodeRepair
} // namespace duizhao
