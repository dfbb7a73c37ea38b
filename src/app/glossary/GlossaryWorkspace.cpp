#include "GlossaryWorkspace.h"

#include "ExportFile.h"
#include "GlossaryExport.h"
#include "Library.h"
#include "SearchFolder.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace duizhao {

namespace {

bool hasHan(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : char32_t(text.at(i).unicode());
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

// A page selection as one line: paragraph breaks and line separators become spaces.
QString selectionLine(const QString &selection)
{
    QString text = selection;
    text.replace(QChar::ParagraphSeparator, u' ').replace(QChar::LineSeparator, u' ');
    return text.simplified();
}

} // namespace

GlossaryWorkspace::GlossaryWorkspace(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Glossary"), window))
    , m_filter(new QLineEdit)
    , m_list(new QTreeWidget)
    , m_exportButton(new QToolButton)
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
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_exportButton);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    m_exportButton->setObjectName(QStringLiteral("glossaryExportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the glossary as CSV or TBX"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    QAction *csv = exportMenu->addAction(tr("As &CSV\u2026"), this,
                                         [this] { chooseExport(ExportFormat::Csv); });
    csv->setObjectName(QStringLiteral("glossaryExportCsv"));
    QAction *tbx = exportMenu->addAction(tr("As &TBX\u2026"), this,
                                         [this] { chooseExport(ExportFormat::Tbx); });
    tbx->setObjectName(QStringLiteral("glossaryExportTbx"));
    m_exportButton->setMenu(exportMenu);
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
    m_addAction->setToolTip(tr("Pair a selected phrase with its counterpart: select one "
                               "language's phrase, then the other's"));
    connect(m_addAction, &QAction::triggered, this,
            [this] { beginPair(m_page ? m_page->textCursor().selectedText() : QString()); });
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

void GlossaryWorkspace::setPage(QTextEdit *page)
{
    m_page = page;
    connect(page, &QTextEdit::selectionChanged, this, [this] {
        if (m_page && m_page->textCursor().hasSelection())
            offerSelection(m_page->textCursor().selectedText());
    });
}

QDialog *GlossaryWorkspace::pairDialog() const
{
    return m_pairDialog && m_pairDialog->isVisible() ? m_pairDialog : nullptr;
}

void GlossaryWorkspace::beginPair(const QString &selection)
{
    if (!m_library)
        return;
    if (!m_pairDialog) {
        // Not modal: the reader goes on selecting in the page while it is open.
        m_pairDialog = new QDialog(m_window);
        m_pairDialog->setObjectName(QStringLiteral("glossaryPairDialog"));
        m_pairDialog->setWindowTitle(tr("Add to Glossary"));
        m_pairEnglish = new QLineEdit;
        m_pairChinese = new QLineEdit;
        m_pairNote = new QLineEdit;
        m_pairEnglish->setObjectName(QStringLiteral("glossaryPairEnglish"));
        m_pairChinese->setObjectName(QStringLiteral("glossaryPairChinese"));
        m_pairNote->setObjectName(QStringLiteral("glossaryPairNote"));
        auto *hint = new QLabel(tr("Select the phrase in one column, then its counterpart in "
                                   "the other: each selection fills its language's field."));
        hint->setWordWrap(true);
        auto *form = new QFormLayout(m_pairDialog);
        form->addRow(hint);
        form->addRow(tr("&English:"), m_pairEnglish);
        form->addRow(tr("&Chinese:"), m_pairChinese);
        form->addRow(tr("&Note:"), m_pairNote);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->setObjectName(QStringLiteral("glossaryPairButtons"));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, m_pairDialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, m_pairDialog, &QDialog::reject);
        connect(m_pairDialog, &QDialog::accepted, this, [this] {
            if (storeTerm(m_pairEnglish->text(), m_pairChinese->text(), m_pairNote->text()) != 0)
                m_dock->show();
        });
    }
    m_pairEnglish->clear();
    m_pairChinese->clear();
    m_pairNote->clear();
    offerSelection(selection);
    m_pairDialog->show();
    m_pairDialog->raise();
}

void GlossaryWorkspace::offerSelection(const QString &selection)
{
    if (!m_pairDialog)
        return;
    const QString text = selectionLine(selection);
    if (text.isEmpty())
        return;
    (hasHan(text) ? m_pairChinese : m_pairEnglish)->setText(text);
}

QString GlossaryWorkspace::exportTo(const QString &path, ExportFormat format)
{
    if (!m_library)
        return tr("No library is open.");
    const QList<GlossaryTerm> terms = m_library->glossary().all();
    return ExportFile::save(path, format == ExportFormat::Csv ? GlossaryExport::csv(terms)
                                                              : GlossaryExport::tbx(terms));
}

void GlossaryWorkspace::chooseExport(ExportFormat format)
{
    if (!m_library)
        return;
    const bool csv = format == ExportFormat::Csv;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Glossary"),
        csv ? QStringLiteral("glossary.csv") : QStringLiteral("glossary.tbx"),
        csv ? tr("CSV (*.csv)") : tr("TBX term base (*.tbx)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, format);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Glossary"), error);
}

} // namespace duizhao
