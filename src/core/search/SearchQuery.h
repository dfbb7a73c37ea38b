#pragma once

#include "SearchFolder.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace duizhao {

// A user's search query, parsed once and then used two ways: as an FTS5 MATCH
// expression (every term quoted, so user text never reaches FTS5 or SQL as syntax) and
// as a predicate on a block's text for the stricter modes (--exact-vocabulary,
// --exact-script), which the index alone cannot decide because it folds everything.
//
// Syntax (what a demanding user of a search box expects):
//   chip export          both words (AND is implicit; AND may be written)
//   "Silicon Valley"     a phrase; “中文引号” work too
//   芯片 OR 晶片          either
//   -ads, NOT ads        exclude (a query needs at least one term that is not excluded)
//   semicond*            prefix
//   (a OR b) c           grouping
// Control characters (NUL included) separate terms like spaces; a lone surrogate reads
// as U+FFFD.
// Refused, with a one-line reason: an empty query, unbalanced quotes or parentheses, an
// operator without a term, a term with nothing searchable in it ("!!!"), more than
// kMaxLength characters.
class SearchQuery
{
public:
    static constexpr qsizetype kMaxLength = 1000;

    static std::optional<SearchQuery> parse(QStringView input, QString *error);

    QString toFts5() const;
    // One term as an FTS5 phrase: quoted (so its text is never syntax), " *" for a prefix.
    static QString fts5Phrase(const QString &text, bool prefix);
    // Does `text` satisfy the query under `options` (containment of folded terms)?
    bool matches(QStringView text, SearchFolder::Options options) const;

    struct Node;
    // The parsed query: leaves are Term and Prefix, operators And and Or.
    const Node &root() const { return m_root; }

    struct Node {
        enum class Type { Term, Prefix, And, Or };
        Type type = Type::Term;
        QString text;               // Term and Prefix
        std::vector<Node> children; // And (required) and Or (alternatives)
        std::vector<Node> excluded; // And only
    };

private:
    Node m_root;
};

} // namespace duizhao
