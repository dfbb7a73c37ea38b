#pragma once

#include "GlossaryRepository.h"

#include <QObject>

class QAction;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace duizhao {

class Library;

// The glossary in the window: the Glossary dock (every EN ↔ ZH pair, filtered as you
// type in either language, removable) and adding a pair — from a word popup's "Add to
// Glossary", or from Annotate-free text the reader types — through a small dialog that
// asks for the other language's term and a note. Reads and writes through Library.
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

signals:
    void termsChanged();

private:
    void applyFilter();

    QMainWindow *m_window;
    Library *m_library = nullptr;
    QDockWidget *m_dock;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QAction *m_addAction;
    QList<GlossaryTerm> m_terms;
};

} // namespace duizhao
