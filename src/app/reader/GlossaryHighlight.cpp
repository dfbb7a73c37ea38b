#include "GlossaryHighlight.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace duizhao {

void GlossaryHighlight::setTerms(const QList<GlossaryTerm> &terms)
{
    m_terms = terms;
    m_matchers.clear();
    m_spans.clear();
    for (const GlossaryTerm &term : std::as_const(m_terms)) {
        Matcher matcher;
        const QString english = term.english.trimmed();
        if (!english.isEmpty()) {
            matcher.english =
                QRegularExpression(QString(u"\\b" + QRegularExpression::escape(english) + u"\\b"),
                                   QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption);
        }
        if (!term.chinese.trimmed().isEmpty()) {
            matcher.chinese.emplace(term.chinese.trimmed());
            if (matcher.chinese->isEmpty())
                matcher.chinese.reset();
        }
        m_matchers << std::move(matcher);
    }
}

void GlossaryHighlight::mark(const QTextDocument &document, const ParagraphIndex &paragraphs,
                             const Essay *essay)
{
    m_spans.clear();
    if (!essay || m_matchers.isEmpty())
        return;
    QList<Span> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const BlockAnchor anchor = paragraphs.anchorOf(block.blockNumber());
        if (!anchor.isValid() || anchor.blockIndex() < 0 ||
            anchor.blockIndex() >= essay->blocks.size())
            continue;
        const Language language = essay->blocks[anchor.blockIndex()].language;
        // A converted copy is Chinese; a block of no known language is tried both ways.
        const bool chinese =
            anchor.isConvertedCopy() || isChinese(language) || language == Language::Undetermined;
        const bool english = !anchor.isConvertedCopy() &&
                             (language == Language::English || language == Language::Undetermined);
        const QString text = block.text();
        const int at = block.position();
        for (qsizetype t = 0; t < m_matchers.size(); ++t) {
            const Matcher &matcher = m_matchers[t];
            if (english && matcher.english.isValid() && !matcher.english.pattern().isEmpty()) {
                for (auto it = matcher.english.globalMatch(text); it.hasNext();) {
                    const QRegularExpressionMatch match = it.next();
                    found.append(
                        {at + int(match.capturedStart()), at + int(match.capturedEnd()), t});
                }
            }
            if (chinese && matcher.chinese) {
                for (const TextSpan &span : matcher.chinese->spansIn(text))
                    found.append({at + int(span.begin), at + int(span.end), t});
            }
        }
    }
    // Page order, the longer of two that start together first; overlaps dropped.
    std::sort(found.begin(), found.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    for (const Span &span : std::as_const(found)) {
        if (m_spans.isEmpty() || span.start >= m_spans.constLast().end)
            m_spans << span;
    }
}

std::optional<GlossaryTerm> GlossaryHighlight::termAt(int position) const
{
    const auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), position,
                                     [](int p, const Span &span) { return p < span.start; });
    if (it == m_spans.cbegin())
        return std::nullopt;
    const Span &span = *std::prev(it);
    if (position >= span.end)
        return std::nullopt;
    return m_terms.value(span.term);
}

} // namespace duizhao
