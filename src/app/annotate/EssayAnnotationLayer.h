#pragma once

#include "Annotation.h"
#include "reader/EssayPositionMap.h"

#include <QColor>
#include <QList>
#include <QObject>

#include <optional>

class QMenu;
class QTextBrowser;

namespace duizhao {

class EssayView;

// The annotations of the essay an EssayView shows, drawn into its page and read back
// from it. Highlights are character formats applied to the rendered document after
// EssayView has laid it out (EssayHtml stays a pure function of the essay): background
// in the annotation's colour, claims underlined in their verdict's colour. Hovering a
// highlight shows its note, tags and claim; clicking one emits annotationClicked; the
// context menu is the browser's own plus what the owner adds in contextMenuRequested.
//
// Selections become anchors through EssayPositionMap: only paragraphs that show a
// block's original text can be annotated (not the converted column of a Chinese-only
// essay); a selection across paragraphs is cut at the end of the first.
class EssayAnnotationLayer : public QObject
{
    Q_OBJECT

public:
    explicit EssayAnnotationLayer(EssayView *view, QObject *parent = nullptr);

    // Re-reads the page's block positions and draws these annotations (the essay's,
    // in any order; orphaned ones are not drawn).
    void setAnnotations(QList<Annotation> annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    const EssayPositionMap &positionMap() const { return m_map; }

    // The current text selection as an anchor in one block's original text, widened to
    // whole graphemes; nullopt when nothing annotatable is selected.
    std::optional<Anchor> selectionAnchor() const;
    // The innermost drawn annotation at a page position; 0 for none.
    qint64 annotationAt(int pagePosition) const;
    // Page span of a drawn annotation.
    std::optional<std::pair<int, int>> pageSpan(qint64 annotationId) const;
    // Selects the annotation's text in the page and scrolls to it.
    bool reveal(qint64 annotationId);

    static QString toolTipFor(const Annotation &annotation);
    static QColor verdictColor(const QString &verdict);

signals:
    void annotationClicked(qint64 annotationId);
    // The mouse was released over a selection (the moment to offer annotating it).
    void selectionFinished();
    // `annotationId` is the annotation under the mouse, 0 for none.
    void contextMenuRequested(QMenu *menu, qint64 annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearFormats();
    void applyFormats();

    EssayView *m_view = nullptr;
    QTextBrowser *m_browser = nullptr;
    EssayPositionMap m_map;
    QList<Annotation> m_annotations;
};

} // namespace duizhao
