#include "PageFind.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace duizhao {

int PageFind::find(const QTextDocument &document, const QString &text)
{
    m_matches.clear();
    m_current = -1;
    if (text.trimmed().isEmpty()) {
        m_find.reset();
        return 0;
    }
    m_find.emplace(text);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (const TextSpan &span : m_find->spansIn(block.text()))
            m_matches.append(
                {block.position() + int(span.begin), block.position() + int(span.end)});
    }
    return matchCount();
}

int PageFind::firstMatchFrom(int position) const
{
    if (m_matches.isEmpty())
        return -1;
    const auto first =
        std::find_if(m_matches.cbegin(), m_matches.cend(),
                     [position](const QPair<int, int> &m) { return m.first >= position; });
    return first == m_matches.cend() ? 0 : int(first - m_matches.cbegin());
}

int PageFind::nextMatch() const
{
    return m_matches.isEmpty() ? -1 : (m_current + 1) % matchCount();
}

int PageFind::previousMatch() const
{
    return m_matches.isEmpty() ? -1 : (m_current - 1 + matchCount()) % matchCount();
}

} // namespace duizhao
