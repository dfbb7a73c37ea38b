#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace duizhao {

class ChoiceDelegate;
class ClaimsModel;

// The claims of the whole library in one sortable, filterable table (a window of its
// own). Typing filters on every column; the verdict box keeps one verdict. Type,
// verdict, tags and note are edited in place (F2, or a click on a selected cell);
// double-clicking a row asks to open the essay at the claim.
class ClaimsView : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsView(QWidget *parent = nullptr);

    ClaimsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *verdictFilter() const { return m_verdict; }
    // Claim types offered when editing the type column.
    void setClaimTypes(const QStringList &types);
    // The annotations of the rows the filters let through, in the table's order.
    QList<qint64> listedAnnotationIds() const;

signals:
    void openRequested(qint64 essayId, qint64 annotationId);
    // "Export…": the claims listed now (listedAnnotationIds()).
    void exportRequested(const QList<qint64> &annotationIds);

private:
    void updateCount();

    ClaimsModel *m_model = nullptr;
    QSortFilterProxyModel *m_byVerdict = nullptr;
    QSortFilterProxyModel *m_byText = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_verdict = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    ChoiceDelegate *m_typeDelegate = nullptr;
};

} // namespace duizhao
