#pragma once

#include "Annotation.h"
#include "AnnotationEdit.h"
#include "shell/LibraryCommand.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace duizhao {

class AnnotationPanel;
class ClaimsView;
class EssayAnnotationLayer;
class EssayView;
class Library;
class NeedsReviewView;
class SelectionToolBar;
class TagCodebookDialog;

// Everything the reader does with annotations, kept out of MainWindow: the undo stack,
// the highlights in the essay view (EssayAnnotationLayer), the side panel and the
// needs-review list (docks), the claims window, the tag codebook dialog, and the
// actions for the menus and the text's context menu.
//
// Every change goes through an AnnotationCommand on the undo stack and is written to
// the library at once; then every view re-reads (annotationsChanged). Errors are shown
// in a window-modal message box opened without blocking (objectName
// "annotationError") and returned as false.
class AnnotationWorkspace : public QObject
{
    Q_OBJECT

public:
    AnnotationWorkspace(QMainWindow *window, EssayView *view);
    ~AnnotationWorkspace() override;

    // nullptr: no library open. Clears the undo stack (its edits belong to the old one).
    void setLibrary(Library *library);
    // Re-reads everything (after an import re-anchored annotations). The undo stack is
    // cleared: its snapshots predate the new text.
    void reload();
    // Re-reads the views after another edit of the library (a correction, the codebook,
    // a rule, or its undo), keeping the undo stack.
    void libraryEdited();
    // A read-only library: the annotating actions are off, and edits are refused.
    void setReadOnly(bool readOnly);
    // How the codebook dialog hands its edits to the window (undoable TagEdits).
    void setEditPerformer(EditPerformer performer) { m_performEdit = std::move(performer); }

    QUndoStack *undoStack() const { return m_undoStack; }
    EssayAnnotationLayer *layer() const { return m_layer; }
    AnnotationPanel *panel() const { return m_panel; }
    NeedsReviewView *needsReview() const { return m_needsReview; }
    ClaimsView *claimsView() const { return m_claims; }
    SelectionToolBar *selectionToolBar() const { return m_selectionBar; }
    // Shows the selection bar over the current selection if it can be annotated.
    void offerSelectionToolBar();
    QDockWidget *panelDock() const { return m_panelDock; }
    QDockWidget *needsReviewDock() const { return m_needsReviewDock; }

    // Edit menu: undo, redo. Annotate menu: the rest.
    void addEditActions(QMenu *menu) const;
    void addAnnotateActions(QMenu *menu) const;
    QAction *highlightAction() const { return m_highlightAction; }
    QAction *annotateAction() const { return m_annotateAction; }
    QAction *claimAction() const { return m_claimAction; }
    QAction *claimsAction() const { return m_claimsAction; }

    // A new annotation for the selected text (essay, anchor, default colour); nullopt
    // when nothing annotatable is selected.
    std::optional<Annotation> annotationForSelection() const;

    // Undoable operations; false (and the reason shown) when refused. The undo stack is
    // the library's: the window puts its corrections, codebook and rule edits on it too.
    bool create(const Annotation &annotation);
    // A plain highlight of the selection in `colour`.
    bool highlightSelection(const QString &colour);
    bool change(const Annotation &changed);
    bool remove(qint64 annotationId);
    // Re-attaches an (orphaned) annotation to the current selection of its essay.
    bool reattachToSelection(qint64 annotationId);
    // Records the selection, in the other language's block of the annotation's pair, as
    // its counterpart quote (shown in the claims window and exports).
    bool setCounterpartFromSelection(qint64 annotationId);

    // Opens the editor for the selection (new) or an annotation (existing), without
    // blocking; accepting it writes. `claim` pre-ticks "This is a claim".
    void editSelection(bool claim);
    void editAnnotation(qint64 annotationId);

    // Scrolls to the annotation in the open essay and selects it in the panel.
    bool showAnnotation(qint64 annotationId);
    void showClaims();
    void showTagCodebook();

signals:
    void annotationsChanged(qint64 essayId);
    // A view wants the essay open at an annotation (MainWindow opens the essay, then
    // calls showAnnotation).
    void openEssayRequested(qint64 essayId, qint64 annotationId);
    void statusMessage(const QString &text);
    // The claims window asks to export the claims it lists.
    void exportRequested(const QList<qint64> &annotationIds);

private:
    void createActions();
    // The text's context menu: the browser's own entries plus annotating the selection,
    // the counterpart quote, and editing or deleting the annotation under the mouse.
    void populateContextMenu(QMenu *menu, qint64 annotationId);
    static QString notAnnotatableMessage();
    bool perform(AnnotationEdit edit, const QString &text);
    void onChanged(qint64 essayId);
    void refreshEssay();
    void refreshLibraryViews();
    void refreshClaims();
    void updateActions();
    QStringList codebookNames() const;
    void reportError(const QString &title, const QString &text);

    QMainWindow *m_window;
    EssayView *m_view;
    Library *m_library = nullptr;
    QUndoStack *m_undoStack = nullptr;
    EssayAnnotationLayer *m_layer = nullptr;
    AnnotationPanel *m_panel = nullptr;
    NeedsReviewView *m_needsReview = nullptr;
    SelectionToolBar *m_selectionBar = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QDockWidget *m_needsReviewDock = nullptr;
    ClaimsView *m_claims = nullptr;
    QPointer<TagCodebookDialog> m_codebook;
    EditPerformer m_performEdit;
    bool m_readOnly = false;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_highlightAction = nullptr;
    QAction *m_annotateAction = nullptr;
    QAction *m_claimAction = nullptr;
    QAction *m_claimsAction = nullptr;
    QAction *m_codebookAction = nullptr;
    QString m_lastColor;
    QStringList m_claimTypes = Annotation::defaultClaimTypes(); // and those used in the library
    bool m_claimsStale = true;
};

} // namespace duizhao
