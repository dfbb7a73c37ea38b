#include "GlossaryWorkspace.h"

#include "Library.h"
#include "SearchFolder.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace duizhao {

GlossaryWorkspace::GlossaryWorkspace(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Glossary"), window))
    , m_filter(new QLineEdit)
    , m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("glossaryWorkspace"));
    m_dock->setObjectName(QStringLiteral("glossaryDock"));
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setPlaceholderText(tr("Filter terms (English or Chinese, any script)"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("glossaryList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("English"), tr("Chinese"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    m_dock->setWidget(panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryWorkspace::applyFilter);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_list->itemAt(at);
        if (!item || !m_library)
            return;
        QMenu menu;
        menu.addAction(tr("Remove From Glossary"), this, [this, item] {
            m_library->glossary().remove(item->data(0, Qt::UserRole).toLongLong());
            refresh();
        });
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });

    m_addAction = new QAction(tr("Add to &Glossary\u2026"), this);
    m_addAction->setObjectName(QStringLiteral("addGlossaryTermAction"));
    connect(m_addAction, &QAction::triggered, this, [this] { addTerm({}, {}); });
}

void GlossaryWorkspace::setLibrary(Library *library)
{
    m_library = library;
    refresh();
}

void GlossaryWorkspace::refresh()
{
    m_terms = m_library ? m_library->glossary().all() : QList<GlossaryTerm>{};
    m_list->clear();
    for (const GlossaryTerm &term : std::as_const(m_terms)) {
        auto *item = new QTreeWidgetItem(m_list, {term.english, term.chinese, term.note});
        item->setData(0, Qt::UserRole, term.id);
    }
    applyFilter();
    emit termsChanged();
}

void GlossaryWorkspace::applyFilter()
{
    const SearchFolder &folder = SearchFolder::instance();
    const QString wanted = folder.foldedString(m_filter->text().trimmed(), {});
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString haystack = folder.foldedString(
            QString(item->text(0) + u'\n' + item->text(1) + u'\n' + item->text(2)), {});
        item->setHidden(!wanted.isEmpty() && !haystack.contains(wanted));
    }
}

qint64 GlossaryWorkspace::storeTerm(const QString &english, const QString &chinese,
                                    const QString &note)
{
    if (!m_library)
        return 0;
    try {
        const qint64 id = m_library->glossary().add(english, chinese, note);
        refresh();
        return id;
    } catch (const std::exception &error) {
        QMessageBox::warning(m_window, tr("Add to Glossary"), QString::fromUtf8(error.what()));
        return 0;
    }
}

bool GlossaryWorkspace::addTerm(const QString &chinese, const QString &english)
{
    if (!m_library)
        return false;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("glossaryTermDialog"));
    dialog.setWindowTitle(tr("Add to Glossary"));
    auto *englishEdit = new QLineEdit(english);
    auto *chineseEdit = new QLineEdit(chinese);
    auto *noteEdit = new QLineEdit;
    englishEdit->setObjectName(QStringLiteral("glossaryEnglish"));
    chineseEdit->setObjectName(QStringLiteral("glossaryChinese"));
    noteEdit->setObjectName(QStringLiteral("glossaryNote"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&English:"), englishEdit);
    form->addRow(tr("&Chinese:"), chineseEdit);
    form->addRow(tr("&Note:"), noteEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    (english.isEmpty() ? englishEdit : noteEdit)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (storeTerm(englishEdit->text(), chineseEdit->text(), noteEdit->text()) == 0)
        return false;
    m_dock->show();
    return true;
}

} // namespace duizhao
