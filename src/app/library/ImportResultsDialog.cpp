#include "ImportResultsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace duizhao {

namespace {

enum Column { StatusColumn, FileColumn, EssayColumn, DetailsColumn };
constexpr int kEssayIdRole = Qt::UserRole + 1;
constexpr int kProblemRole = Qt::UserRole + 2;

bool isProblem(const ImportResult &result)
{
    return result.status == ImportResult::Status::Failed ||
           result.status == ImportResult::Status::Skipped || !result.warnings.isEmpty();
}

QString statusLabel(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Imported:
        return ImportResultsDialog::tr("imported");
    case ImportResult::Status::Updated:
        return ImportResultsDialog::tr("updated");
    case ImportResult::Status::Unchanged:
        return ImportResultsDialog::tr("unchanged");
    case ImportResult::Status::Skipped:
        return ImportResultsDialog::tr("skipped");
    case ImportResult::Status::Failed:
        break;
    }
    return ImportResultsDialog::tr("failed");
}

QIcon statusIcon(ImportResult::Status status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case ImportResult::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ImportResult::Status::Skipped:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ImportResult::Status::Imported:
    case ImportResult::Status::Updated:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ImportResult::Status::Unchanged:
        break;
    }
    return {};
}

} // namespace

QString ImportResultsDialog::summary(const QList<ImportResult> &results)
{
    std::array<int, 5> counts{};
    for (const ImportResult &result : results)
        ++counts[size_t(result.status)];
    return tr("%1 imported, %2 updated, %3 unchanged, %4 failed, %5 skipped")
        .arg(QString::number(counts[size_t(ImportResult::Status::Imported)]),
             QString::number(counts[size_t(ImportResult::Status::Updated)]),
             QString::number(counts[size_t(ImportResult::Status::Unchanged)]),
             QString::number(counts[size_t(ImportResult::Status::Failed)]),
             QString::number(counts[size_t(ImportResult::Status::Skipped)]));
}

ImportResultsDialog::ImportResultsDialog(const QList<ImportResult> &results, const QString &error,
                                         bool cancelled, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importResultsDialog"));
    setWindowTitle(tr("Import Results"));
    resize(820, 420);

    QString text;
    if (!error.isEmpty())
        text = tr("The import could not run: %1").arg(error);
    else if (cancelled)
        text = tr("Import cancelled. Before it stopped: %1").arg(summary(results));
    else
        text = summary(results);
    m_summary = new QLabel(text, this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_problemsOnly = new QCheckBox(tr("Show only failed, skipped and warned files"), this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importResultList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Status"), tr("File"), tr("Essay"), tr("Details")});
    m_list->setSortingEnabled(false);

    // Common folder of the files, so the list shows short relative names.
    QString common;
    for (const ImportResult &result : results) {
        const QString folder = QFileInfo(result.path).absolutePath();
        if (common.isNull()) {
            common = folder;
            continue;
        }
        while (!common.isEmpty() && folder != common && !folder.startsWith(common + u'/'))
            common = QFileInfo(common).path() == common ? QString() : QFileInfo(common).path();
    }

    int problems = 0;
    for (const ImportResult &result : results) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(StatusColumn, statusLabel(result.status));
        item->setIcon(StatusColumn, statusIcon(result.status));
        QString shown = result.path;
        if (common.size() > 1 && shown.startsWith(common + u'/'))
            shown = shown.mid(common.size() + 1);
        item->setText(FileColumn, shown);
        item->setToolTip(FileColumn, QDir::toNativeSeparators(result.path));
        if (result.essayId > 0)
            item->setText(EssayColumn, QString::number(result.essayId));
        QStringList details;
        if (!result.error.isEmpty())
            details << result.error;
        for (const QString &warning : result.warnings)
            details << tr("warning: %1").arg(warning);
        item->setText(DetailsColumn, details.join(QStringLiteral("; ")));
        item->setToolTip(DetailsColumn, details.join(u'\n'));
        item->setData(StatusColumn, kEssayIdRole, result.essayId);
        item->setData(StatusColumn, kProblemRole, isProblem(result));
        if (isProblem(result))
            ++problems;
    }
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(EssayColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(FileColumn, 340);
    m_list->header()->setStretchLastSection(true);

    m_problemsOnly->setEnabled(problems > 0 && problems < results.size());
    connect(m_problemsOnly, &QCheckBox::toggled, this, &ImportResultsDialog::applyFilter);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(StatusColumn, kEssayIdRole).toLongLong();
        if (id > 0)
            emit essayActivated(id);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

void ImportResultsDialog::applyFilter()
{
    const bool problemsOnly = m_problemsOnly->isChecked();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(problemsOnly && !item->data(StatusColumn, kProblemRole).toBool());
    }
}

} // namespace duizhao
