#pragma once

#include "ExportSelection.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;

namespace duizhao {

class Library;

// File → Export…: which essays (the open one, the ones selected in the library, the whole
// library), only claims or every annotation, notes only or with the essay text, and the
// format; a live preview of what will be written (Markdown, CSV, JSON and TMX as text,
// HTML and PDF laid out, a .qdpx as the list of files it holds); then a file name,
// written atomically.
//
// Reads the library through ExportSelection and writes through ExportFile, like the CLI,
// so a GUI export and `duizhao-cli export` of the same choice are the same bytes.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { CurrentEssay, SelectedEssays, WholeLibrary, ListedAnnotations };

    ExportDialog(Library &library, qint64 currentEssay, const QList<qint64> &selectedEssays,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Offers (and chooses) exactly these annotations as the scope, e.g. the claims a
    // filtered claims view lists; `label` says where they come from.
    void setListedAnnotations(const QList<qint64> &annotationIds, const QString &label);

    Scope scope() const;
    void setScope(Scope scope);
    QString format() const; // "md", "html", "pdf", "csv", "json", "qdpx", "tmx", "csl-json"
    void setFormat(const QString &format);
    void setClaimsOnly(bool claimsOnly);
    void setNotesOnly(bool notesOnly);

    ExportSelection selection() const;
    // What the preview shows now: the text for text formats, the laid-out document's
    // plain text for HTML and PDF, the list of files for a binary (ZIP) format. For tests.
    QString previewText() const;
    // Writes the current choice to `path` on a worker thread with its own library
    // connection, behind a progress dialog whose Cancel leaves no file. Emits finished().
    void startExport(const QString &path);
    bool isExporting() const;

signals:
    // `error` is empty on success, else the reason (the dialog also shows it); a
    // cancelled export gives "cancelled".
    void exportFinished(const QString &path, const QString &error);

private:
    void onExportFinished(const QString &path, const QString &error);
    void schedulePreview();
    void updatePreview();
    void chooseFileAndExport();
    QString suggestedFileName() const;

    Library &m_library;
    qint64 m_currentEssay = 0;
    QList<qint64> m_selectedEssays;

    QButtonGroup *m_scopeGroup = nullptr;
    QRadioButton *m_currentButton = nullptr;
    QRadioButton *m_selectedButton = nullptr;
    QRadioButton *m_libraryButton = nullptr;
    QRadioButton *m_listedButton = nullptr;
    QList<qint64> m_listedAnnotations;
    QCheckBox *m_claimsOnly = nullptr;
    QCheckBox *m_notesOnly = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QPlainTextEdit *m_textPreview = nullptr;
    QTextBrowser *m_documentPreview = nullptr;
    std::unique_ptr<QTextDocument> m_pdfDocument;
    QFutureWatcher<QString> *m_exportWatcher = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_previewPending = false;
};

} // namespace duizhao
