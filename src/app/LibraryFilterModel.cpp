#include "LibraryFilterModel.h"

#include "LibraryModel.h"

namespace duizhao {

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    setSortLocaleAware(true);
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
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent)
                            .data(LibraryModel::FilterRole)
                            .toString();
    for (const QString &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
}

} // namespace duizhao
