#include "QueryPlan.h"

#include <QStringList>

#include <algorithm>

namespace duizhao {

namespace {

bool isLeaf(const SearchQuery::Node &node)
{
    return node.type == SearchQuery::Node::Type::Term ||
           node.type == SearchQuery::Node::Type::Prefix;
}

} // namespace

QueryPlan::QueryPlan(const SearchQuery &query)
    : m_root(query.root())
{
    m_rootStep = build(m_root, false);
    m_positiveCount = int(m_leaves.size());
    m_conjunction = m_root.type == Node::Type::And && m_root.children.size() > 1 &&
                    m_root.excluded.empty() &&
                    std::all_of(m_root.children.begin(), m_root.children.end(), isLeaf);
    // Every leaf under a NOT comes after the positive ones, whatever the structure
    // there: their positions are looked up with one OR of them all (excludedExpression),
    // and the structure is applied per block by evaluate().
    for (size_t i = 0; i < m_deferred.size(); ++i) {
        const auto [parent, node] = m_deferred[i];
        const int step = build(*node, true);
        m_steps[size_t(parent)].excluded.push_back(step);
    }
}

// Positive leaves are numbered in the order expression() writes them, so that leaf i
// is FTS5's phrase i.
int QueryPlan::build(const Node &node, bool excluded)
{
    const int index = int(m_steps.size());
    m_steps.push_back({node.type, -1, {}, {}});
    if (isLeaf(node)) {
        m_steps.back().leaf = int(m_leaves.size());
        m_leaves.push_back({node.text, node.type == Node::Type::Prefix, excluded});
        return index;
    }
    if (!excluded && node.type == Node::Type::And &&
        (node.children.size() > 1 || !node.excluded.empty()))
        m_needsBlocks = true;
    for (const Node &child : node.children) {
        const int step = build(child, excluded);
        m_steps[size_t(index)].children.push_back(step);
    }
    for (const Node &notThis : node.excluded) {
        if (excluded) {
            const int step = build(notThis, true);
            m_steps[size_t(index)].excluded.push_back(step);
        } else {
            m_deferred.emplace_back(index, &notThis);
        }
    }
    return index;
}

QString QueryPlan::expression(const Node &node) const
{
    if (isLeaf(node))
        return SearchQuery::fts5Phrase(node.text, node.type == Node::Type::Prefix);
    QStringList parts;
    for (const Node &child : node.children)
        parts << expression(child);
    if (parts.size() == 1)
        return parts.front();
    return u'(' +
           parts.join(node.type == Node::Type::Or ? QStringLiteral(" OR ")
                                                  : QStringLiteral(" AND ")) +
           u')';
}

QString QueryPlan::positiveExpression() const
{
    return expression(m_root);
}

QString QueryPlan::excludedExpression() const
{
    QStringList phrases;
    for (const Leaf &leaf : m_leaves) {
        if (leaf.excluded)
            phrases << SearchQuery::fts5Phrase(leaf.text, leaf.prefix);
    }
    return phrases.join(QStringLiteral(" OR "));
}

bool QueryPlan::matches(const std::vector<char> &present) const
{
    return evaluate(m_rootStep, present);
}

bool QueryPlan::evaluate(int index, const std::vector<char> &present) const
{
    const Step &step = m_steps[size_t(index)];
    if (step.leaf >= 0)
        return size_t(step.leaf) < present.size() && present[size_t(step.leaf)];
    if (step.type == Node::Type::Or) {
        for (const int child : step.children) {
            if (evaluate(child, present))
                return true;
        }
        return false;
    }
    for (const int child : step.children) {
        if (!evaluate(child, present))
            return false;
    }
    for (const int notThis : step.excluded) {
        if (evaluate(notThis, present))
            return false;
    }
    return true;
}

} // namespace duizhao
