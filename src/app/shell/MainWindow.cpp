#include "MainWindow.h"

#include "CorrectionEdit.h"
#include "PreferencesDialog.h"
#include "ReadingPositions.h"
#include "RuleEdit.h"
#include "ShortcutsDialog.h"
#include "StructureTeacher.h"
#include "TranslationFile.h"
#include "UserMessages.h"
#include "WindowLayout.h"
#include "library/StructureRuleDialog.h"
#include "library/StructureRulesDialog.h"
#include "reader/BlockKindLabel.h"
#include "shell/LibraryCommand.h"
#include "shell/RestoreBackupDialog.h"

#include "DatabaseError.h"
#include "Dictionary.h"
#include "Library.h"
#include "annotate/AnnotationWorkspace.h"
#include "annotate/ClaimsView.h"
#include "export/ExportDialog.h"
#include "glossary/GlossaryWorkspace.h"
#include "library/ImportJob.h"
#include "library/ImportResultsDialog.h"
#include "library/LibraryFilterModel.h"
#include "library/LibraryModel.h"
#include "library/MetadataDialog.h"
#include "reader/EssayHtml.h"
#include "reader/EssayView.h"
#include "reader/PinyinLayer.h"
#include "reader/WordLookup.h"
#include "search/ConcordancePanel.h"
#include "search/SearchPanel.h"
#include "stats/StatisticsWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace duizhao {

namespace {

// Opens the library at `path` into `library` (migrating a library from an older
// Duizhao); returns why it cannot be opened, empty when it is open.
QString openLibraryFile(const QString &path, std::unique_ptr<Library> &library,
                        const DatabaseOptions &options = {})
{
    try {
        library = std::make_unique<Library>(path, options);
    } catch (const DatabaseError &failure) {
        return UserMessages::describe(failure);
    } catch (const std::exception &failure) {
        return QString::fromLocal8Bit(failure.what());
    }
    return {};
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kHeaderKey = QStringLiteral("mainWindow/libraryHeader");
const QString kRawViewKey = QStringLiteral("reader/rawView");
const QString kGlossaryHighlightKey = QStringLiteral("reader/highlightGlossary");
const QString kLeftScriptKey = QStringLiteral("reader/leftScript");
const QString kRightScriptKey = QStringLiteral("reader/rightScript"); // "auto" or a view name
const QString kRightPaneKey = QStringLiteral("reader/rightPane");
const QString kPointSizeKey = QStringLiteral("reader/pointSize");
const QString kLastLibraryKey = QStringLiteral("reader/library");
const QString kLastEssayKey = QStringLiteral("reader/essay");
const QString kImportFolderKey = QStringLiteral("import/lastFolder");
// Automatic backups (docs/reliability.md): on by default, 7 daily and 4 weekly kept.
const QString kAutoBackupKey = QStringLiteral("backups/automatic");
const QString kKeepDailyKey = QStringLiteral("backups/keepDaily");
const QString kKeepWeeklyKey = QStringLiteral("backups/keepWeekly");

QString importFolder()
{
    const QString folder = QSettings().value(kImportFolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Duizhao"));
    setAcceptDrops(true);

    m_model = new LibraryModel(this);
    m_proxy = new LibraryFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, author, outlet or file, in any script"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Every word must match. Script and regional spelling do not matter: "
                            "\u6676\u7247 finds \u82af\u7247, \u7f8e\u570b finds \u7f8e\u56fd."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("libraryView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // A long title keeps its start and its end ("Chips … Controls"); the tooltip has it whole.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(36);
    header->resizeSection(LibraryModel::Author, 60);
    header->resizeSection(LibraryModel::Outlet, 70);
    header->resizeSection(LibraryModel::Languages, 80);
    header->resizeSection(LibraryModel::Script, 58);
    header->resizeSection(LibraryModel::Date, 74);
    header->resizeSection(LibraryModel::Blocks, 50);
    header->resizeSection(LibraryModel::Pairs, 44);
    header->resizeSection(LibraryModel::Annotations, 44);
    // Title, author and notes show at first; the rest are one right-click away (the
    // header's menu shows and hides columns): the title keeps room next to the reader.
    for (const int column : {LibraryModel::Outlet, LibraryModel::Languages, LibraryModel::Script,
                             LibraryModel::Date, LibraryModel::Blocks, LibraryModel::Pairs})
        header->hideSection(column);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint at) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int column = 1; column < LibraryModel::ColumnCount; ++column) {
            QAction *action =
                menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu->popup(header->viewport()->mapToGlobal(at));
    });
    // No sort column until the user picks one: the library's own order (import order).
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 0);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);

    m_essayView = new EssayView(this);
    m_essayView->setObjectName(QStringLiteral("essayView"));
    m_wordLookup = new WordLookup(m_essayView);
    m_pinyin = new PinyinLayer(m_essayView);
    m_glossary = new GlossaryWorkspace(this);
    connect(m_wordLookup, &WordLookup::addToGlossaryRequested, m_glossary,
            &GlossaryWorkspace::addTerm);
    // A pair from two selections (Edit and the page's context menu); the terms marked on
    // every page.
    m_glossary->setPage(m_essayView->browser());
    connect(m_essayView, &EssayView::contextMenuAboutToShow, this, [this](QMenu *menu) {
        menu->addSeparator();
        menu->addAction(m_glossary->addTermAction());
    });
    connect(m_glossary, &GlossaryWorkspace::termsChanged, this, [this] {
        m_essayView->setGlossaryTerms(m_glossary->terms());
        if (m_searchPanel)
            m_searchPanel->setGlossaryTerms(m_glossary->terms());
    });
    connect(m_essayView->glossaryHighlightAction(), &QAction::toggled, this,
            [](bool on) { QSettings().setValue(kGlossaryHighlightKey, on); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_essayView);
    // The library pane can be dragged shut (or View → Library Pane); the reading pane
    // cannot. A wider window widens the reading pane only.
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setToolTip(tr("The library is open for reading only: search and export "
                                   "work; changes are refused."));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    createActions();
    createSearchDock();
    createMenus();
    createAnnotationUi();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        m_table->setFocus();
    });
    connect(m_essayView, &EssayView::blockKindChangeRequested, this, &MainWindow::setBlockKind);
    connect(m_essayView, &EssayView::structureRuleRequested, this,
            &MainWindow::chooseStructureRule);
    connect(m_essayView, &EssayView::alignmentChangeRequested, this,
            [this](qint64 id, const QList<Pair> &pairs) { setAlignment(id, pairs); });
    connect(m_essayView, &EssayView::alignmentResetRequested, this,
            [this](qint64 id) { setAlignment(id, std::nullopt); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEssayAt(current); });

    // Polling data_version costs one read of a counter SQLite keeps in memory.
    auto *changeTimer = new QTimer(this);
    connect(changeTimer, &QTimer::timeout, this, &MainWindow::refreshIfChangedOutside);
    changeTimer->start(2000);

    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_libraryPaneAction);
        m_libraryPaneAction->setChecked(isLibraryPaneShown());
    });
    // The Notes column follows the reader's own edits at once (an import or another
    // program's write is seen through data_version, refreshIfChangedOutside).
    connect(m_annotations, &AnnotationWorkspace::annotationsChanged, this, [this](qint64 essayId) {
        if (!m_library)
            return;
        try {
            if (essayId > 0) {
                m_model->setAnnotationCount(essayId,
                                            int(m_library->annotations().ofEssay(essayId).size()));
            } else {
                for (const EssaySummary &essay : m_library->essays().listing())
                    m_model->setAnnotationCount(essay.id, essay.annotationCount);
            }
        } catch (const DatabaseError &) {
            // The next refresh reads the counts again.
        }
    });

    applyDefaultLayout();
    m_table->setFocus(); // arrow keys walk the library from the start
    updateImportActions();
    updateStatus();
}

void MainWindow::updateImportActions()
{
    const bool writable = m_library != nullptr && !m_library->isReadOnly();
    const bool canImport = writable && m_importJob == nullptr;
    m_importFilesAction->setEnabled(canImport);
    m_importFolderAction->setEnabled(canImport);
    m_exportAction->setEnabled(m_library != nullptr);
    m_restoreAction->setEnabled(!m_libraryPath.isEmpty() && m_importJob == nullptr &&
                                !m_readOnlyRequested && !Database::isWritePrevented(m_libraryPath));
    m_structureRulesAction->setEnabled(m_library != nullptr);
    m_readOnlyLabel->setVisible(m_library && m_library->isReadOnly());
}

MainWindow::~MainWindow()
{
    m_annotations->setLibrary(nullptr); // the library goes before the workspace does
    m_glossary->setLibrary(nullptr);
    // The job's destructor cancels and waits for the file being written.
    delete m_importJob;
    m_importJob = nullptr;
}

void MainWindow::createActions()
{
    QStyle *style = this->style();
    m_importFilesAction =
        new QAction(style->standardIcon(QStyle::SP_FileIcon), tr("Import &Files\u2026"), this);
    m_importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importFilesAction->setShortcut(QKeySequence::Open);
    m_importFilesAction->setStatusTip(tr("Import essay files into the library"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);

    m_importFolderAction =
        new QAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("Import F&older\u2026"), this);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importFolderAction->setStatusTip(tr("Import every text file in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolderToImport);

    m_exportAction = new QAction(tr("&Export Notes\u2026"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportAction->setStatusTip(
        tr("Write annotated notes as Markdown, HTML, PDF, CSV or W3C Web Annotation JSON"));
    connect(m_exportAction, &QAction::triggered, this, [this] { openExportDialog(); });
    m_openLibraryAction = new QAction(tr("Open &Library\u2026"), this);
    m_openLibraryAction->setObjectName(QStringLiteral("openLibraryAction"));
    m_openLibraryAction->setStatusTip(
        tr("Open another library file, or name a new one to create it"));
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::chooseLibrary);

    m_restoreAction = new QAction(tr("&Restore from Backup\u2026"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(
        tr("Replace the library with one of its backups; the library as it is is kept"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::showRestoreDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_editMetadataAction = new QAction(tr("Essay &Metadata\u2026"), this);
    m_editMetadataAction->setObjectName(QStringLiteral("editMetadataAction"));
    m_editMetadataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_editMetadataAction->setStatusTip(
        tr("Correct the title, author, outlet, date or URL; re-imports keep your corrections"));
    m_editMetadataAction->setEnabled(false);
    connect(m_editMetadataAction, &QAction::triggered, this, &MainWindow::editMetadata);

    m_attachTranslationAction = new QAction(tr("Attach &Translation\u2026"), this);
    m_attachTranslationAction->setObjectName(QStringLiteral("attachTranslationAction"));
    m_attachTranslationAction->setStatusTip(
        tr("Show an essay in one language side by side with its translation from another file"));
    connect(m_attachTranslationAction, &QAction::triggered, this, &MainWindow::chooseTranslation);
    m_detachTranslationAction = new QAction(tr("&Detach Translation"), this);
    m_detachTranslationAction->setObjectName(QStringLiteral("detachTranslationAction"));
    connect(m_detachTranslationAction, &QAction::triggered, this,
            [this] { detachTranslation(currentEssayId()); });
    connect(this, &MainWindow::essayOpened, this, &MainWindow::updateEssayActions);

    m_structureRulesAction = new QAction(tr("&Structure Rules\u2026"), this);
    m_structureRulesAction->setObjectName(QStringLiteral("structureRulesAction"));
    m_structureRulesAction->setStatusTip(
        tr("The kinds you taught the importer for every line like one you chose"));
    connect(m_structureRulesAction, &QAction::triggered, this, &MainWindow::showStructureRules);

    m_libraryPaneAction = new QAction(tr("&Library Pane"), this);
    m_libraryPaneAction->setObjectName(QStringLiteral("libraryPaneAction"));
    m_libraryPaneAction->setCheckable(true);
    m_libraryPaneAction->setChecked(true);
    m_libraryPaneAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_libraryPaneAction->setStatusTip(tr("Show or hide the library, leaving the page the width"));
    connect(m_libraryPaneAction, &QAction::triggered, this, &MainWindow::setLibraryPaneShown);

    m_nextEssayAction = new QAction(tr("&Next Essay"), this);
    m_nextEssayAction->setObjectName(QStringLiteral("nextEssayAction"));
    m_nextEssayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextEssayAction, &QAction::triggered, this, [this] { openAdjacentEssay(1); });
    m_previousEssayAction = new QAction(tr("&Previous Essay"), this);
    m_previousEssayAction->setObjectName(QStringLiteral("previousEssayAction"));
    m_previousEssayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousEssayAction, &QAction::triggered, this, [this] { openAdjacentEssay(-1); });
    m_nextAnnotationAction = new QAction(tr("Next &Annotation"), this);
    m_nextAnnotationAction->setObjectName(QStringLiteral("nextAnnotationAction"));
    m_nextAnnotationAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextAnnotationAction, &QAction::triggered, this,
            [this] { showAdjacentAnnotation(1); });
    m_previousAnnotationAction = new QAction(tr("Previous A&nnotation"), this);
    m_previousAnnotationAction->setObjectName(QStringLiteral("previousAnnotationAction"));
    m_previousAnnotationAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_previousAnnotationAction, &QAction::triggered, this,
            [this] { showAdjacentAnnotation(-1); });
    m_focusSearchAction = new QAction(tr("&Focus Search"), this);
    m_focusSearchAction->setObjectName(QStringLiteral("focusSearchAction"));
    m_focusSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_focusSearchAction->setStatusTip(tr("Type a query for the whole library"));
    connect(m_focusSearchAction, &QAction::triggered, this, &MainWindow::showSearch);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_preferencesAction = new QAction(tr("&Preferences\u2026"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_focusFilterAction = new QAction(tr("&Filter Library"), this);
    // Ctrl+F is find in the essay; the library filter takes the "location bar" key.
    m_focusFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void MainWindow::createSearchDock()
{
    m_searchPanel = new SearchPanel(this);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    m_searchDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    QAction *toggle = m_searchDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("searchAction"));
    toggle->setText(tr("&Search Library"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // triggered, not toggled: toggled comes before the dock is shown, when raising it
    // cannot bring its tab to the front yet.
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showSearch();
    });
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openSearchHit);

    m_concordancePanel = new ConcordancePanel(this);
    m_concordanceDock = new QDockWidget(tr("Concordance"), this);
    m_concordanceDock->setObjectName(QStringLiteral("concordanceDock"));
    m_concordanceDock->setWidget(m_concordancePanel);
    m_concordanceDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::RightDockWidgetArea, m_concordanceDock);
    m_concordanceDock->hide();
    QAction *concordance = m_concordanceDock->toggleViewAction();
    concordance->setObjectName(QStringLiteral("concordanceAction"));
    concordance->setText(tr("&Concordance"));
    concordance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(concordance, &QAction::toggled, this, [this](bool shown) {
        if (shown) {
            m_concordanceDock->raise();
            m_concordancePanel->focusQuery();
        }
    });
    connect(m_concordancePanel, &ConcordancePanel::lineActivated, this, &MainWindow::openSearchHit);
}

StatisticsWindow *MainWindow::statisticsWindow()
{
    if (m_statistics)
        return m_statistics;
    m_statistics = new StatisticsWindow(this);
    m_statistics->setLibraryPath(m_libraryPathForViews);
    // A bar opens what it counts: the claims window filtered to it, the essay, or the
    // concordance of the term within the outlet or month.
    connect(m_statistics, &StatisticsWindow::barActivated, this,
            [this](StatisticsWindow::Chart chart, const QString &key) {
                using Chart = StatisticsWindow::Chart;
                ClaimsView *claims = m_annotations->claimsView();
                switch (chart) {
                case Chart::ClaimsByVerdict:
                    m_annotations->showClaims();
                    claims->filterEdit()->clear();
                    claims->verdictFilter()->setCurrentIndex(
                        std::max(0, claims->verdictFilter()->findData(key)));
                    return;
                case Chart::ClaimsByType:
                case Chart::ClaimsByTag:
                    m_annotations->showClaims();
                    claims->verdictFilter()->setCurrentIndex(0);
                    claims->filterEdit()->setText(key);
                    return;
                case Chart::TermByEssay:
                    openEssay(key.toLongLong());
                    return;
                case Chart::EssaysByOutlet:
                case Chart::EssaysByLanguage:
                case Chart::EssaysByMonth:
                case Chart::TermByOutlet:
                case Chart::TermByMonth:
                    break;
                }
                // The library table's filter for the essays, the concordance for a term.
                const QString term = m_statistics->termEdit()->text().trimmed();
                if (term.isEmpty() || chart == Chart::EssaysByLanguage) {
                    m_filter->setText(key == LibraryStatistics::kUnknown ? QString() : key);
                    return;
                }
                m_concordanceDock->show();
                m_concordanceDock->raise();
                m_concordancePanel->queryEdit()->setText(term);
                // The bar's outlet or month within the statistics' own filter.
                const bool byMonth = chart == Chart::TermByMonth || chart == Chart::EssaysByMonth;
                EssayFilter filter = m_statistics->essayFilter();
                if (byMonth)
                    filter.from = filter.to = key;
                else
                    filter.outlet = key;
                m_concordancePanel->setEssayFilter(filter);
                m_concordancePanel->run();
            });
    return m_statistics;
}

void MainWindow::showSearch()
{
    m_searchDock->show();
    m_searchDock->raise(); // the front tab of the right-hand docks
    m_searchPanel->focusQuery();
}

bool MainWindow::openSearchHit(qint64 essayId, int block, const QList<QPair<int, int>> &highlights)
{
    if (!openEssay(essayId))
        return false;
    return m_essayView->revealBlock(block, highlights);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addSeparator();
    file->addAction(m_openLibraryAction);
    file->addAction(m_restoreAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_essayView->findAction());
    edit->addAction(m_glossary->addTermAction());
    edit->addSeparator();
    edit->addAction(m_editMetadataAction);
    edit->addAction(m_attachTranslationAction);
    edit->addAction(m_detachTranslationAction);
    edit->addAction(m_structureRulesAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_libraryPaneAction);
    view->addAction(m_focusFilterAction);
    view->addAction(m_searchDock->toggleViewAction());
    view->addAction(m_concordanceDock->toggleViewAction());
    QAction *statistics = view->addAction(tr("S&tatistics…"));
    statistics->setObjectName(QStringLiteral("statisticsAction"));
    connect(statistics, &QAction::triggered, this, [this] {
        StatisticsWindow *window = statisticsWindow();
        window->show();
        window->raise();
        window->refresh();
    });
    view->addAction(m_essayView->rawViewAction());
    view->addAction(m_essayView->markChoicesAction());
    view->addSeparator();
    QMenu *pinyin = view->addMenu(tr("&Pinyin"));
    pinyin->setObjectName(QStringLiteral("pinyinMenu"));
    pinyin->addAction(m_pinyin->leftAction());
    pinyin->addAction(m_pinyin->rightAction());
    view->addAction(m_wordLookup->lookUpAction());
    view->addAction(m_wordLookup->clickToLookUpAction());
    view->addAction(m_wordLookup->snapAction());
    view->addAction(m_glossary->dock()->toggleViewAction());
    view->addAction(m_essayView->glossaryHighlightAction());
    view->addSeparator();
    view->addAction(m_essayView->zoomInAction());
    view->addAction(m_essayView->zoomOutAction());
    view->addAction(m_essayView->zoomResetAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    go->addAction(m_nextEssayAction);
    go->addAction(m_previousEssayAction);
    go->addSeparator();
    go->addAction(m_nextAnnotationAction);
    go->addAction(m_previousAnnotationAction);
    go->addSeparator();
    go->addAction(m_focusSearchAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(tr("&About Duizhao"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(16, 16));
    tools->addAction(m_importFilesAction);
    tools->addAction(m_importFolderAction);
    tools->addSeparator();
    tools->addAction(m_searchDock->toggleViewAction());
    tools->addAction(m_concordanceDock->toggleViewAction());
}

ExportDialog *MainWindow::openExportDialog()
{
    if (!m_library)
        return nullptr;
    auto *dialog = new ExportDialog(*m_library, currentEssayId(), selectedEssayIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Notes exported"), 5000); });
    dialog->open();
    return dialog;
}

ExportDialog *MainWindow::openExportDialog(const QList<qint64> &annotationIds, const QString &label)
{
    ExportDialog *dialog = openExportDialog();
    if (dialog)
        dialog->setListedAnnotations(annotationIds, label);
    return dialog;
}

QList<qint64> MainWindow::selectedEssayIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids << row.data(LibraryModel::EssayIdRole).toLongLong();
    return ids;
}

void MainWindow::createAnnotationUi()
{
    m_annotations = new AnnotationWorkspace(this, m_essayView);
    m_annotations->setEditPerformer(editPerformer()); // codebook edits go on the one stack
    // Search results and annotations each want the full height: tabs, not a stack.
    tabifyDockWidget(m_annotations->panelDock(), m_searchDock);
    tabifyDockWidget(m_searchDock, m_concordanceDock);
    const QList<QAction *> menus = menuBar()->actions();
    // Undo and redo head the one Edit menu, above the reader's own entries.
    QMenu *edit = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    const QList<QAction *> readerEntries = edit->actions();
    for (QAction *entry : readerEntries)
        edit->removeAction(entry);
    m_annotations->addEditActions(edit);
    edit->addSeparator();
    edit->addActions(readerEntries);
    auto *annotate = new QMenu(tr("&Annotate"), this);
    annotate->setObjectName(QStringLiteral("annotateMenu"));
    m_annotations->addAnnotateActions(annotate);
    menuBar()->insertMenu(menus.value(menus.size() - 1), annotate); // before Help
    connect(m_annotations, &AnnotationWorkspace::openEssayRequested, this,
            [this](qint64 essayId, qint64 annotationId) {
                if (openEssay(essayId))
                    m_annotations->showAnnotation(annotationId);
            });
    connect(m_annotations, &AnnotationWorkspace::exportRequested, this,
            [this](const QList<qint64> &ids) {
                openExportDialog(ids, tr("The claims listed in the claims window"));
            });
    connect(m_annotations, &AnnotationWorkspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

bool MainWindow::setLibraryPath(const QString &path)
{
    if (m_importJob) {
        reportError(tr("Cannot Open Library"),
                    tr("An import is running. Wait for it to finish or cancel it first."));
        return false;
    }
    waitForBackup(); // it reads the library about to be closed
    m_libraryPath = path;
    m_library.reset();
    m_lastError.clear();
    DatabaseOptions options;
    options.readOnly = m_readOnlyRequested;
    const bool readOnly = m_readOnlyRequested || Database::isWritePrevented(path);
    // A failed upgrade is not tried again here: it would fail the same way, with the
    // window frozen for as long. A read-only library is not upgraded: opening it says why.
    QString error = !readOnly && Library::needsUpgrade(path) ? upgradeLibrary(path) : QString();
    if (error.isEmpty())
        error = openLibraryFile(path, m_library, options);
    setWindowFilePath(path);
    updateImportActions();
    m_annotations->setLibrary(m_library.get()); // the undo stack starts empty
    m_annotations->setReadOnly(m_library && m_library->isReadOnly());
    m_glossary->setLibrary(m_library.get());
    if (!m_library) {
        m_model->setEssays({});
        m_essayView->clear(tr("No library is open."));
        updateStatus();
        // The way out: another library, a new one, or a backup taken before a migration.
        const QFileInfo file(path);
        QStringList backups =
            file.dir().entryList({file.fileName() + QStringLiteral(".v*.bak")}, QDir::Files);
        for (QString &backup : backups)
            backup = QDir::toNativeSeparators(file.dir().filePath(backup));
        QMessageBox *box = reportError(
            tr("Cannot Open Library"),
            tr("The library %1 could not be opened.\n\n%2")
                    .arg(QDir::toNativeSeparators(path), error) +
                (backups.isEmpty() ? QString() : tr("\n\nBackups: %1").arg(backups.join(u'\n'))));
        QPushButton *openOther =
            box->addButton(tr("Open Another Library\u2026"), QMessageBox::ActionRole);
        connect(
            openOther, &QPushButton::clicked, this, [this] { chooseLibrary(); },
            Qt::QueuedConnection);
        return false;
    }
    m_essayView->clear(); // an essay id of the previous library means nothing here
    m_searchPanel->setLibraryPath(path, m_library->isReadOnly());
    m_concordancePanel->setLibraryPath(path);
    m_libraryPathForViews = path;
    if (m_statistics)
        m_statistics->setLibraryPath(path);
    refresh();
    if (m_library->isReadOnly())
        statusBar()->showMessage(tr("The library is read-only: reading, search and export "
                                    "work; changes are refused."),
                                 8000);
    else
        startDailyBackup();
    return true;
}

void MainWindow::startDailyBackup()
{
    const QSettings settings;
    if (!settings.value(kAutoBackupKey, true).toBool())
        return;
    BackupPolicy policy;
    policy.daily = settings.value(kKeepDailyKey, policy.daily).toInt();
    policy.weekly = settings.value(kKeepWeeklyKey, policy.weekly).toInt();
    // Off the GUI thread, on a connection of its own: a large library takes seconds to
    // copy, and the backup API reads one snapshot while the window goes on writing.
    m_backupWatcher = new QFutureWatcher<QString>(this);
    QFutureWatcher<QString> *watcher = m_backupWatcher;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString outcome = watcher->result();
        if (watcher == m_backupWatcher)
            m_backupWatcher = nullptr;
        watcher->deleteLater();
        if (outcome.startsWith(u'!'))
            statusBar()->showMessage(tr("No automatic backup: %1").arg(outcome.mid(1)), 10000);
        else if (!outcome.isEmpty())
            statusBar()->showMessage(tr("Daily backup made: %1").arg(QFileInfo(outcome).fileName()),
                                     5000);
    });
    const QString path = m_libraryPath;
    watcher->setFuture(QtConcurrent::run([path, policy]() -> QString {
        try {
            Library library(path);
            return library.dailyBackup(policy);
        } catch (const DatabaseError &error) {
            return u'!' + error.message();
        } catch (const std::exception &error) {
            return u'!' + QString::fromLocal8Bit(error.what());
        }
    }));
}

void MainWindow::waitForBackup()
{
    if (m_backupWatcher)
        m_backupWatcher->waitForFinished();
}

void MainWindow::showRestoreDialog()
{
    if (m_libraryPath.isEmpty())
        return;
    auto *dialog = new RestoreBackupDialog(m_libraryPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString file = dialog->chosenFile();
        if (!file.isEmpty())
            restoreBackup(file);
    });
    dialog->open();
}

bool MainWindow::restoreBackup(const QString &backupFile)
{
    if (m_importJob) {
        reportError(tr("Cannot Restore"),
                    tr("An import is running. Wait for it to finish or cancel it first."));
        return false;
    }
    const QString path = m_libraryPath;
    if (m_readOnlyRequested || Database::isWritePrevented(path)) {
        reportError(tr("Cannot Restore"), tr("The library is read-only: it cannot be replaced."));
        return false;
    }
    const qint64 essay = currentEssayId();
    // Every connection of this process to the file is closed first: the restore needs
    // the library to itself.
    waitForBackup();
    m_annotations->setLibrary(nullptr);
    m_searchPanel->releaseLibrary();
    m_library.reset();
    QString aside;
    QString error;
    try {
        aside = LibraryBackups(path).restore(backupFile);
    } catch (const DatabaseError &failure) {
        error = failure.message();
    } catch (const std::exception &failure) {
        error = QString::fromLocal8Bit(failure.what());
    }
    const bool opened = setLibraryPath(path);
    if (!error.isEmpty()) {
        reportError(tr("Cannot Restore"),
                    tr("The backup %1 could not be restored; the library is as it was.\n\n%2")
                        .arg(QDir::toNativeSeparators(backupFile), error));
        return false;
    }
    if (opened && essay > 0 && m_model->rowOfEssay(essay) >= 0)
        openEssay(essay);
    statusBar()->showMessage(
        aside.isEmpty() ? tr("Restored from %1.").arg(QFileInfo(backupFile).fileName())
                        : tr("Restored from %1; the library as it was is kept as %2.")
                              .arg(QFileInfo(backupFile).fileName(), QFileInfo(aside).fileName()),
        10000);
    return opened;
}

QString MainWindow::upgradeLibrary(const QString &path)
{
    // Opening migrates; done here on a worker, with the window responsive and saying
    // why it waits. A migration runs in one transaction: a failure leaves the file as
    // it was, and the caller reports it.
    QProgressDialog progress(tr("Upgrading %1 for this version of Duizhao\u2026\n\n"
                                "The file as it was is kept beside it as a backup. A large "
                                "library takes a minute or two.")
                                 .arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("upgradeProgress"));
    progress.setWindowTitle(tr("Upgrading Library"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    QFutureWatcher<QString> watcher;
    QEventLoop wait;
    connect(&watcher, &QFutureWatcher<QString>::finished, &wait, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] {
        std::unique_ptr<Library> upgraded; // closed again on this thread
        return openLibraryFile(path, upgraded);
    }));
    progress.show();
    if (!watcher.isFinished())
        wait.exec();
    const QString error = watcher.result();
    if (error.isEmpty()) {
        statusBar()->showMessage(
            tr("Library upgraded; the old file is kept as a backup beside it."), 8000);
        emit libraryUpgraded(path);
        return {};
    }
    return tr("Upgrading it for this version of Duizhao failed: %1").arg(error);
}

void MainWindow::refresh()
{
    const qint64 current = currentEssayId();
    QList<EssaySummary> essays;
    if (m_library) {
        try {
            m_dataVersion = m_library->maintenance().dataVersion();
            essays = m_library->essays().listing();
        } catch (const DatabaseError &error) {
            reportError(tr("Cannot Read Library"), UserMessages::describe(error));
        }
    }
    m_model->setEssays(std::move(essays));
    updateStatus();

    const int row = current > 0 ? m_model->rowOfEssay(current) : -1;
    const QModelIndex index =
        row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        // The model was reset, so this is a new current row: the essay is re-read, and
        // shows what an import just changed.
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else if (row >= 0) {
        loadEssay(current); // hidden by the filter, still the one being read
    } else if (!m_library) {
        m_essayView->clear(tr("No library is open."));
        setTitle(tr("Duizhao"));
    } else if (m_model->rowCount() == 0) {
        m_essayView->clear(tr("The library is empty. Import files or a folder from the File "
                              "menu, or drop them on this window."));
        setTitle(tr("Duizhao"));
    } else {
        m_essayView->clear();
        setTitle(tr("Duizhao"));
    }
}

qint64 MainWindow::currentEssayId() const
{
    return m_essayView->essayId();
}

bool MainWindow::openEssay(qint64 id)
{
    if (!m_library || id <= 0)
        return false;
    int row = m_model->rowOfEssay(id);
    if (row < 0) {
        refresh(); // perhaps added by another program (duizhao-cli) since the last read
        row = m_model->rowOfEssay(id);
        if (row < 0)
            return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hides it
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (m_table->currentIndex().row() == index.row() && m_essayView->essayId() == id)
        return true;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    if (m_essayView->essayId() != id)
        loadEssay(id);
    return m_essayView->essayId() == id;
}

bool MainWindow::openDefaultEssay()
{
    if (m_settingsRestored) {
        const QSettings settings;
        if (settings.value(kLastLibraryKey).toString() == m_libraryPath &&
            openEssay(settings.value(kLastEssayKey).toLongLong()))
            return true;
    }
    if (m_proxy->rowCount() == 0)
        return false;
    return openEssay(m_proxy->index(0, 0).data(LibraryModel::EssayIdRole).toLongLong());
}

void MainWindow::showEssayAt(const QModelIndex &proxyIndex)
{
    // A filter that hides the current row leaves the current index invalid: keep
    // showing the essay the reader is reading.
    if (proxyIndex.isValid())
        loadEssay(proxyIndex.siblingAtColumn(0).data(LibraryModel::EssayIdRole).toLongLong());
}

void MainWindow::loadEssay(qint64 id)
{
    if (!m_library)
        return;
    std::optional<Essay> essay;
    try {
        essay = m_library->essays().find(id);
    } catch (const DatabaseError &error) {
        m_essayView->clear(tr("Essay %1 cannot be read: %2")
                               .arg(QString::number(id), UserMessages::describe(error)));
        return;
    }
    if (!essay) {
        m_essayView->clear(tr("Essay %1 is no longer in the library.").arg(id));
        return;
    }
    rememberReadingPosition(); // of the essay being left (or re-read)
    m_essayView->setEssay(*essay);
    restoreReadingPosition();
    // The platform appends the application's display name ("… — Duizhao").
    const int row = m_model->rowOfEssay(id);
    setTitle(row >= 0 ? m_model->index(row, LibraryModel::Title).data().toString() : essay->title);
    emit essayOpened(id);
}

void MainWindow::setTitle(const QString &title)
{
    setWindowTitle(isReadOnly() ? tr("%1 [read-only]").arg(title) : title);
}

bool MainWindow::importPaths(const QStringList &paths, ImportFeedback feedback)
{
    if (paths.isEmpty())
        return false;
    if (!m_library) {
        reportError(tr("Cannot Import"), tr("No library is open."));
        return false;
    }
    if (m_library->isReadOnly()) {
        reportError(tr("Cannot Import"), DatabaseError::readOnly(tr("an import")).message());
        return false;
    }
    if (m_importJob) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return false;
    }
    m_importFeedback = feedback;
    m_importJob = new ImportJob(m_libraryPath, paths, this);
    connect(m_importJob, &ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_importJob, &ImportJob::finished, this, &MainWindow::onImportFinished);

    m_progress = new QProgressDialog(tr("Looking for files\u2026"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setMinimumWidth(460);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &MainWindow::cancelImport);

    updateImportActions();
    statusBar()->showMessage(tr("Importing\u2026"));
    m_importJob->start();
    return true;
}

void MainWindow::cancelImport()
{
    if (!m_importJob)
        return;
    m_importJob->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling after the file being written\u2026"));
}

void MainWindow::onImportProgress(int done, int total, const QString &path)
{
    emit importProgressed(done, total);
    if (!m_progress || (m_importJob && m_importJob->isCancelled()))
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(
        tr("Importing %1 of %2\n%3")
            .arg(QString::number(done), QString::number(total), QFileInfo(path).fileName()));
}

void MainWindow::onImportFinished(const QList<ImportResult> &results, const QString &error)
{
    const bool cancelled = m_importJob && m_importJob->isCancelled();
    if (m_importJob) {
        m_importJob->deleteLater();
        m_importJob = nullptr;
    }
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    updateImportActions();

    refresh();
    m_annotations->reload(); // re-import re-anchored annotations, some perhaps orphaned
    m_searchPanel->refresh();
    if (currentEssayId() == 0) {
        for (const ImportResult &result : results) {
            if (result.essayId > 0 && openEssay(result.essayId))
                break;
        }
    }

    const QString summary = ImportResultsDialog::summary(results);
    statusBar()->showMessage(error.isEmpty() ? (cancelled ? tr("Import cancelled: %1").arg(summary)
                                                          : tr("Import finished: %1").arg(summary))
                                             : tr("Import failed: %1").arg(error),
                             15000);
    emit importFinished(results);

    if (m_importFeedback == ImportFeedback::Dialog || !error.isEmpty()) {
        auto *dialog = new ImportResultsDialog(results, error, cancelled, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &ImportResultsDialog::essayActivated, this,
                [this](qint64 id) { openEssay(id); });
        dialog->open();
    }
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), importFolder(),
        tr("Text files (*.txt *.text *.md *.markdown);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(kImportFolderKey, QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import Folder"), importFolder());
    if (folder.isEmpty())
        return;
    QSettings().setValue(kImportFolderKey, folder);
    importPaths({folder});
}

void MainWindow::chooseLibrary()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Open or Create Library"), QFileInfo(m_libraryPath).absolutePath(),
        tr("Duizhao libraries (*.sqlite *.bak);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        setLibraryPath(file);
}

void MainWindow::refreshIfChangedOutside()
{
    if (!m_library || m_importJob)
        return;
    try {
        if (m_library->maintenance().dataVersion() != m_dataVersion)
            refresh();
    } catch (const DatabaseError &) {
        // Busy or unreadable for a moment; the next tick tries again.
    }
}

void MainWindow::updateStatus()
{
    const QList<EssaySummary> &essays = m_model->essays();
    int bilingual = 0;
    int blocks = 0;
    int pairs = 0;
    for (const EssaySummary &essay : essays) {
        bilingual += essay.pairCount > 0 ? 1 : 0;
        blocks += essay.blockCount;
        pairs += essay.pairCount;
    }
    QString text;
    if (!m_library) {
        text = tr("No library");
    } else {
        text = m_proxy->rowCount() != essays.size()
                   ? tr("Essays: %1 of %2 shown")
                         .arg(QString::number(m_proxy->rowCount()), QString::number(essays.size()))
                   : tr("Essays: %1").arg(essays.size());
        text += QStringLiteral("  \u00b7  ") + tr("bilingual: %1").arg(bilingual) +
                QStringLiteral("  \u00b7  ") + tr("blocks: %1").arg(blocks) +
                QStringLiteral("  \u00b7  ") + tr("pairs: %1").arg(pairs);
    }
    m_countLabel->setText(text);
    m_countLabel->setToolTip(QDir::toNativeSeparators(m_libraryPath));
}

QMessageBox *MainWindow::reportError(const QString &title, const QString &text)
{
    m_lastError = text;
    statusBar()->showMessage(title, 10000);
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Duizhao"),
        tr("<p><b>Duizhao %1</b></p><p>Reads bilingual tech-policy essays with English and "
           "Chinese side by side. Everything stays on this computer.</p><p>Library: %2</p>"
           "<p>%3</p><p>%4</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(),
                 QDir::toNativeSeparators(m_libraryPath).toHtmlEscaped(),
                 Dictionary::attribution().toHtmlEscaped(),
                 (Dictionary::instance().isLoaded() ? tr("Dictionary data: %1, %2 entries.")
                                                          .arg(Dictionary::instance().dataVersion())
                                                          .arg(Dictionary::instance().entryCount())
                                                    : Dictionary::instance().error())
                     .toHtmlEscaped()));
}

void MainWindow::editMetadata()
{
    if (!m_library || !m_essayView->hasEssay())
        return;
    auto *dialog = new MetadataDialog(*m_essayView->essay(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyMetadata(dialog->essayId(), dialog->changes()); });
    dialog->open();
}

void MainWindow::updateEssayActions()
{
    const bool open = m_library && m_essayView->hasEssay();
    const bool writable = open && !m_library->isReadOnly();
    m_editMetadataAction->setEnabled(writable);
    bool attached = false;
    if (open) {
        try {
            attached = m_library->corrections().translationFile(currentEssayId()).has_value();
        } catch (const DatabaseError &) {
            // The menu stays conservative; the essay view reports read errors.
        }
    }
    const bool oneLanguage = writable && m_essayView->essay()->pairs.isEmpty();
    m_attachTranslationAction->setEnabled(oneLanguage && !attached);
    m_detachTranslationAction->setEnabled(writable && attached);
}

void MainWindow::chooseTranslation()
{
    const qint64 essayId = currentEssayId();
    if (essayId <= 0)
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Attach Translation"), importFolder(),
        tr("Text files (*.txt *.text *.md *.markdown);;All files (*)"));
    if (!file.isEmpty())
        attachTranslation(essayId, file);
}

bool MainWindow::attachTranslation(qint64 essayId, const QString &file)
{
    // Read, decoded and hashed as an import reads any file.
    const TranslationFile translation = TranslationFile::read(file);
    if (!translation.ok()) {
        reportError(tr("Cannot Attach the Translation"),
                    tr("%1: %2").arg(QDir::toNativeSeparators(file), translation.error));
        return false;
    }
    if (!performEdit(CorrectionEdit::attach(essayId, {QFileInfo(file).absoluteFilePath(),
                                                      translation.sha256, translation.text}),
                     tr("Attach Translation")))
        return false;
    // The essay now reads side by side (performEdit re-read it).
    statusBar()->showMessage(tr("Translation attached and aligned; re-imports keep it."), 5000);
    return true;
}

bool MainWindow::detachTranslation(qint64 essayId)
{
    return performEdit(CorrectionEdit::detach(essayId), tr("Detach Translation"));
}

bool MainWindow::performEdit(std::unique_ptr<LibraryEdit> edit, const QString &text,
                             const std::function<void()> &applied)
{
    if (!m_library)
        return false;
    try {
        edit->apply(*m_library);
    } catch (const DatabaseError &error) {
        reportError(tr("Cannot %1").arg(text), UserMessages::describe(error));
        return false;
    } catch (const std::exception &error) {
        // std::invalid_argument: the essay, block, tag or rule is gone (changed by
        // another program), or the request is not valid.
        reportError(tr("Cannot %1").arg(text), QString::fromLocal8Bit(error.what()));
        return false;
    }
    if (applied)
        applied();
    const auto changed = [this](qint64) {
        libraryEdited();
    };
    undoStack()->push(new LibraryCommand(
        m_library.get(), std::move(edit), text, changed,
        [this](const QString &reason) { reportError(tr("Cannot Undo or Redo"), reason); }));
    libraryEdited();
    return true;
}

EditPerformer MainWindow::editPerformer()
{
    return [this](std::unique_ptr<LibraryEdit> edit, const QString &text) {
        return performEdit(std::move(edit), text);
    };
}

void MainWindow::libraryEdited()
{
    refresh();                // the table and the open essay
    m_searchPanel->refresh(); // hit titles and kinds
    m_annotations->libraryEdited();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_annotations->undoStack();
}

bool MainWindow::applyMetadata(
    qint64 essayId, const QList<std::pair<MetadataField, std::optional<QString>>> &changes)
{
    if (changes.isEmpty())
        return true;
    // performEdit re-reads the table and the open essay (both show the corrections) and
    // the search hits' titles.
    if (!performEdit(CorrectionEdit::metadata(essayId, changes), tr("Edit Metadata")))
        return false;
    statusBar()->showMessage(tr("Metadata saved; re-imports keep it."), 5000);
    return true;
}

bool MainWindow::setBlockKind(qint64 essayId, int blockIndex, BlockKind kind)
{
    if (!performEdit(CorrectionEdit::blockKind(essayId, blockIndex, kind),
                     tr("Re-classify Block as %1").arg(blockKindLabel(kind))))
        return false;
    statusBar()->showMessage(tr("Block %1 is now: %2; re-imports keep it.")
                                 .arg(QString::number(blockIndex), blockKindName(kind)),
                             5000);
    return true;
}

bool MainWindow::chooseStructureRule(qint64 essayId, int blockIndex)
{
    if (!m_library)
        return false;
    std::optional<Essay> essay;
    QString site;
    try {
        essay = m_library->essays().find(essayId);
        site = m_library->essays().site(essayId);
    } catch (const DatabaseError &error) {
        reportError(tr("Cannot Read Library"), UserMessages::describe(error));
        return false;
    }
    if (!essay || blockIndex < 0 || blockIndex >= essay->blocks.size())
        return false;
    const Block &block = essay->blocks[blockIndex];
    StructureRuleDialog dialog(block.text, block.kind, site, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return teachStructureRule(dialog.rule());
}

bool MainWindow::teachStructureRule(const StructureRule &rule)
{
    std::unique_ptr<RuleEdit> edit = RuleEdit::teach(rule);
    RuleEdit *taught = edit.get();
    int essays = 0;
    if (!performEdit(std::move(edit), tr("Teach Rule"), [&] { essays = taught->essaysChanged(); }))
        return false;
    statusBar()->showMessage(tr("Rule saved: every line like \u201c%1\u201d is now %2 (%n "
                                "essay(s) changed); later imports follow it.",
                                nullptr, essays)
                                 .arg(rule.text, blockKindLabel(rule.kind)),
                             8000);
    return true;
}

void MainWindow::showStructureRules()
{
    if (!m_library)
        return;
    StructureRulesDialog dialog(*m_library, editPerformer(), this);
    dialog.exec();
}

bool MainWindow::setAlignment(qint64 essayId, const std::optional<QList<Pair>> &pairs)
{
    // performEdit re-reads pair counts in the table and rows in the essay.
    if (!performEdit(CorrectionEdit::alignment(essayId, pairs),
                     pairs ? tr("Change Alignment") : tr("Reset Alignment")))
        return false;
    statusBar()->showMessage(pairs ? tr("Alignment saved; re-imports keep it.")
                                   : tr("Back to the automatic alignment."),
                             5000);
    return true;
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    // Nothing saved (a first run): the default layout of the constructor stays. Qt moves
    // a saved geometry back onto a screen that is smaller than the one it was saved on.
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    {
        const QSignalBlocker blocker(m_libraryPaneAction);
        m_libraryPaneAction->setChecked(isLibraryPaneShown());
    }
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_essayView->setRawView(settings.value(kRawViewKey, false).toBool());
    m_essayView->setGlossaryHighlighted(settings.value(kGlossaryHighlightKey, true).toBool());
    m_essayView->setLeftScript(scriptViewFromName(settings.value(kLeftScriptKey).toString())
                                   .value_or(ScriptView::Original));
    m_essayView->setRightScript(scriptViewFromName(settings.value(kRightScriptKey).toString()));
    m_essayView->setRightPaneShown(settings.value(kRightPaneKey, true).toBool());
    m_essayView->setPointSize(settings.value(kPointSizeKey, EssayHtml::kDefaultPointSize).toInt());
    m_settingsRestored = true;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kRawViewKey, m_essayView->isRawView());
    settings.setValue(kLeftScriptKey, scriptViewName(m_essayView->leftScript()));
    const std::optional<ScriptView> right = m_essayView->rightScriptChoice();
    settings.setValue(kRightScriptKey, right ? scriptViewName(*right) : QStringLiteral("auto"));
    settings.setValue(kRightPaneKey, m_essayView->isRightPaneShown());
    settings.setValue(kPointSizeKey, m_essayView->pointSize());
    rememberReadingPosition();
    if (m_library) {
        settings.setValue(kLastLibraryKey, m_libraryPath);
        settings.setValue(kLastEssayKey, currentEssayId());
    }
}

void MainWindow::applyDefaultLayout()
{
    QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = WindowLayout::defaultSize(available);
    resize(size);
    move(WindowLayout::centred(size, available).topLeft());
    const int library = WindowLayout::libraryWidth(size.width());
    const int dock = WindowLayout::dockWidth(size.width());
    m_splitter->setSizes({library, std::max(1, size.width() - library - dock)});
    resizeDocks({m_annotations->panelDock()}, {dock}, Qt::Horizontal);
}

bool MainWindow::isLibraryPaneShown() const
{
    return m_splitter->sizes().value(0) > 0;
}

void MainWindow::setLibraryPaneShown(bool shown)
{
    QList<int> sizes = m_splitter->sizes();
    const int total = std::max(sizes.value(0) + sizes.value(1), m_splitter->width());
    if (shown == isLibraryPaneShown()) {
        // nothing to move
    } else if (shown) {
        const int library =
            m_libraryWidth > 0 ? m_libraryWidth : WindowLayout::libraryWidth(width());
        m_splitter->setSizes({library, std::max(1, total - library)});
    } else {
        m_libraryWidth = sizes.value(0);
        if (m_table->hasFocus() || m_filter->hasFocus())
            m_essayView->browser()->setFocus();
        m_splitter->setSizes({0, total});
    }
    const QSignalBlocker blocker(m_libraryPaneAction);
    m_libraryPaneAction->setChecked(isLibraryPaneShown());
}

bool MainWindow::openAdjacentEssay(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : rows - 1);
    if (row < 0 || row >= rows)
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool MainWindow::showAdjacentAnnotation(int step)
{
    const qint64 essayId = currentEssayId();
    if (!m_library || essayId <= 0)
        return false;
    QList<qint64> ids; // in text order (AnnotationRepository::ofEssay)
    try {
        for (const Annotation &annotation : m_library->annotations().ofEssay(essayId)) {
            if (!annotation.orphaned)
                ids << annotation.id;
        }
    } catch (const DatabaseError &error) {
        reportError(tr("Cannot Read Library"), UserMessages::describe(error));
        return false;
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("This essay has no annotations."), 5000);
        return false;
    }
    const qsizetype at = ids.indexOf(m_shownAnnotation);
    const qsizetype count = ids.size();
    const qsizetype next =
        at < 0 ? (step > 0 ? 0 : count - 1) : ((at + step) % count + count) % count;
    m_shownAnnotation = ids[next];
    return m_annotations->showAnnotation(m_shownAnnotation);
}

int MainWindow::topBlock() const
{
    if (!m_essayView->hasEssay())
        return -1;
    const QTextBrowser *browser = m_essayView->browser();
    if (browser->verticalScrollBar()->value() == 0)
        return 0;
    const QWidget *viewport = browser->viewport();
    // The first paragraph under the top edge; gaps between paragraphs answer -1.
    for (int y = 2; y < viewport->height(); y += 4) {
        for (const int x : {viewport->width() / 4, viewport->width() * 3 / 4}) {
            const int block = m_essayView->blockIndexAt(QPoint(x, y));
            if (block >= 0)
                return block;
        }
    }
    return -1;
}

bool MainWindow::scrollToBlock(int block)
{
    const Essay *essay = m_essayView->essay();
    if (!essay)
        return false;
    // A block hidden in this view (residue in the clean view): the next one shown.
    for (int index = block; index >= 0 && index < essay->blocks.size(); ++index) {
        const QList<QPair<int, int>> spans = m_essayView->paragraphSpans(index);
        if (spans.isEmpty())
            continue;
        QTextBrowser *browser = m_essayView->browser();
        QTextCursor cursor(browser->document());
        cursor.setPosition(spans.constFirst().first);
        QScrollBar *scroll = browser->verticalScrollBar();
        scroll->setValue(scroll->value() + browser->cursorRect(cursor).top() - 1);
        return true;
    }
    return false;
}

void MainWindow::rememberReadingPosition() const
{
    if (!m_settingsRestored || !m_library || !m_essayView->hasEssay())
        return;
    const int block = topBlock();
    if (block >= 0)
        ReadingPositions(m_libraryPath).setBlock(currentEssayId(), block);
}

void MainWindow::restoreReadingPosition()
{
    m_shownAnnotation = 0;
    if (!m_settingsRestored || !m_library || !m_essayView->hasEssay())
        return;
    if (const std::optional<int> block = ReadingPositions(m_libraryPath).block(currentEssayId()))
        scrollToBlock(*block);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, [this] {
        const Preferences preferences = Preferences::load();
        m_essayView->setRightScript(preferences.chineseScript);
        m_essayView->setPointSize(preferences.pointSize);
        preferences.applyTheme();
        if (QFileInfo(preferences.effectiveLibraryPath()).absoluteFilePath() !=
            QFileInfo(m_libraryPath).absoluteFilePath())
            setLibraryPath(preferences.effectiveLibraryPath());
        statusBar()->showMessage(tr("Preferences saved."), 5000);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importJob) {
        // Stop after the file being written; the destructor waits for it.
        m_importJob->cancel();
    }
    if (m_settingsRestored)
        saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty() && importPaths(paths))
        event->acceptProposedAction();
}

} // namespace duizhao
