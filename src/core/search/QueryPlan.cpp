#include "QueryPlan.h"

#include <QStringList>

namespace duizhao {

namespace {

bool isLeaf(const SearchQuery::Node &node)
{
    return node.type == SearchQuery::Node::Type::Term || node.type == SearchQuery::Node::Type::Prefix;
}

} // namespace

QueryPlan::QueryPlan(const SearchQuery &query)
    : m_root(query.root())
{
    collectPositive(m_root);
    m_positiveCount = int(m_leaves.size());
    for (const Node *excluded : m_excludedRoots)
        collectExcluded(*excluded);
}

// Visits the positive part in the order expression() writes it, so that leaf i is FTS5's
// phrase i.
void QueryPlan::collectPositive(const Node &node)
{
    if (isLeaf(node)) {
        m_leafOf.emplace(&node, int(m_leaves.size()));
        m_leaves.push_back({node.text, node.type == Node::Type::Prefix, false});
        return;
    }
    if (node.type == Node::Type::And && (node.children.size() > 1 || !node.excluded.empty()))
        m_needsBlocks = true;
    for (const Node &child : node.children)
        collectPositive(child);
    for (const Node &excluded : node.excluded)
        m_excludedRoots.push_back(&excluded);
}

// Every leaf under a NOT, whatever the structure there: their positions are looked up
// with one OR of them all, and the structure is applied per block by evaluate().
void QueryPlan::collectExcluded(const Node &node)
{
    if (isLeaf(node)) {
        m_leafOf.emplace(&node, int(m_leaves.size()));
        m_leaves.push_back({node.text, node.type == Node::Type::Prefix, true});
        return;
    }
    for (const Node &child : node.children)
        collectExcluded(child);
    for (const Node &excluded : node.excluded)
        collectExcluded(excluded);
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
    return u'(' + parts.join(node.type == Node::Type::Or ? QStringLiteral(" OR ") : QStringLiteral(" AND ")) + u')';
}

QString QueryPlan::positiveExpression(const QString &columns) const
{
    const QString positive = expression(m_root);
    return columns.isEmpty() ? positive : columns + QStringLiteral(" : (") + positive + u')';
}

QString QueryPlan::excludedExpression(const QString &columns) const
{
    QStringList phrases;
    for (const Leaf &leaf : m_leaves) {
        if (leaf.excluded)
            phrases << SearchQuery::fts5Phrase(leaf.text, leaf.prefix);
    }
    if (phrases.isEmpty())
        return {};
    const QString any = phrases.join(QStringLiteral(" OR "));
    return columns.isEmpty() ? any : columns + QStringLiteral(" : (") + any + u')';
}

bool QueryPlan::matches(const std::vector<char> &present) const
{
    return evaluate(m_root, present);
}

bool QueryPlan::evaluate(const Node &node, const std::vector<char> &present) const
{
    if (isLeaf(node)) {
        const int leaf = m_leafOf.at(&node);
        return size_t(leaf) < present.size() && present[size_t(leaf)];
    }
    if (node.type == Node::Type::Or) {
        for (const Node &child : node.children) {
            if (evaluate(child, present))
                return true;
        }
        return false;
    }
    for (const Node &child : node.children) {
        if (!evaluate(child, present))
            return false;
    }
    for (const Node &excluded : node.excluded) {
        if (evaluate(excluded, present))
            return false;
    }
    return true;
}

} // namespace duizhao
