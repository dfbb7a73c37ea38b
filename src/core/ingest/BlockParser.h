#pragma once

#include "Block.h"

#include <QList>
#include <QStringView>

namespace duizhao {

class LanguageDetector;

// The blocks of one essay, with the script the essay's Chinese is mostly in.
struct ParsedBlocks {
    QList<Block> blocks;
    Language dominantChinese = Language::Undetermined;
};

// Splits decoded text into blocks and says what each one is.
//
// One non-blank line is one block (LF, CRLF and CR all end a line); blank lines only
// serve as context. Block text is the line exactly as decoded, untrimmed.
//
// Kinds, in the order they are decided:
//  - footer:     the end marker ("/// END ///") and everything after it; submission,
//                whitelist and related-article lines anywhere
//  - image, ad, disclaimer: ResidueRules on the line alone
//  - reference:  a "参考信息:" / "References" header and the list lines after it, up to
//                the first long line or the next residue
//  - byline:     "【文/观察者网专栏作者 刘典】", "作者 米磊", "By Jane Doe"
//  - duplicate:  a lede blob: a line that repeats two or more of the lines that follow
//                it, joined (scrapers paste the summary and the body)
//  - caption:    a line repeated with a photo credit appended: both lines
//  - title:      the first line when it reads like a title (short, one sentence at most,
//                no closing 。), plus its translation when the next line is one
//  - heading:    numbered section lines ("一、…", "· …"), short lines standing between
//                blank lines, and short unpunctuated lines between two paragraphs
//  - paragraph:  everything else
// Language per block comes from LanguageDetector (en / zh-Hans / zh-Hant / und).
class BlockParser
{
public:
    explicit BlockParser(const LanguageDetector &detector);

    ParsedBlocks parse(QStringView text) const;

private:
    const LanguageDetector &m_detector;
};

} // namespace duizhao
