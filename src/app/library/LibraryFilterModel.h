#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace duizhao {

// Sorts the library table (Chinese titles by pinyin, English alphabetically) and filters it by what
// the user types above it. Every whitespace-separated term must occur in the essay's title, author,
// outlet, date or file name, compared after LibraryModel::foldForFilter on both sides:
//   "美國 晶片" keeps an essay titled "美国芯片出口" by any author.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Text columns compare LibraryModel's collation keys (pinyin for Chinese), counts
    // as numbers.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_terms; // folded
};

} // namespace duizhao
