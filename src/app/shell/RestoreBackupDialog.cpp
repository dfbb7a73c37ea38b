#include "RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duizhao {

namespace {

QString kindLabel(const BackupInfo &backup)
{
    switch (backup.kind) {
    case BackupInfo::Kind::Daily:
        return RestoreBackupDialog::tr("Daily");
    case BackupInfo::Kind::Manual:
        return RestoreBackupDialog::tr("By hand");
    case BackupInfo::Kind::Upgrade:
        return RestoreBackupDialog::tr("Before upgrade (schema %1)").arg(backup.schemaVersion);
    }
    return {};
}

QString countText(qint64 count)
{
    return count < 0 ? RestoreBackupDialog::tr("unreadable") : QLocale().toString(count);
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    const LibraryBackups backups(libraryPath);
    try {
        m_backups = backups.list();
    } catch (const std::exception &) {
        m_backups.clear(); // an unreadable folder lists as empty; the label says where
    }

    auto *intro =
        new QLabel(tr("Choose a backup of %1. The library as it is now is kept beside it as "
                      "\u201c%2.before-restore-\u2026\u201d, so restoring loses nothing.")
                       .arg(QFileInfo(libraryPath).fileName(), QFileInfo(libraryPath).fileName()),
                   this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Made"), tr("Why"), tr("Essays"), tr("Annotations"), tr("File")});
    for (const BackupInfo &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(backup.created, QLocale::ShortFormat));
        item->setText(1, kindLabel(backup));
        item->setText(2, countText(backup.essays));
        item->setText(3, countText(backup.annotations));
        item->setText(4, QFileInfo(backup.file).fileName());
        item->setToolTip(4, QDir::toNativeSeparators(backup.file));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < 4; ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 16); // room between
    }

    m_folder = new QLabel(
        m_backups.isEmpty()
            ? tr("No backups yet in %1. One is made on the first start of each day.")
                  .arg(QDir::toNativeSeparators(backups.folder()))
            : tr("Backups are kept in %1: the last 7 days and the last 4 weeks, and every "
                 "backup made by hand or before an upgrade.")
                  .arg(QDir::toNativeSeparators(backups.folder())),
        this);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_folder);
    layout->addWidget(buttons);
    resize(760, 420);
    if (!m_backups.isEmpty())
        choose(0);
}

QString RestoreBackupDialog::chosenFile() const
{
    const int row = m_list->currentIndex().row();
    return row >= 0 && row < m_backups.size() ? m_backups[row].file : QString();
}

void RestoreBackupDialog::choose(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

} // namespace duizhao
