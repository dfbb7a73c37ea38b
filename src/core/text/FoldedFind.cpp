#include "FoldedFind.h"

#include <algorithm>
#include <vector>

namespace duizhao {

FoldedFind::FoldedFind(QStringView needle, SearchFolder::Options options)
    : m_options(options)
{
    std::vector<FoldedChar> folded;
    SearchFolder::instance().fold(needle, options, folded);
    m_needle.reserve(folded.size());
    for (const FoldedChar &c : folded)
        m_needle.push_back(c.codePoint);
    // Vocabulary folding can turn one phrase into several characters that all point at
    // the same original span; the needle keeps them all, as the text's folding does.
}

QList<TextSpan> FoldedFind::spansIn(QStringView text) const
{
    QList<TextSpan> spans;
    if (m_needle.empty() || text.isEmpty())
        return spans;
    std::vector<FoldedChar> folded;
    folded.reserve(size_t(text.size()));
    SearchFolder::instance().fold(text, m_options, folded);
    std::u32string haystack;
    haystack.reserve(folded.size());
    for (const FoldedChar &c : folded)
        haystack.push_back(c.codePoint);

    size_t from = 0;
    while (from + m_needle.size() <= haystack.size()) {
        const size_t at = haystack.find(m_needle, from);
        if (at == std::u32string::npos)
            break;
        const FoldedChar &first = folded[at];
        const FoldedChar &last = folded[at + m_needle.size() - 1];
        spans.append({first.begin, std::max(first.end, last.end)});
        from = at + m_needle.size();
    }
    return spans;
}

} // namespace duizhao
