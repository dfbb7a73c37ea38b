#pragma once

#include "BlockAnchor.h"
#include "CounterpartHighlight.h"
#include "Essay.h"
#include "EssayHtml.h"
#include "GlossaryHighlight.h"
#include "PageFind.h"
#include "ParagraphIndex.h"

#include <QList>
#include <QPair>
#include <QTextEdit>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTextBrowser;

namespace duizhao {

class BlockContextMenu;
class FindBar;
class ScriptSwitch;

// The reading pane: one essay, side by side (see EssayHtml for the layouts), or every
// block with its kind when the raw view is on. Shows what it is given; it never opens
// the library, so a test can hand it a record directly.
//
// Both "panes" are the two columns of the same tables in one QTextBrowser, so a pair's
// English and Chinese always start on the same line and scroll together. A switch of
// the right column's script changes that column's text in the laid-out page (the page
// keeps its structure, block identities and left column); anything else builds the page again.
// On top of the page it keeps three sets of highlights (QTextEdit extra selections, the
// text itself is never touched):
//  - the counterpart (CounterpartHighlight): hovering a paragraph tints it and its
//    counterpart in the other column (a pair's other side, or the converted copy of a
//    Chinese-only essay's block); clicking pins the highlight until the next click;
//  - find (Ctrl+F, PageFind): every match of the find bar's text, folded like search, in
//    both columns, the current one stronger;
//  - a search hit: the spans of the block a search panel hit points at;
//  - glossary terms (GlossaryHighlight, View → Highlight Glossary Terms): each term where
//    it stands in either column, underlined, its counterpart and note as a tooltip.
// The view renders the page, indexes its paragraphs (ParagraphIndex), keeps the script
// switch, zoom and the raw view, and composes those parts; the block entries of its
// context menu are BlockContextMenu's.
class EssayView : public QWidget
{
    Q_OBJECT

public:
    explicit EssayView(QWidget *parent = nullptr);

    void setEssay(const Essay &essay);
    // Shows no essay, with `message` in its place ("No essay selected" when empty).
    void clear(const QString &message = {});

    qint64 essayId() const { return m_essay ? m_essay->id : 0; }
    // The essay shown, with its blocks; nullptr when none.
    const Essay *essay() const { return m_essay ? &*m_essay : nullptr; }
    bool hasEssay() const { return m_essay.has_value(); }

    bool isRawView() const;
    void setRawView(bool raw);
    // Checkable; the window puts it in its View menu and tool bar.
    QAction *rawViewAction() const { return m_rawViewAction; }

    // Scripts of the panes (see EssayOptions). The choice outlives the essay: the next
    // essay opens in the same scripts.
    ScriptView leftScript() const { return m_options.leftScript; }
    void setLeftScript(ScriptView view);
    std::optional<ScriptView> rightScriptChoice() const { return m_options.rightScript; }
    void setRightScript(std::optional<ScriptView> view);
    // What the right column shows for the current essay.
    ScriptView rightScript() const;
    bool isRightPaneShown() const { return m_options.rightPane; }
    void setRightPaneShown(bool shown);
    ScriptSwitch *scriptSwitch() const { return m_scriptSwitch; }
    // Checkable: tint characters a conversion chose among several (see EssayHtml).
    QAction *markChoicesAction() const { return m_markChoicesAction; }

    // Font size of the page in points; zoom actions step it (Ctrl+=, Ctrl+-, Ctrl+0).
    int pointSize() const { return m_options.pointSize; }
    void setPointSize(int points);
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *zoomResetAction() const { return m_zoomResetAction; }

    // The page's paragraphs by essay block: the essay block a page paragraph shows,
    // -1 for headers and other page text.
    int blockIndexAt(const QPoint &viewportPosition) const;
    int blockIndexAtPosition(int documentPosition) const;
    // Document positions [start, end) of the paragraphs showing a block; `copy`: the
    // converted copy in a Chinese-only essay's right column.
    QList<QPair<int, int>> paragraphSpans(int blockIndex, bool copy = false) const;

    // Counterpart highlight. `blockIndex` -1 clears it.
    void highlightCounterpart(int blockIndex, bool copy = false);
    // The highlighted paragraph and its counterparts ("b12", "c12").
    BlockAnchor highlightedAnchor() const { return m_counterpart.anchor(); }
    QList<BlockAnchor> counterpartAnchors() const { return m_counterpart.counterparts(); }

    // Find in essay. Returns the number of matches; the first one after the top of the
    // view becomes current.
    int find(const QString &text);
    void findNext();
    void findPrevious();
    int findMatchCount() const { return m_find.matchCount(); }
    int currentFindMatch() const { return m_find.currentMatch(); } // -1: none
    // The document span of every match, in page order.
    QList<QPair<int, int>> findMatches() const;
    QAction *findAction() const { return m_findAction; }
    FindBar *findBar() const { return m_findBar; }

    // Scrolls to a block and marks `highlights`, [start, end) in code points of the
    // block's original text (a search hit). Without highlights, the paragraph is marked.
    bool revealBlock(int blockIndex, const QList<QPair<int, int>> &highlights = {});
    QList<QPair<int, int>> hitSpans() const;

    // The glossary's terms, marked on every page while the highlight is on (checkable
    // action, off by default; the window remembers it).
    void setGlossaryTerms(const QList<GlossaryTerm> &terms);
    bool isGlossaryHighlighted() const;
    void setGlossaryHighlighted(bool on);
    QAction *glossaryHighlightAction() const { return m_glossaryAction; }
    // The document spans of the marked terms, in page order (empty when off).
    QList<QPair<int, int>> glossarySpans() const;
    std::optional<GlossaryTerm> glossaryTermAt(int documentPosition) const;
    // The tooltip of a marked term: its counterpart and note.
    static QString glossaryToolTip(const GlossaryTerm &term);

    // The rendered page, for tests and screenshots.
    QTextBrowser *browser() const { return m_browser; }
    // The page as EssayHtml writes it for the current essay and options (made on
    // request: a script switch changes the page in place, without HTML).
    QString html() const;

signals:
    void rawViewChanged(bool raw);
    // The page was laid out again (new essay, raw view toggled): whatever was drawn
    // into the old page (annotation highlights) has to be drawn again.
    void pageRendered();
    void scriptsChanged();
    void pointSizeChanged(int points);
    // The user asked, from the block's context menu, to re-classify it.
    void blockKindChangeRequested(qint64 essayId, int blockIndex, BlockKind kind);
    void structureRuleRequested(qint64 essayId, int blockIndex);
    // The user edited the alignment from a row's context menu (merge, split, unpair,
    // pair; see AlignmentEditor): `pairs` is the whole new alignment.
    void alignmentChangeRequested(qint64 essayId, const QList<duizhao::Pair> &pairs);
    void alignmentResetRequested(qint64 essayId);
    // The page's context menu is being built at `viewportPosition`: others (annotations)
    // add their actions to it before the block-kind and alignment entries.
    void contextMenuAboutToShow(QMenu *menu, const QPoint &viewportPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString pageHtml(const EssayOptions &options) const;
    // A script switch of the right column, made in the laid-out page: only that
    // column's text is replaced. false when the page has to be built again instead.
    bool replaceRightColumn();
    class LayoutPause;
    // Whatever follows a change of the page: paragraph index, switches, highlights;
    // `pause` is the page's layout, held off until the annotations are drawn.
    void pageChanged(LayoutPause &pause);
    void updateScriptSwitch();
    void applySelections();
    void markGlossary();
    void selectMatch(int match);
    void showContextMenu(const QPoint &position);
    QTextEdit::ExtraSelection selection(int start, int end, const QColor &background) const;

    QLabel *m_layoutLabel = nullptr;
    ScriptSwitch *m_scriptSwitch = nullptr;
    FindBar *m_findBar = nullptr;
    QTextBrowser *m_browser = nullptr;
    BlockContextMenu *m_blockMenu = nullptr;
    QAction *m_rawViewAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_markChoicesAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    std::optional<Essay> m_essay;
    EssayOptions m_options;
    QString m_message;

    ParagraphIndex m_paragraphs;
    CounterpartHighlight m_counterpart;
    PageFind m_find;
    GlossaryHighlight m_glossary;
    QList<QPair<int, int>> m_hitSpans;
};

} // namespace duizhao
