#pragma once

#include "Essay.h"
#include "FoldedFind.h"
#include "GlossaryRepository.h"
#include "ParagraphIndex.h"

#include <QList>
#include <QRegularExpression>

#include <optional>

class QTextDocument;

namespace duizhao {

// Where the glossary's terms stand on the page: each term's English form in English
// paragraphs (case-insensitive, whole words), its Chinese form in Chinese ones (folded as
// search folds, so 晶片 marks a 芯片 term, in either script), in both columns. Apart from
// the view so that what is marked can be checked on a document alone; the view draws the
// spans (ExtraSelections) and shows a span's term as a tooltip.
class GlossaryHighlight
{
public:
    struct Span {
        int start = 0; // document positions [start, end)
        int end = 0;
        qsizetype term = 0; // index into terms()
    };

    void setTerms(const QList<GlossaryTerm> &terms);
    const QList<GlossaryTerm> &terms() const { return m_terms; }
    // Marks the page's block paragraphs (`essay` gives each block's language); none when
    // `essay` is null. Spans do not overlap, in page order.
    void mark(const QTextDocument &document, const ParagraphIndex &paragraphs, const Essay *essay);
    void clear() { m_spans.clear(); }
    const QList<Span> &spans() const { return m_spans; }
    // The term marked at a document position, if any.
    std::optional<GlossaryTerm> termAt(int position) const;

private:
    struct Matcher {
        QRegularExpression english;
        std::optional<FoldedFind> chinese;
    };
    QList<GlossaryTerm> m_terms;
    QList<Matcher> m_matchers;
    QList<Span> m_spans;
};

} // namespace duizhao
