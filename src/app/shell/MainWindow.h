#pragma once

#include "StructureRule.h"

#include "ImportResult.h"
#include "Library.h"
#include "shell/LibraryCommand.h"

#include <QFutureWatcher>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMessageBox;
class QLineEdit;
class QProgressDialog;
class QSplitter;
class QTableView;
class QUndoStack;

namespace duizhao {

class AnnotationWorkspace;
class ConcordancePanel;
class GlossaryWorkspace;
class PinyinLayer;
class WordLookup;
class EssayView;
class ExportDialog;
class ImportJob;
class SearchPanel;
class StatisticsWindow;
class LibraryFilterModel;
class LibraryModel;

// The reader's window: the library as a sortable, filterable table on the left, the
// selected essay side by side on the right, import in the File menu (and by dropping
// files on the window).
//
// The constructor only builds widgets. setLibraryPath() opens a library, openEssay()
// shows an essay, importPaths() imports on a worker thread; restoreSettings() applies
// the saved geometry, and only a window that restored its settings saves them again
// on close, so windows made by tests leave the user's settings alone.
//
// Library errors are reported in a window-modal QMessageBox opened without blocking
// (objectName "errorMessage"); the methods also return false and set lastError().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ImportFeedback {
        Dialog, // progress dialog, then the per-file results dialog
        Quiet,  // progress dialog, then a status-bar summary only (scripted runs)
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) the library at `path` and lists it. On failure the
    // window keeps no library, shows the reason and returns false.
    bool setLibraryPath(const QString &path);
    QString libraryPath() const { return m_libraryPath; }
    bool hasLibrary() const { return m_library != nullptr; }
    QString lastError() const { return m_lastError; }

    // Re-reads the essay list, keeping the current essay selected.
    void refresh();
    // Selects the essay in the list (clearing a filter that hides it) and shows it.
    bool openEssay(qint64 id);
    qint64 currentEssayId() const;
    // The essay open when the window was last closed on this library (when settings
    // were restored), else the first row of the list. False when the list is empty.
    bool openDefaultEssay();

    // Imports files and folders on a worker thread with its own Library connection.
    // Returns false (and reports why) when no library is open or an import is running.
    bool importPaths(const QStringList &paths, ImportFeedback feedback = ImportFeedback::Dialog);
    bool isImporting() const { return m_importJob != nullptr; }
    void cancelImport();

    // File → Export…: opens the export dialog (window-modal, not blocking) on the open
    // essay and the essays selected in the library. nullptr when no library is open.
    ExportDialog *openExportDialog();
    // The same, scoped to these annotations (the claims a filtered claims view lists).
    ExportDialog *openExportDialog(const QList<qint64> &annotationIds, const QString &label);
    // The essays whose rows are selected in the library table, in table order.
    QList<qint64> selectedEssayIds() const;

    // Window geometry and state, the splitter, the library's columns, the reader's
    // options, the last essay and the reading position in each essay (ReadingPositions).
    void restoreSettings();
    void saveSettings() const;
    // The size and place a new window takes on its screen (WindowLayout), and the
    // default widths of the library pane and the annotations dock.
    void applyDefaultLayout();

    // View → Library (F9): the library pane, which the splitter can also collapse.
    QAction *libraryPaneAction() const { return m_libraryPaneAction; }
    bool isLibraryPaneShown() const;
    void setLibraryPaneShown(bool shown);
    QSplitter *splitter() const { return m_splitter; }
    // Shows the search dock in front of the docks it shares a tab bar with, the query
    // field focused (View → Search Library, Go → Focus Search).
    void showSearch();
    // Go → Next / Previous Essay: the next row of the (sorted, filtered) library.
    bool openAdjacentEssay(int step);
    // Go → Next / Previous Annotation of the open essay, in text order, wrapping.
    bool showAdjacentAnnotation(int step);
    // The block at the top of the reading pane; -1 when no essay is shown.
    int topBlock() const;
    // Scrolls the reading pane so that `block` is at its top.
    bool scrollToBlock(int block);
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }

    LibraryModel *libraryModel() const { return m_model; }
    LibraryFilterModel *filterModel() const { return m_proxy; }
    QTableView *libraryView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    EssayView *essayView() const { return m_essayView; }
    // Highlights, tags, notes and claims of the open essay and the library (docks, the
    // claims window, Edit > Undo/Redo, the Annotate menu).
    AnnotationWorkspace *annotations() const { return m_annotations; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    // The dictionary popup and word snapping, pinyin over the page, the glossary dock.
    WordLookup *wordLookup() const { return m_wordLookup; }
    PinyinLayer *pinyinLayer() const { return m_pinyin; }
    GlossaryWorkspace *glossary() const { return m_glossary; }
    QDockWidget *searchDock() const { return m_searchDock; }
    // The concordance tab beside Search, and Tools > Statistics (issue 18).
    ConcordancePanel *concordancePanel() const { return m_concordancePanel; }
    QDockWidget *concordanceDock() const { return m_concordanceDock; }
    StatisticsWindow *statisticsWindow();

    // Stores metadata corrections of an essay (see MetadataDialog) and shows them.
    bool applyMetadata(qint64 essayId,
                       const QList<std::pair<MetadataField, std::optional<QString>>> &changes);
    // Re-classifies a block ("this is not a footer") and shows the essay again.
    bool setBlockKind(qint64 essayId, int blockIndex, BlockKind kind);
    // "Every Line Like This…" on a block: asks how alike and where, then teaches the rule.
    bool chooseStructureRule(qint64 essayId, int blockIndex);
    // Stores the rule and re-classifies the library's matching lines (StructureTeacher).
    bool teachStructureRule(const StructureRule &rule);
    void showStructureRules();
    // Stores the user's alignment of an essay (nullopt: back to the automatic one).
    bool setAlignment(qint64 essayId, const std::optional<QList<Pair>> &pairs);
    // Attaches the translation in `file` to an essay in one language (aligned by
    // length, kept across re-imports), or detaches it.
    bool attachTranslation(qint64 essayId, const QString &file);
    bool detachTranslation(qint64 essayId);
    QAction *attachTranslationAction() const { return m_attachTranslationAction; }
    QAction *detachTranslationAction() const { return m_detachTranslationAction; }
    QAction *editMetadataAction() const { return m_editMetadataAction; }
    QAction *structureRulesAction() const { return m_structureRulesAction; }

    // The library's one undo stack: annotations, corrections, the codebook and the
    // structure rules (owned by the annotation workspace, cleared when another library
    // is opened).
    QUndoStack *undoStack() const;
    // Applies an edit, puts it on the undo stack and re-reads the views; false (and the
    // reason shown, titled "Cannot <text>") when refused. `applied` runs right after a
    // successful apply, before the views re-read.
    bool performEdit(std::unique_ptr<LibraryEdit> edit, const QString &text,
                     const std::function<void()> &applied = {});
    EditPerformer editPerformer();

    // File → Restore from Backup…: the backups of the open library, and restoring one.
    void showRestoreDialog();
    // Replaces the open library with a backup (closing it first, reopening after);
    // false and the reason shown when refused.
    bool restoreBackup(const QString &backupFile);
    // Opens libraries read-only from now on (the --read-only option).
    void setReadOnlyRequested(bool readOnly) { m_readOnlyRequested = readOnly; }
    bool isReadOnly() const { return m_library && m_library->isReadOnly(); }
    QAction *restoreAction() const { return m_restoreAction; }
    QAction *importFilesAction() const { return m_importFilesAction; }

    // Opens an essay at a search hit: scrolled to the block, the matched spans marked.
    bool openSearchHit(qint64 essayId, int block, const QList<QPair<int, int>> &highlights);

signals:
    void essayOpened(qint64 id);
    void importFinished(const QList<duizhao::ImportResult> &results);
    // Each file an import handled; `total` is known once the folders are walked.
    void importProgressed(int done, int total);
    // An older library was migrated before it opened (upgradeLibrary).
    void libraryUpgraded(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createSearchDock();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseLibrary();
    // Migrates the library at `path` to this version's schema on a worker thread while a
    // dialog says so (Library::needsUpgrade). Returns why it failed; empty on success.
    QString upgradeLibrary(const QString &path);
    // Re-reads the list when another program (duizhao-cli) has written to the library.
    void refreshIfChangedOutside();
    void showEssayAt(const QModelIndex &proxyIndex);
    void loadEssay(qint64 id);
    void onImportProgress(int done, int total, const QString &path);
    void onImportFinished(const QList<ImportResult> &results, const QString &error);
    void updateStatus();
    void updateImportActions();
    QMessageBox *reportError(const QString &title, const QString &text);
    void about();
    void showShortcuts();
    void showPreferences();
    // The reading position of the open essay, remembered when settings were restored.
    void rememberReadingPosition() const;
    void restoreReadingPosition();
    // Annotations: the workspace, its docks and menus (kept apart from the reader's own).
    void createAnnotationUi();
    void editMetadata();
    void chooseTranslation();
    void updateEssayActions();
    // Re-reads what an edit, its undo or its redo may have changed.
    void libraryEdited();
    // The day's automatic backup, on a worker, when it is due (LibraryBackups).
    void startDailyBackup();
    void waitForBackup();
    // The window title: the essay's, or the program's; marked when read-only.
    void setTitle(const QString &title);

    std::unique_ptr<Library> m_library;
    QString m_libraryPath;
    QString m_lastError;

    LibraryModel *m_model = nullptr;
    LibraryFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    EssayView *m_essayView = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countLabel = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    ConcordancePanel *m_concordancePanel = nullptr;
    QDockWidget *m_concordanceDock = nullptr;
    StatisticsWindow *m_statistics = nullptr;
    QString m_libraryPathForViews; // the library the statistics window reads

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
    QAction *m_editMetadataAction = nullptr;
    QAction *m_structureRulesAction = nullptr;
    QAction *m_attachTranslationAction = nullptr;
    QAction *m_detachTranslationAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    bool m_readOnlyRequested = false;
    QFutureWatcher<QString> *m_backupWatcher = nullptr;
    QAction *m_libraryPaneAction = nullptr;
    QAction *m_nextEssayAction = nullptr;
    QAction *m_previousEssayAction = nullptr;
    QAction *m_nextAnnotationAction = nullptr;
    QAction *m_previousAnnotationAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    qint64 m_shownAnnotation = 0; // the last one Next / Previous Annotation showed
    int m_libraryWidth = 0;       // the library pane's width before it was collapsed

    ImportJob *m_importJob = nullptr;
    ImportFeedback m_importFeedback = ImportFeedback::Dialog;
    QPointer<QProgressDialog> m_progress;
    bool m_settingsRestored = false;

    AnnotationWorkspace *m_annotations = nullptr;
    WordLookup *m_wordLookup = nullptr;
    PinyinLayer *m_pinyin = nullptr;
    GlossaryWorkspace *m_glossary = nullptr;
    qint64 m_dataVersion = -1; // the library's data_version at the last refresh()
};

} // namespace duizhao
