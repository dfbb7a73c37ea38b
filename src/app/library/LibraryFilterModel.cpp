#include "LibraryFilterModel.h"

#include "LibraryModel.h"

namespace duizhao {

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    setDynamicSortFilter(true);
}

void LibraryFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms.clear();
    // simplified() also turns the ideographic space U+3000 into a separator.
    for (const QString &term : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QString folded = LibraryModel::foldForFilter(term);
        if (!folded.isEmpty())
            m_terms << folded;
    }
    invalidateRowsFilter();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString key =
        sourceModel()->index(sourceRow, 0, sourceParent).data(LibraryModel::FilterRole).toString();
    for (const QString &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
}

bool LibraryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QByteArray && b.typeId() == QMetaType::QByteArray) {
        const QByteArray keyA = a.toByteArray();
        const QByteArray keyB = b.toByteArray();
        if (keyA != keyB)
            return keyA < keyB;
        // Equal keys: keep the library's order, so the sort is stable across refreshes.
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace duizhao
