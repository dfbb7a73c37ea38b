#pragma once

#include "GlossaryRepository.h"

#include <QObject>

class QAction;
class QDialog;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QTextEdit;
class QToolButton;
class QTreeWidget;

namespace duizhao {

class Library;

// The glossary in the window: the Glossary dock (every EN ↔ ZH pair, filtered as you
// type in either language, removable) and adding a pair — from a word popup's "Add to
// Glossary", or from Annotate-free text the reader types — through a small dialog that
// asks for the other language's term and a note. Reads and writes through Library.
// A pair from the page (Add to Glossary…, Edit menu or the page's context menu): the
// selection fills its language's field of a small dialog that stays open, and the next
// selection in the page (the other language's phrase) fills the other; OK stores both.
// The dock's Export button writes the glossary as CSV or TBX (GlossaryExport, atomic).
class GlossaryWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit GlossaryWorkspace(QMainWindow *window);

    void setLibrary(Library *library);
    QDockWidget *dock() const { return m_dock; }
    QAction *addTermAction() const { return m_addAction; }
    QList<GlossaryTerm> terms() const { return m_terms; }

    // Asks for the pair (prefilled) and a note, then stores it; false when cancelled or
    // without a library.
    bool addTerm(const QString &chinese, const QString &english);
    // Stores a pair without asking (tests, scripted use). Returns its id, 0 on failure.
    qint64 storeTerm(const QString &english, const QString &chinese, const QString &note);
    void refresh();

    // The page whose selections make pairs (the reader's browser).
    void setPage(QTextEdit *page);
    // Opens the pair dialog with `selection` in its language's field (Chinese when it
    // has Han characters); while it is open, offerSelection fills the fields.
    void beginPair(const QString &selection);
    void offerSelection(const QString &selection);
    // The pair dialog while it is open, else nullptr (tests).
    QDialog *pairDialog() const;

    enum class ExportFormat { Csv, Tbx };
    // Writes every term to `path` atomically; an empty string, else why not.
    QString exportTo(const QString &path, ExportFormat format);
    QToolButton *exportButton() const { return m_exportButton; }

signals:
    void termsChanged();

private:
    void applyFilter();
    void chooseExport(ExportFormat format);

    QMainWindow *m_window;
    Library *m_library = nullptr;
    QDockWidget *m_dock;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QAction *m_addAction;
    QToolButton *m_exportButton;
    QTextEdit *m_page = nullptr;
    QDialog *m_pairDialog = nullptr;
    QLineEdit *m_pairEnglish = nullptr;
    QLineEdit *m_pairChinese = nullptr;
    QLineEdit *m_pairNote = nullptr;
    QList<GlossaryTerm> m_terms;
};

} // namespace duizhao
