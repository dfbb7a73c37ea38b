#pragma once

#include "ingest/ImportResult.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMessageBox;
class QLineEdit;
class QProgressDialog;
class QSplitter;
class QTableView;

namespace duizhao {

class EssayView;
class ImportJob;
class Library;
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

    void restoreSettings();
    void saveSettings() const;

    LibraryModel *libraryModel() const { return m_model; }
    LibraryFilterModel *filterModel() const { return m_proxy; }
    QTableView *libraryView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    EssayView *essayView() const { return m_essayView; }

signals:
    void essayOpened(qint64 id);
    void importFinished(const QList<duizhao::ImportResult> &results);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseLibrary();
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

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusFilterAction = nullptr;

    ImportJob *m_importJob = nullptr;
    ImportFeedback m_importFeedback = ImportFeedback::Dialog;
    QPointer<QProgressDialog> m_progress;
    bool m_settingsRestored = false;
    qint64 m_dataVersion = -1; // the library's data_version at the last refresh()
};

} // namespace duizhao
