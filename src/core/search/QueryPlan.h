#pragma once

#include "SearchQuery.h"

#include <QString>

#include <unordered_map>
#include <vector>

namespace duizhao {

// How a SearchQuery runs against the per-essay index (EssayIndex): which phrases FTS5
// looks up, and how their presence in one block decides whether the block matches.
//
// A query means "a block that satisfies it" (AND and NOT hold within one block, as the
// user sees a paragraph), but the index holds essays. So FTS5 answers the positive part
// (every term that is not excluded: a superset of the essays), and the positions of the
// matches, mapped to blocks, decide the rest. A query of terms joined only by OR needs
// no positions at all: a block holds one of them exactly when its essay does.
class QueryPlan
{
public:
    struct Leaf {
        QString text;
        bool prefix = false;
        bool excluded = false; // under a NOT
    };

    explicit QueryPlan(const SearchQuery &query);

    // Positive leaves first, in the order of their phrases in positiveExpression();
    // excluded leaves after them, in the order of excludedExpression().
    const std::vector<Leaf> &leaves() const { return m_leaves; }
    int positiveCount() const { return m_positiveCount; }

    // FTS5 MATCH expressions; `columns` (e.g. "{title heading body}") restricts them.
    QString positiveExpression(const QString &columns) const;
    // Empty when nothing is excluded.
    QString excludedExpression(const QString &columns) const;

    // True when AND or NOT make the answer depend on which block holds which term.
    bool needsBlocks() const { return m_needsBlocks; }

    // Does a block holding exactly the leaves marked in `present` (indexed as leaves())
    // satisfy the query?
    bool matches(const std::vector<char> &present) const;

private:
    using Node = SearchQuery::Node;
    void collectPositive(const Node &node);
    void collectExcluded(const Node &node);
    QString expression(const Node &node) const;
    bool evaluate(const Node &node, const std::vector<char> &present) const;

    const Node &m_root;
    std::vector<Leaf> m_leaves;
    std::unordered_map<const Node *, int> m_leafOf; // Term and Prefix nodes → leaves()
    std::vector<const Node *> m_excludedRoots;
    int m_positiveCount = 0;
    bool m_needsBlocks = false;
};

} // namespace duizhao
