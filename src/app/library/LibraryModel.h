#pragma once

#include "Essay.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace duizhao {

// The library as a table: one row per essay summary (Library::essayListing()), in
// library order. The model holds plain records; it never opens the library itself, so
// the window decides when to re-read and tests can feed it records directly.
//
// What only sorting and filtering need (collation keys, folded text) is made for a row
// the first time it is asked for, not when the records arrive: a library opens unsorted
// and unfiltered, and at 10,000 essays those keys were a third of the window's start.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Author,
        Outlet,
        Languages,
        Script,
        Date,
        Blocks,
        Pairs,
        Annotations,
        ColumnCount
    };

    enum Role {
        EssayIdRole = Qt::UserRole + 1, // qint64
        SortRole,                       // numbers for counts, Collation::sortKey of text
                                        // (Chinese by pinyin, English alphabetically)
        FilterRole,                     // folded title, author, outlet, file (see foldForFilter)
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setEssays(QList<EssaySummary> essays);
    const QList<EssaySummary> &essays() const { return m_essays; }
    // The summary row of an essay; -1 when it is not in the library.
    int rowOfEssay(qint64 id) const;
    qint64 essayIdAt(int row) const;
    // The Notes column of one essay, after the reader added or removed an annotation;
    // false when the essay is not listed.
    bool setAnnotationCount(qint64 id, int count);

    // Folds text the way the library filter compares it: case, width, script and
    // regional vocabulary, so "晶片" finds "芯片" and "美國" finds "美国".
    static QString foldForFilter(QStringView text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const EssaySummary &essay, int column) const;
    QString toolTip(const EssaySummary &essay) const;

    const QString &filterKey(int row) const;
    const QByteArray &sortKey(int row, int column) const;

    QList<EssaySummary> m_essays;
    // Made on first use, then kept until the next setEssays: folded once per refresh,
    // not per keystroke; a null string / an empty array for not made yet.
    mutable QStringList m_filterKeys;
    mutable QList<bool> m_filterKeyMade;
    // Collation keys of the text columns, per row.
    mutable QList<std::array<QByteArray, ColumnCount>> m_sortKeys;
    mutable QList<bool> m_sortKeysMade;
};

} // namespace duizhao
