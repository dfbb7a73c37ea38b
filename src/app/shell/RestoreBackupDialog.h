#pragma once

#include "LibraryBackups.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace duizhao {

// File → Restore from Backup…: the backups of the open library (LibraryBackups), newest
// first, with when each was made, why (daily, by hand, before an upgrade) and how many
// essays and annotations it holds. Accepting asks the window to restore the chosen one;
// no question first, because nothing is lost: the library as it is is set aside beside
// it (<library>.before-restore-<time>).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &libraryPath, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    // The backup chosen; empty when none is.
    QString chosenFile() const;
    void choose(int row);

private:
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace duizhao
