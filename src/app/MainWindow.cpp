#include "MainWindow.h"

#include "EssayView.h"
#include "ImportJob.h"
#include "ImportResultsDialog.h"
#include "LibraryFilterModel.h"
#include "LibraryModel.h"
#include "store/DatabaseError.h"
#include "store/Library.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <exception>

namespace duizhao {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kHeaderKey = QStringLiteral("mainWindow/libraryHeader");
const QString kRawViewKey = QStringLiteral("reader/rawView");
const QString kLastLibraryKey = QStringLiteral("reader/library");
const QString kLastEssayKey = QStringLiteral("reader/essay");
const QString kImportFolderKey = QStringLiteral("import/lastFolder");

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
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(36);
    header->resizeSection(LibraryModel::Author, 64);
    header->resizeSection(LibraryModel::Outlet, 76);
    header->resizeSection(LibraryModel::Languages, 86);
    header->resizeSection(LibraryModel::Script, 60);
    header->resizeSection(LibraryModel::Blocks, 52);
    header->resizeSection(LibraryModel::Pairs, 46);
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

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_essayView);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({600, 760});
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        m_table->setFocus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEssayAt(current); });

    // Polling data_version costs one read of a counter SQLite keeps in memory.
    auto *changeTimer = new QTimer(this);
    connect(changeTimer, &QTimer::timeout, this, &MainWindow::refreshIfChangedOutside);
    changeTimer->start(2000);

    resize(1360, 860);
    m_table->setFocus(); // arrow keys walk the library from the start
    updateImportActions();
    updateStatus();
}

void MainWindow::updateImportActions()
{
    const bool canImport = m_library != nullptr && m_importJob == nullptr;
    m_importFilesAction->setEnabled(canImport);
    m_importFolderAction->setEnabled(canImport);
}

MainWindow::~MainWindow()
{
    // The job's destructor cancels and waits for the file being written.
    delete m_importJob;
    m_importJob = nullptr;
}

void MainWindow::createActions()
{
    QStyle *style = this->style();
    m_importFilesAction = new QAction(style->standardIcon(QStyle::SP_FileIcon),
                                      tr("Import &Files\u2026"), this);
    m_importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importFilesAction->setShortcut(QKeySequence::Open);
    m_importFilesAction->setStatusTip(tr("Import essay files into the library"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);

    m_importFolderAction = new QAction(style->standardIcon(QStyle::SP_DirOpenIcon),
                                       tr("Import F&older\u2026"), this);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importFolderAction->setStatusTip(tr("Import every text file in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolderToImport);

    m_openLibraryAction = new QAction(tr("Open &Library\u2026"), this);
    m_openLibraryAction->setObjectName(QStringLiteral("openLibraryAction"));
    m_openLibraryAction->setStatusTip(tr("Open another library file, or name a new one to create it"));
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::chooseLibrary);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_focusFilterAction = new QAction(tr("&Filter Library"), this);
    m_focusFilterAction->setShortcut(QKeySequence::Find);
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addSeparator();
    file->addAction(m_openLibraryAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_focusFilterAction);
    view->addAction(m_essayView->rawViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Duizhao"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(16, 16));
    tools->addAction(m_importFilesAction);
    tools->addAction(m_importFolderAction);
}

bool MainWindow::setLibraryPath(const QString &path)
{
    if (m_importJob) {
        reportError(tr("Cannot Open Library"),
                    tr("An import is running. Wait for it to finish or cancel it first."));
        return false;
    }
    m_libraryPath = path;
    m_library.reset();
    m_lastError.clear();
    QString error;
    try {
        m_library = std::make_unique<Library>(path);
    } catch (const DatabaseError &failure) {
        error = failure.message();
    } catch (const std::exception &failure) {
        error = QString::fromLocal8Bit(failure.what());
    }
    setWindowFilePath(path);
    updateImportActions();
    if (!m_library) {
        m_model->setEssays({});
        m_essayView->clear(tr("No library is open."));
        updateStatus();
        // The way out: another library, a new one, or a backup taken before a migration.
        const QFileInfo file(path);
        QStringList backups = file.dir().entryList({file.fileName() + QStringLiteral(".v*.bak")}, QDir::Files);
        for (QString &backup : backups)
            backup = QDir::toNativeSeparators(file.dir().filePath(backup));
        QMessageBox *box = reportError(
            tr("Cannot Open Library"),
            tr("The library %1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error)
                + (backups.isEmpty() ? QString() : tr("\n\nBackups: %1").arg(backups.join(u'\n'))));
        QPushButton *openOther = box->addButton(tr("Open Another Library\u2026"), QMessageBox::ActionRole);
        connect(openOther, &QPushButton::clicked, this, [this] { chooseLibrary(); }, Qt::QueuedConnection);
        return false;
    }
    m_essayView->clear(); // an essay id of the previous library means nothing here
    refresh();
    return true;
}

void MainWindow::refresh()
{
    const qint64 current = currentEssayId();
    QList<EssayRecord> essays;
    if (m_library) {
        try {
            m_dataVersion = m_library->dataVersion();
            essays = m_library->essays();
        } catch (const DatabaseError &error) {
            reportError(tr("Cannot Read Library"), error.message());
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
        setWindowTitle(tr("Duizhao"));
    } else if (m_model->rowCount() == 0) {
        m_essayView->clear(tr("The library is empty. Import files or a folder from the File "
                              "menu, or drop them on this window."));
        setWindowTitle(tr("Duizhao"));
    } else {
        m_essayView->clear();
        setWindowTitle(tr("Duizhao"));
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
        if (settings.value(kLastLibraryKey).toString() == m_libraryPath
            && openEssay(settings.value(kLastEssayKey).toLongLong()))
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
    std::optional<EssayRecord> essay;
    try {
        essay = m_library->essay(id);
    } catch (const DatabaseError &error) {
        m_essayView->clear(
            tr("Essay %1 cannot be read: %2").arg(QString::number(id), error.message()));
        return;
    }
    if (!essay) {
        m_essayView->clear(tr("Essay %1 is no longer in the library.").arg(id));
        return;
    }
    m_essayView->setEssay(*essay);
    // The platform appends the application's display name ("… — Duizhao").
    const int row = m_model->rowOfEssay(id);
    setWindowTitle(row >= 0 ? m_model->index(row, LibraryModel::Title).data().toString()
                            : essay->title);
    emit essayOpened(id);
}

bool MainWindow::importPaths(const QStringList &paths, ImportFeedback feedback)
{
    if (paths.isEmpty())
        return false;
    if (!m_library) {
        reportError(tr("Cannot Import"), tr("No library is open."));
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
    if (!m_progress || (m_importJob && m_importJob->isCancelled()))
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(tr("Importing %1 of %2\n%3")
                                 .arg(QString::number(done), QString::number(total),
                                      QFileInfo(path).fileName()));
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
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"),
                                                             importFolder());
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
        if (m_library->dataVersion() != m_dataVersion)
            refresh();
    } catch (const DatabaseError &) {
        // Busy or unreadable for a moment; the next tick tries again.
    }
}

void MainWindow::updateStatus()
{
    const QList<EssayRecord> &essays = m_model->essays();
    int bilingual = 0;
    int blocks = 0;
    int pairs = 0;
    for (const EssayRecord &essay : essays) {
        bilingual += essay.pairCount > 0 ? 1 : 0;
        blocks += essay.blockCount;
        pairs += essay.pairCount;
    }
    QString text;
    if (!m_library) {
        text = tr("No library");
    } else {
        text = m_proxy->rowCount() != essays.size()
                   ? tr("Essays: %1 of %2 shown").arg(QString::number(m_proxy->rowCount()),
                                                      QString::number(essays.size()))
                   : tr("Essays: %1").arg(essays.size());
        text += QStringLiteral("  \u00b7  ") + tr("bilingual: %1").arg(bilingual)
                + QStringLiteral("  \u00b7  ") + tr("blocks: %1").arg(blocks)
                + QStringLiteral("  \u00b7  ") + tr("pairs: %1").arg(pairs);
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
           "Chinese side by side. Everything stays on this computer.</p><p>Library: %2</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(),
                 QDir::toNativeSeparators(m_libraryPath).toHtmlEscaped()));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_essayView->setRawView(settings.value(kRawViewKey, false).toBool());
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
    if (m_library) {
        settings.setValue(kLastLibraryKey, m_libraryPath);
        settings.setValue(kLastEssayKey, currentEssayId());
    }
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
