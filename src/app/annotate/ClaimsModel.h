#pragma once

#include "Annotation.h"

#include <QAbstractTableModel>
#include <QList>

namespace duizhao {

class Library;

// Every claim in the library as a table: essay, quote, counterpart (the other
// language's text), type, verdict, tags, note. Type, verdict, tags and note are
// editable in place: setData does not write, it emits changeRequested with the changed
// annotation, and the owner writes it through an undoable command and reloads.
class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Essay, Quote, Counterpart, Type, Verdict, Tags, Note, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        EssayIdRole,
    };

    struct Row {
        Annotation annotation;
        QString essayTitle;
        QString counterpart;
    };

    explicit ClaimsModel(QObject *parent = nullptr);

    // The library's claims, in library order (essay, then text order).
    static QList<Row> rowsFrom(Library &library);
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    int rowOfAnnotation(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void changeRequested(const duizhao::Annotation &changed);

private:
    QList<Row> m_rows;
};

} // namespace duizhao
