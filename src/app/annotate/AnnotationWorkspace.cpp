#include "AnnotationWorkspace.h"

#include "AnnotationCommand.h"
#include "AnnotationEditor.h"
#include "AnnotationPanel.h"
#include "ClaimsModel.h"
#include "ClaimsView.h"
#include "DatabaseError.h"
#include "EssayAnnotationLayer.h"
#include "Library.h"
#include "NeedsReviewView.h"
#include "SelectionToolBar.h"
#include "TagCodebookDialog.h"
#include "reader/EssayView.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <exception>

namespace duizhao {

AnnotationWorkspace::AnnotationWorkspace(QMainWindow *window, EssayView *view)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_lastColor(AnnotationEditor::palette().front())
{
    setObjectName(QStringLiteral("annotationWorkspace"));
    m_undoStack = new QUndoStack(this);
    m_layer = new EssayAnnotationLayer(view, this);

    m_panel = new AnnotationPanel;
    m_panelDock = new QDockWidget(tr("Annotations"), window);
    m_panelDock->setObjectName(QStringLiteral("annotationDock"));
    m_panelDock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_panelDock);

    m_needsReview = new NeedsReviewView;
    m_needsReviewDock = new QDockWidget(tr("Needs Review"), window);
    m_needsReviewDock->setObjectName(QStringLiteral("needsReviewDock"));
    m_needsReviewDock->setWidget(m_needsReview);
    window->addDockWidget(Qt::RightDockWidgetArea, m_needsReviewDock);
    window->tabifyDockWidget(m_panelDock, m_needsReviewDock);
    window->resizeDocks({m_panelDock}, {320}, Qt::Horizontal);
    m_panelDock->raise();

    m_claims = new ClaimsView(window);
    m_selectionBar = new SelectionToolBar(view->browser()->viewport());

    createActions();

    connect(view, &EssayView::pageRendered, this, &AnnotationWorkspace::refreshEssay);
    connect(view->browser(), &QTextBrowser::selectionChanged, this, [this] {
        updateActions();
        if (!m_view->browser()->textCursor().hasSelection())
            m_selectionBar->hide();
    });
    connect(view->browser()->verticalScrollBar(), &QScrollBar::valueChanged, m_selectionBar,
            &QWidget::hide);
    connect(m_layer, &EssayAnnotationLayer::selectionFinished, this,
            &AnnotationWorkspace::offerSelectionToolBar);
    connect(m_selectionBar, &SelectionToolBar::highlightRequested, this,
            &AnnotationWorkspace::highlightSelection);
    connect(m_selectionBar, &SelectionToolBar::annotateRequested, this,
            [this] { editSelection(false); });
    connect(m_selectionBar, &SelectionToolBar::claimRequested, this,
            [this] { editSelection(true); });
    connect(m_layer, &EssayAnnotationLayer::annotationClicked, this, [this](qint64 id) {
        m_panelDock->raise();
        m_panel->selectAnnotation(id);
    });
    connect(m_layer, &EssayAnnotationLayer::contextMenuRequested, this,
            &AnnotationWorkspace::populateContextMenu);
    connect(m_panel, &AnnotationPanel::annotationActivated, this, [this](qint64 id) {
        if (!m_layer->reveal(id)) {
            m_needsReview->selectAnnotation(id);
            m_needsReviewDock->raise();
        }
    });
    connect(m_panel, &AnnotationPanel::editRequested, this, &AnnotationWorkspace::editAnnotation);
    connect(m_panel, &AnnotationPanel::removeRequested, this, &AnnotationWorkspace::remove);
    // Queued: writing reloads the claims model, which must not happen inside the
    // delegate's setModelData that asked for the change.
    connect(m_claims->model(), &ClaimsModel::changeRequested, this,
            [this](const Annotation &changed) {
                QTimer::singleShot(0, this, [this, changed] { change(changed); });
            });
    connect(m_claims, &ClaimsView::openRequested, this, &AnnotationWorkspace::openEssayRequested);
    connect(m_claims, &ClaimsView::exportRequested, this, &AnnotationWorkspace::exportRequested);
    connect(m_needsReview, &NeedsReviewView::openRequested, this,
            &AnnotationWorkspace::openEssayRequested);
    connect(m_needsReview, &NeedsReviewView::reattachRequested, this,
            &AnnotationWorkspace::reattachToSelection);
    updateActions();
}

AnnotationWorkspace::~AnnotationWorkspace() = default;

void AnnotationWorkspace::populateContextMenu(QMenu *menu, qint64 annotationId)
{
    menu->addSeparator();
    menu->addAction(m_highlightAction);
    QMenu *colours = menu->addMenu(tr("Highlight in Colour"));
    colours->setEnabled(m_highlightAction->isEnabled());
    const QStringList names = AnnotationEditor::paletteNames();
    const QStringList palette = AnnotationEditor::palette();
    for (qsizetype i = 0; i < palette.size(); ++i) {
        colours->addAction(AnnotationEditor::swatch(palette[i]), names.value(i), this,
                           [this, colour = palette[i]] { highlightSelection(colour); });
    }
    menu->addAction(m_annotateAction);
    menu->addAction(m_claimAction);
    // A selection in the paired paragraph of the annotation chosen in the panel can
    // become its counterpart quote.
    const qint64 chosen = m_panel->currentAnnotationId();
    const std::optional<Anchor> selection = m_layer->selectionAnchor();
    for (const Annotation &annotation : m_layer->annotations()) {
        if (annotation.id == chosen && selection &&
            annotation.counterpartBlock == selection->block) {
            menu->addAction(
                tr("Use as Counterpart of \u201c%1\u201d").arg(annotation.anchor.quote.left(30)),
                this, [this, chosen] { setCounterpartFromSelection(chosen); });
        }
    }
    if (annotationId != 0) {
        menu->addSeparator();
        menu->addAction(tr("Edit Annotation\u2026"), this,
                        [this, annotationId] { editAnnotation(annotationId); });
        menu->addAction(tr("Delete Annotation"), this,
                        [this, annotationId] { remove(annotationId); });
    }
}

void AnnotationWorkspace::createActions()
{
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_highlightAction = new QAction(tr("&Highlight"), this);
    m_highlightAction->setObjectName(QStringLiteral("highlightAction"));
    m_highlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_highlightAction->setStatusTip(tr("Highlight the selected text in the last colour used"));
    connect(m_highlightAction, &QAction::triggered, this,
            [this] { highlightSelection(m_lastColor); });

    m_annotateAction = new QAction(tr("&Annotate Selection\u2026"), this);
    m_annotateAction->setObjectName(QStringLiteral("annotateAction"));
    m_annotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_annotateAction->setStatusTip(tr("Highlight the selected text with tags and a note"));
    connect(m_annotateAction, &QAction::triggered, this, [this] { editSelection(false); });

    m_claimAction = new QAction(tr("Mark as &Claim\u2026"), this);
    m_claimAction->setObjectName(QStringLiteral("claimAction"));
    m_claimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_claimAction->setStatusTip(tr("Mark the selected text as a claim, with its type and verdict"));
    connect(m_claimAction, &QAction::triggered, this, [this] { editSelection(true); });

    m_claimsAction = new QAction(tr("&Claims Across the Library"), this);
    m_claimsAction->setObjectName(QStringLiteral("claimsAction"));
    m_claimsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_claimsAction, &QAction::triggered, this, &AnnotationWorkspace::showClaims);

    m_codebookAction = new QAction(tr("&Tag Codebook\u2026"), this);
    m_codebookAction->setObjectName(QStringLiteral("codebookAction"));
    connect(m_codebookAction, &QAction::triggered, this, &AnnotationWorkspace::showTagCodebook);

    for (QAction *action : {m_highlightAction, m_annotateAction, m_claimAction})
        m_view->browser()->addAction(action); // shortcuts work while reading
}

void AnnotationWorkspace::addEditActions(QMenu *menu) const
{
    menu->addAction(m_undoAction);
    menu->addAction(m_redoAction);
}

void AnnotationWorkspace::addAnnotateActions(QMenu *menu) const
{
    menu->addAction(m_highlightAction);
    menu->addAction(m_annotateAction);
    menu->addAction(m_claimAction);
    menu->addSeparator();
    menu->addAction(m_claimsAction);
    menu->addAction(m_panelDock->toggleViewAction());
    menu->addAction(m_needsReviewDock->toggleViewAction());
    menu->addAction(m_codebookAction);
}

void AnnotationWorkspace::setLibrary(Library *library)
{
    if (m_codebook && library != m_library)
        m_codebook->close(); // it edits the library it was opened on
    m_library = library;
    reload();
}

void AnnotationWorkspace::reload()
{
    m_undoStack->clear();
    refreshEssay();
    refreshLibraryViews();
}

void AnnotationWorkspace::libraryEdited()
{
    refreshEssay();
    refreshLibraryViews();
    if (m_codebook)
        m_codebook->reload();
}

void AnnotationWorkspace::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_selectionBar->hide();
    updateActions();
}

std::optional<Annotation> AnnotationWorkspace::annotationForSelection() const
{
    if (!m_library || !m_view->essay())
        return std::nullopt;
    const std::optional<Anchor> anchor = m_layer->selectionAnchor();
    if (!anchor)
        return std::nullopt;
    Annotation annotation;
    annotation.essayId = m_view->essayId();
    annotation.anchor = *anchor;
    annotation.color = m_lastColor;
    return annotation;
}

bool AnnotationWorkspace::perform(AnnotationEdit edit, const QString &text)
{
    if (!m_library) {
        reportError(tr("Cannot Annotate"), tr("No library is open."));
        return false;
    }
    try {
        m_library->requireWritable(tr("an annotation"));
        edit.apply(*m_library);
    } catch (const DatabaseError &error) {
        reportError(tr("Cannot Change Annotation"), error.message());
        return false;
    } catch (const std::exception &error) {
        reportError(tr("Cannot Change Annotation"), QString::fromLocal8Bit(error.what()));
        return false;
    }
    const qint64 essayId = edit.essayId();
    auto *command = new AnnotationCommand(
        m_library, std::move(edit), text, [this](qint64 essay, qint64) { onChanged(essay); },
        [this](const QString &reason) { reportError(tr("Cannot Undo or Redo"), reason); });
    m_undoStack->push(command);
    onChanged(essayId);
    return true;
}

bool AnnotationWorkspace::create(const Annotation &annotation)
{
    if (!annotation.color.isEmpty())
        m_lastColor = annotation.color;
    const bool done = perform(AnnotationEdit::create(annotation),
                              annotation.isClaim() ? tr("Mark Claim") : tr("Add Annotation"));
    if (done)
        emit statusMessage(tr("Annotated \u201c%1\u201d").arg(annotation.anchor.quote.left(40)));
    return done;
}

bool AnnotationWorkspace::change(const Annotation &changed)
{
    return perform(AnnotationEdit::change(changed), tr("Edit Annotation"));
}

bool AnnotationWorkspace::remove(qint64 annotationId)
{
    return perform(AnnotationEdit::remove(annotationId), tr("Delete Annotation"));
}

bool AnnotationWorkspace::reattachToSelection(qint64 annotationId)
{
    if (!m_library)
        return false;
    std::optional<Annotation> annotation = m_library->annotations().find(annotationId);
    if (!annotation)
        return false;
    const std::optional<Anchor> anchor = m_layer->selectionAnchor();
    if (m_view->essayId() != annotation->essayId || !anchor) {
        reportError(
            tr("Cannot Re-attach"),
            tr("Open the annotation's essay and select the text it belongs to, then re-attach."));
        return false;
    }
    annotation->anchor = *anchor;
    annotation->orphaned = false;
    return perform(AnnotationEdit::change(*annotation), tr("Re-attach Annotation"));
}

bool AnnotationWorkspace::highlightSelection(const QString &colour)
{
    std::optional<Annotation> annotation = annotationForSelection();
    if (!annotation) {
        emit statusMessage(notAnnotatableMessage());
        return false;
    }
    annotation->color = colour;
    return create(*annotation);
}

QString AnnotationWorkspace::notAnnotatableMessage()
{
    return tr("Select text in a paragraph that shows the original text (not the converted column) "
              "to annotate it.");
}

bool AnnotationWorkspace::setCounterpartFromSelection(qint64 annotationId)
{
    if (!m_library)
        return false;
    std::optional<Annotation> annotation = m_library->annotations().find(annotationId);
    const std::optional<Anchor> selection = m_layer->selectionAnchor();
    if (!annotation || m_view->essayId() != annotation->essayId || !selection ||
        selection->block != annotation->counterpartBlock) {
        reportError(tr("Cannot Set Counterpart"),
                    tr("Select the counterpart text in the paragraph paired with the annotation."));
        return false;
    }
    annotation->counterpartQuote = selection->quote;
    return perform(AnnotationEdit::change(*annotation), tr("Set Counterpart"));
}

void AnnotationWorkspace::offerSelectionToolBar()
{
    if (m_readOnly || !annotationForSelection()) {
        m_selectionBar->hide();
        return;
    }
    QTextBrowser *browser = m_view->browser();
    const QTextCursor selection = browser->textCursor();
    QTextCursor start(browser->document());
    start.setPosition(selection.selectionStart());
    QTextCursor end(browser->document());
    end.setPosition(selection.selectionEnd());
    m_selectionBar->showFor(browser->cursorRect(start).united(browser->cursorRect(end)));
}

void AnnotationWorkspace::editSelection(bool claim)
{
    std::optional<Annotation> annotation = annotationForSelection();
    if (!annotation) {
        emit statusMessage(notAnnotatableMessage());
        return;
    }
    if (claim) {
        annotation->claimType = m_claimTypes.front();
        annotation->verdict = Annotation::verdicts().front();
    }
    auto *editor = new AnnotationEditor(*annotation, codebookNames(), m_claimTypes, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] { create(editor->annotation()); });
    editor->open();
}

void AnnotationWorkspace::editAnnotation(qint64 annotationId)
{
    if (!m_library)
        return;
    const std::optional<Annotation> annotation = m_library->annotations().find(annotationId);
    if (!annotation)
        return;
    auto *editor = new AnnotationEditor(*annotation, codebookNames(), m_claimTypes, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, original = *annotation] {
        const Annotation changed = editor->annotation();
        if (changed != original)
            change(changed);
    });
    editor->open();
}

bool AnnotationWorkspace::showAnnotation(qint64 annotationId)
{
    m_panel->selectAnnotation(annotationId);
    if (m_layer->reveal(annotationId)) {
        m_panelDock->raise();
        return true;
    }
    m_needsReview->selectAnnotation(annotationId); // orphaned: it has no place to show
    m_needsReviewDock->show();
    m_needsReviewDock->raise();
    return false;
}

void AnnotationWorkspace::showClaims()
{
    if (m_claimsStale)
        refreshClaims();
    m_claims->show();
    m_claims->raise();
    m_claims->activateWindow();
}

void AnnotationWorkspace::showTagCodebook()
{
    if (!m_library)
        return;
    if (!m_codebook) {
        m_codebook = new TagCodebookDialog(m_library, m_performEdit, m_window);
        m_codebook->setAttribute(Qt::WA_DeleteOnClose);
        // Renames, merges and deletes (undoable TagEdits, which restore the taggings
        // exactly) change what annotations show: the performer re-reads the views.
    }
    m_codebook->show();
    m_codebook->raise();
}

void AnnotationWorkspace::onChanged(qint64 essayId)
{
    if (essayId == m_view->essayId())
        refreshEssay();
    refreshLibraryViews();
    if (m_codebook)
        m_codebook->reload(); // usage counts, tags new with this annotation
    emit annotationsChanged(essayId);
}

void AnnotationWorkspace::refreshEssay()
{
    QList<Annotation> annotations;
    if (m_library && m_view->essay() && !m_view->essay()->blocks.isEmpty()) {
        try {
            annotations = m_library->annotations().ofEssay(m_view->essayId());
        } catch (const DatabaseError &error) {
            emit statusMessage(error.message());
        }
    }
    m_layer->setAnnotations(annotations);
    m_panel->setAnnotations(annotations);
    updateActions();
}

void AnnotationWorkspace::refreshLibraryViews()
{
    m_claimTypes = Annotation::defaultClaimTypes();
    if (!m_library) {
        m_claims->model()->setRows({});
        m_needsReview->setAnnotations({}, {});
        return;
    }
    try {
        const QList<Annotation> all = m_library->annotations().ofEssay();
        for (const Annotation &annotation : all) {
            if (annotation.isClaim() && !m_claimTypes.contains(annotation.claimType))
                m_claimTypes << annotation.claimType; // the user's own types
        }
        QList<qint64> annotated;
        for (const Annotation &annotation : all)
            annotated << annotation.essayId;
        m_needsReview->setAnnotations(all, m_library->essays().titles(annotated));
    } catch (const DatabaseError &error) {
        emit statusMessage(error.message());
    }
    // The claims table reads every essay with claims (for the counterpart text): only
    // while it is shown; otherwise when it is next opened.
    m_claimsStale = true;
    if (m_claims->isVisible())
        refreshClaims();
}

void AnnotationWorkspace::refreshClaims()
{
    if (!m_library) {
        m_claims->model()->setRows({});
        return;
    }
    try {
        m_claims->model()->setRows(ClaimsModel::rowsFrom(*m_library));
        m_claims->setClaimTypes(m_claimTypes);
        m_claimsStale = false;
    } catch (const DatabaseError &error) {
        emit statusMessage(error.message());
    }
}

void AnnotationWorkspace::updateActions()
{
    const bool selected =
        m_library && !m_readOnly && m_view->browser()->textCursor().hasSelection();
    m_highlightAction->setEnabled(selected);
    m_annotateAction->setEnabled(selected);
    m_claimAction->setEnabled(selected);
    m_claimsAction->setEnabled(m_library != nullptr);
    m_codebookAction->setEnabled(m_library != nullptr && !m_readOnly);
}

QStringList AnnotationWorkspace::codebookNames() const
{
    return m_library ? m_library->tags().names() : QStringList();
}

void AnnotationWorkspace::reportError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("annotationError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace duizhao
