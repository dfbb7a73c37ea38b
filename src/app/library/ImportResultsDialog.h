#pragma once

#include "ImportResult.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace duizhao {

// What an import did, file by file: imported, updated, unchanged, failed (with the
// reason) or skipped. Problems first is one click away; double-clicking a file that is
// in the library opens its essay.
class ImportResultsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportResultsDialog(const QList<ImportResult> &results, const QString &error, bool cancelled,
                        QWidget *parent = nullptr);

    // "3 imported, 1 updated, 0 unchanged, 1 failed, 2 skipped"
    static QString summary(const QList<ImportResult> &results);

signals:
    void essayActivated(qint64 essayId);

private:
    void applyFilter();

    QLabel *m_summary = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace duizhao
