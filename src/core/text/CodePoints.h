#pragma once

#include <QString>
#include <QStringView>

namespace duizhao {

// Positions exchanged with the outside world (CLI, JSON, annotations) count Unicode
// code points; Qt counts UTF-16 code units. These are the only places the two meet.
//   codePointCount(u"a𠀋b") == 3, while QStringView(u"a𠀋b").size() == 4
//   utf16OffsetToCodePoint(u"a𠀋b", 3) == 2;  codePointToUtf16Offset(u"a𠀋b", 2) == 3
qsizetype codePointCount(QStringView text);
qsizetype utf16OffsetToCodePoint(QStringView text, qsizetype utf16Offset);
qsizetype codePointToUtf16Offset(QStringView text, qsizetype codePoint);

// Whitespace as scraped text has it: Unicode spaces (incl. U+00A0, U+3000) plus the
// zero-width characters (U+200B, U+FEFF) that web pages leave behind.
bool isScrapedSpace(QChar c);
QStringView trimmedScraped(QStringView text);

} // namespace duizhao
