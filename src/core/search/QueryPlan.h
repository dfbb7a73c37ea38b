#pragma once

#include "SearchQuery.h"

#include <QString>

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

    // FTS5 MATCH expressions: the positive part as it is structured, and every excluded
    // leaf joined by OR (empty when nothing is excluded).
    QString positiveExpression() const;
    QString excludedExpression() const;

    // True when AND or NOT make the answer depend on which block holds which term.
    bool needsBlocks() const { return m_needsBlocks; }
    // True for terms joined by AND alone ("AI 芯片"): a block matches when it holds
    // every leaf, which a search can decide without evaluating the tree.
    bool isConjunction() const { return m_conjunction; }

    // Does a block holding exactly the leaves marked in `present` (indexed as leaves())
    // satisfy the query?
    bool matches(const std::vector<char> &present) const;

private:
    using Node = SearchQuery::Node;
    // The query as steps indexed by position, leaves by their number in leaves(): a
    // block is evaluated thousands of times per search.
    struct Step {
        Node::Type type = Node::Type::Term;
        int leaf = -1;
        std::vector<int> children;
        std::vector<int> excluded;
    };
    int build(const Node &node, bool excluded);
    QString expression(const Node &node) const;
    bool evaluate(int step, const std::vector<char> &present) const;

    const Node &m_root;
    std::vector<Leaf> m_leaves;
    std::vector<Step> m_steps;
    // NOT subtrees wait until every positive leaf has its number: (parent step, node).
    std::vector<std::pair<int, const Node *>> m_deferred;
    int m_rootStep = 0;
    int m_positiveCount = 0;
    bool m_needsBlocks = false;
    bool m_conjunction = false;
};

} // namespace duizhao
