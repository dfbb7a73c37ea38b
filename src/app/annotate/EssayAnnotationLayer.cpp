#include "EssayAnnotationLayer.h"
#include "SelectionAnchor.h"

#include "reader/EssayView.h"

#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

namespace duizhao {

namespace {

// Marks the characters this layer formatted, so the formats can be taken off again
// without re-rendering the page (which would lose the reader's scroll position).
constexpr int kAnnotationProperty = QTextFormat::UserProperty + 17;

} // namespace

EssayAnnotationLayer::EssayAnnotationLayer(EssayView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_browser(view->browser())
{
    m_browser->viewport()->installEventFilter(this);
    // One context menu for the page: the view builds it (block kind, alignment), the
    // layer adds the annotation under the mouse.
    connect(view, &EssayView::contextMenuAboutToShow, this,
            [this](QMenu *menu, const QPoint &position) {
                emit contextMenuRequested(
                    menu, annotationAt(m_browser->cursorForPosition(position).position()));
            });
}

QColor EssayAnnotationLayer::verdictColor(const QString &verdict)
{
    if (verdict == u"supported")
        return QColor(0x18, 0x80, 0x38);
    if (verdict == u"disputed")
        return QColor(0xe3, 0x74, 0x00);
    if (verdict == u"false")
        return QColor(0xd9, 0x30, 0x25);
    return QColor(0x5f, 0x63, 0x68); // unverified
}

QString EssayAnnotationLayer::toolTipFor(const Annotation &annotation)
{
    QString html;
    if (annotation.isClaim()) {
        html += QStringLiteral("<p><b>") +
                tr("Claim: %1").arg(annotation.claimType).toHtmlEscaped() +
                QStringLiteral("</b> \u00b7 <span style=\"color:") +
                verdictColor(annotation.verdict).name() + QStringLiteral("\">") +
                annotation.verdict.toHtmlEscaped() + QStringLiteral("</span></p>");
    }
    if (!annotation.tags.isEmpty()) {
        html += QStringLiteral("<p>") +
                tr("Tags: %1").arg(annotation.tags.join(QStringLiteral(", "))).toHtmlEscaped() +
                QStringLiteral("</p>");
    }
    if (!annotation.note.isEmpty()) {
        // The note is Markdown; the tooltip shows it rendered.
        QTextDocument note;
        note.setMarkdown(annotation.note);
        QString body = note.toHtml();
        const qsizetype open = body.indexOf(QStringLiteral("<body"));
        const qsizetype start = open >= 0 ? body.indexOf(u'>', open) + 1 : 0;
        const qsizetype end = body.lastIndexOf(QStringLiteral("</body>"));
        html += end > start ? body.mid(start, end - start) : annotation.note.toHtmlEscaped();
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>") + tr("Highlight (no note)").toHtmlEscaped() +
               QStringLiteral("</p>");
    return html;
}

void EssayAnnotationLayer::setAnnotations(QList<Annotation> annotations)
{
    clearFormats();
    m_annotations = std::move(annotations);
    if (const Essay *essay = m_view->essay())
        m_map = EssayPositionMap(*m_browser->document(), *essay);
    else
        m_map = {};
    applyFormats();
}

void EssayAnnotationLayer::clearFormats()
{
    QTextDocument *document = m_browser->document();
    struct Range {
        int start;
        int end;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().hasProperty(kAnnotationProperty))
                continue;
            QTextCharFormat format = fragment.charFormat();
            format.clearProperty(kAnnotationProperty);
            format.clearProperty(QTextFormat::BackgroundBrush);
            format.clearProperty(QTextFormat::TextUnderlineStyle);
            format.clearProperty(QTextFormat::TextUnderlineColor);
            ranges << Range{fragment.position(), fragment.position() + fragment.length(), format};
        }
    }
    if (ranges.isEmpty())
        return;
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Range &range : std::as_const(ranges)) {
        cursor.setPosition(range.start);
        cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        cursor.setCharFormat(range.format);
    }
    cursor.endEditBlock();
}

void EssayAnnotationLayer::applyFormats()
{
    QTextDocument *document = m_browser->document();
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // Longer spans first, so a short annotation inside a long one stays visible.
    QList<Annotation> ordered = m_annotations;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Annotation &a, const Annotation &b) {
        return a.anchor.end - a.anchor.start > b.anchor.end - b.anchor.start;
    });
    for (const Annotation &annotation : std::as_const(ordered)) {
        if (annotation.orphaned)
            continue;
        const auto span =
            m_map.toPage({annotation.anchor.block, annotation.anchor.start, annotation.anchor.end});
        if (!span)
            continue;
        QColor colour(annotation.color);
        if (!colour.isValid())
            colour = QColor(0xff, 0xd5, 0x4f);
        colour.setAlpha(150);
        QTextCharFormat format;
        format.setBackground(colour);
        format.setProperty(kAnnotationProperty, annotation.id);
        if (annotation.isClaim()) {
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(verdictColor(annotation.verdict));
        }
        cursor.setPosition(span->first);
        cursor.setPosition(span->second, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

std::optional<Anchor> EssayAnnotationLayer::selectionAnchor() const
{
    const Essay *essay = m_view->essay();
    const QTextCursor cursor = m_browser->textCursor();
    if (!essay || !cursor.hasSelection())
        return std::nullopt;
    const auto span = m_map.toBlockSpan(cursor.selectionStart(), cursor.selectionEnd());
    if (!span)
        return std::nullopt;
    Anchor anchor =
        anchorFromSelection(essay->blocks[span->block].text, span->block, span->start, span->end);
    if (anchor.quote.trimmed().isEmpty())
        return std::nullopt;
    return anchor;
}

std::optional<std::pair<int, int>> EssayAnnotationLayer::pageSpan(qint64 annotationId) const
{
    for (const Annotation &annotation : m_annotations) {
        if (annotation.id == annotationId && !annotation.orphaned)
            return m_map.toPage(
                {annotation.anchor.block, annotation.anchor.start, annotation.anchor.end});
    }
    return std::nullopt;
}

qint64 EssayAnnotationLayer::annotationAt(int pagePosition) const
{
    qint64 best = 0;
    int bestLength = 0;
    for (const Annotation &annotation : m_annotations) {
        if (annotation.orphaned)
            continue;
        const auto span =
            m_map.toPage({annotation.anchor.block, annotation.anchor.start, annotation.anchor.end});
        if (!span || pagePosition < span->first || pagePosition >= span->second)
            continue;
        const int length = span->second - span->first;
        if (best == 0 || length < bestLength) {
            best = annotation.id;
            bestLength = length;
        }
    }
    return best;
}

bool EssayAnnotationLayer::reveal(qint64 annotationId)
{
    const auto span = pageSpan(annotationId);
    if (!span)
        return false;
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(span->first);
    cursor.setPosition(span->second, QTextCursor::KeepAnchor);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
    return true;
}

bool EssayAnnotationLayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_browser->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = annotationAt(m_browser->cursorForPosition(help->pos()).position());
        for (const Annotation &annotation : std::as_const(m_annotations)) {
            if (annotation.id == id && id != 0) {
                QToolTip::showText(help->globalPos(), toolTipFor(annotation),
                                   m_browser->viewport());
                return true;
            }
        }
        break; // not over an annotation: the browser's own tooltips, if any
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && m_browser->textCursor().hasSelection()) {
            // After the browser has handled the release and settled the selection.
            QMetaObject::invokeMethod(this, &EssayAnnotationLayer::selectionFinished,
                                      Qt::QueuedConnection);
        } else if (mouse->button() == Qt::LeftButton) {
            const qint64 id =
                annotationAt(m_browser->cursorForPosition(mouse->position().toPoint()).position());
            if (id != 0)
                emit annotationClicked(id);
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace duizhao
