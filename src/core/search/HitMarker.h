#pragma once

#include "QueryPlan.h"
#include "SearchTokenizer.h"

#include <QList>
#include <QPair>
#include <QString>

#include <string>
#include <vector>

namespace duizhao {

// Marks where a query's terms are in one block's text: the snippet a search lists (the
// match «like this», about kSnippetPositions tokens around it) and the exact spans, as
// code point ranges of the original text. It tokenizes the block as the index did, so
// a term matches here exactly where it matched there (folding, stems, bigrams), and the
// spans are those of the original text in its own script.
class HitMarker
{
public:
    static constexpr int kSnippetPositions = 24;

    // Only the positive terms of the plan are marked.
    HitMarker(const SearchTokenizer::Session &session, const QueryPlan &plan);

    struct Marked {
        QString snippet;
        QList<QPair<int, int>> highlights; // [start, end) in code points
    };
    Marked mark(const QString &text) const;

private:
    struct Term {
        std::vector<std::string> tokens;
        bool prefix = false;
    };

    const SearchTokenizer::Session &m_session;
    std::vector<Term> m_terms;
};

} // namespace duizhao
