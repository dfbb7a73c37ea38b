#pragma once

#include "SearchFolder.h"

#include <QList>
#include <QStringView>

namespace duizhao {

// [begin, end) in UTF-16 code units of the text searched.
struct TextSpan {
    qsizetype begin = 0;
    qsizetype end = 0;
    bool operator==(const TextSpan &) const = default;
};

// Find-in-page with the folding search uses (SearchFolder): case, width, script and
// regional vocabulary do not matter, and the spans point at the original text, so the
// match can be highlighted where it stands:
//   findFolded(u"美國的晶片", u"芯片")  → {[3, 5)}   (晶片 folds to 芯片)
//   findFolded(u"ＡＩ and ai", u"Ai")  → {[0, 2), [7, 9)}
// Matches do not overlap; a needle that folds to nothing matches nothing.
class FoldedFind
{
public:
    explicit FoldedFind(QStringView needle, SearchFolder::Options options = {});

    bool isEmpty() const { return m_needle.empty(); }
    QList<TextSpan> spansIn(QStringView text) const;

private:
    SearchFolder::Options m_options;
    std::u32string m_needle;
};

} // namespace duizhao
