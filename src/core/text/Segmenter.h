#pragma once

#include <QList>
#include <QStringView>

namespace duizhao {

// ICU break iterators over Qt strings: word and sentence boundaries for Chinese and
// English alike (ICU's dictionary-based breaker segments Chinese into words).
//   words(u"美国限制芯片出口")   → 美国 | 限制 | 芯片 | 出口
//   sentences(u"第一句。第二句!") → 第一句。 | 第二句!
// Ranges are [start, end) in UTF-16 units of the input; words skip spaces and
// punctuation. Used where meaning matters more than speed (derived titles, selection
// snapping); the search index uses bigrams instead (see docs/normalisation.md).
class Segmenter
{
public:
    struct Range {
        qsizetype start;
        qsizetype end;
        friend bool operator==(const Range &, const Range &) = default;
    };

    static QList<Range> words(QStringView text);
    // `english` uses ICU's English rules with abbreviation suppression, so
    // "The U.S. Commerce Department said…" is one sentence.
    static QList<Range> sentences(QStringView text, bool english = false);
};

} // namespace duizhao
