#include "WordLookup.h"

#include "Dictionary.h"
#include "EssayView.h"
#include "WordPopup.h"
#include "WordSegmenter.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

namespace duizhao {

namespace {

const QString kTriggerKey = QStringLiteral("reader/dictionaryTrigger");
const QString kSnapKey = QStringLiteral("reader/snapSelectionToWords");
constexpr int kHoverDelayMs = 250;

// The word of `text` that holds UTF-16 offset `at` (or starts there): Chinese words by
// the dictionary, others by ICU. nullopt between words.
std::optional<WordSegmenter::Word> wordIn(const QString &text, int at)
{
    for (const WordSegmenter::Word &word :
         WordSegmenter::boundaries(text, Dictionary::instance())) {
        if (word.start <= at && at < word.end)
            return word;
    }
    return std::nullopt;
}

} // namespace

WordLookup::WordLookup(EssayView *view)
    : QObject(view)
    , m_view(view)
    , m_browser(view->browser())
    , m_popup(new WordPopup(view))
    , m_hoverTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("wordLookup"));
    m_hoverTimer->setSingleShot(true);
    m_hoverTimer->setInterval(kHoverDelayMs);
    connect(m_hoverTimer, &QTimer::timeout, this, [this] {
        const int position = characterAt(m_hoverPosition);
        if (position < 0 || !lookUpAt(position))
            m_popup->hide();
    });
    connect(m_popup, &WordPopup::addToGlossaryRequested, this, &WordLookup::addToGlossaryRequested);

    m_lookUpAction = new QAction(tr("&Look Up Word"), this);
    m_lookUpAction->setObjectName(QStringLiteral("lookUpWordAction"));
    m_lookUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_lookUpAction->setToolTip(tr("Show the dictionary entry of the word at the caret"));
    connect(m_lookUpAction, &QAction::triggered, this, [this] {
        const QTextCursor cursor = m_browser->textCursor();
        lookUpAt(cursor.selectionStart());
    });
    m_clickAction = new QAction(tr("Look Up Words on &Click"), this);
    m_clickAction->setObjectName(QStringLiteral("clickToLookUpAction"));
    m_clickAction->setCheckable(true);
    m_clickAction->setToolTip(tr("Show the dictionary when a Chinese word is clicked, instead "
                                 "of when the mouse rests on it"));
    m_clickAction->setChecked(QSettings().value(kTriggerKey).toString() == u"click");
    connect(m_clickAction, &QAction::toggled, this, [](bool click) {
        QSettings().setValue(kTriggerKey,
                             click ? QStringLiteral("click") : QStringLiteral("hover"));
    });
    m_snapAction = new QAction(tr("&Snap Selections to Words"), this);
    m_snapAction->setObjectName(QStringLiteral("snapSelectionAction"));
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(QSettings().value(kSnapKey, true).toBool());
    m_snapAction->setToolTip(tr("A selection dragged with the mouse takes whole words; hold "
                                "Alt to keep single characters"));
    connect(m_snapAction, &QAction::toggled, this,
            [](bool snap) { QSettings().setValue(kSnapKey, snap); });
    view->addAction(m_lookUpAction);
    m_browser->viewport()->installEventFilter(this);
}

WordLookup::Trigger WordLookup::trigger() const
{
    return m_clickAction->isChecked() ? Trigger::Click : Trigger::Hover;
}

void WordLookup::setTrigger(Trigger trigger)
{
    m_clickAction->setChecked(trigger == Trigger::Click);
}

int WordLookup::characterAt(const QPoint &viewportPosition) const
{
    const QPointF documentPoint =
        viewportPosition +
        QPointF(m_browser->horizontalScrollBar()->value(), m_browser->verticalScrollBar()->value());
    // ExactHit: -1 off the text; else the cursor position nearest the point, which is
    // after the character when the point is on its right half.
    const int hit = m_browser->document()->documentLayout()->hitTest(documentPoint, Qt::ExactHit);
    if (hit < 0)
        return -1;
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(hit);
    const QRect caret = m_browser->cursorRect(cursor);
    if (viewportPosition.x() < caret.x() && hit > cursor.block().position())
        return hit - 1;
    return hit;
}

bool WordLookup::lookUpAt(int documentPosition)
{
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(
        std::clamp(documentPosition, 0, m_browser->document()->characterCount() - 1));
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const int at = cursor.position() - block.position();
    const std::optional<WordSegmenter::Word> word = wordIn(text, at);
    if (!word || !word->chinese) {
        m_popup->hide();
        return false;
    }
    const DictionaryMatch match = Dictionary::instance().matchAt(text, word->start);
    cursor.setPosition(block.position() + int(word->start));
    const QRect rect = m_browser->cursorRect(cursor);
    m_popup->showMatch(match, text.mid(word->start, word->end - word->start),
                       m_browser->viewport()->mapToGlobal(rect.bottomLeft()));
    return true;
}

std::pair<int, int> WordLookup::wordAround(const QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const int at = cursor.position() - block.position();
    const QString text = block.text();
    const auto words = WordSegmenter::boundaries(text, Dictionary::instance());
    for (const WordSegmenter::Word &word : words) {
        if (word.start < at && at < word.end)
            return {block.position() + int(word.start), block.position() + int(word.end)};
    }
    return {cursor.position(), cursor.position()};
}

void WordLookup::snapSelection()
{
    QTextCursor cursor = m_browser->textCursor();
    if (!cursor.hasSelection())
        return;
    const bool forward = cursor.anchor() <= cursor.position();
    QTextCursor start(m_browser->document());
    start.setPosition(cursor.selectionStart());
    QTextCursor end(m_browser->document());
    end.setPosition(cursor.selectionEnd());
    const int from = wordAround(start).first;
    const int to = wordAround(end).second;
    if (from == cursor.selectionStart() && to == cursor.selectionEnd())
        return;
    cursor.setPosition(forward ? from : to);
    cursor.setPosition(forward ? to : from, QTextCursor::KeepAnchor);
    m_browser->setTextCursor(cursor);
}

bool WordLookup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_browser->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() != Qt::NoButton) {
            m_hoverTimer->stop();
            m_popup->hide();
        } else if (trigger() == Trigger::Hover) {
            m_hoverPosition = mouse->position().toPoint();
            m_hoverTimer->start();
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        if (m_browser->textCursor().hasSelection()) {
            if (m_snapAction->isChecked() && !(mouse->modifiers() & Qt::AltModifier))
                snapSelection();
        } else if (trigger() == Trigger::Click) {
            const int position = characterAt(mouse->position().toPoint());
            if (position < 0 || !lookUpAt(position))
                m_popup->hide();
        }
        break;
    }
    case QEvent::Leave:
        m_hoverTimer->stop();
        break;
    case QEvent::Wheel:
        m_popup->hide();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace duizhao
