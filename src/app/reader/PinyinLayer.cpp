#include "PinyinLayer.h"

#include "Dictionary.h"
#include "EssayView.h"

#include <QAction>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>

namespace duizhao {

namespace {

const QString kSettingsKey = QStringLiteral("reader/pinyinColumns");

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (WordSegmenter::isHan(c.unicode()) || c.isHighSurrogate())
            return true;
    }
    return false;
}

} // namespace

PinyinLayer::PinyinLayer(EssayView *view)
    : QWidget(view->browser()->viewport())
    , m_view(view)
    , m_browser(view->browser())
{
    setObjectName(QStringLiteral("pinyinLayer"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(m_browser->viewport()->rect());
    m_leftAction = new QAction(tr("Pinyin Over the &Left Pane"), this);
    m_leftAction->setObjectName(QStringLiteral("pinyinLeftAction"));
    m_rightAction = new QAction(tr("Pinyin Over the &Right Pane"), this);
    m_rightAction->setObjectName(QStringLiteral("pinyinRightAction"));
    m_rightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    const int saved = QSettings().value(kSettingsKey, 0).toInt();
    for (QAction *action : {m_leftAction, m_rightAction}) {
        action->setCheckable(true);
        action->setChecked(saved & (action == m_leftAction ? 1 : 2));
        action->setToolTip(tr("Show pinyin above the Chinese words of this pane"));
        connect(action, &QAction::toggled, this, [this] {
            QSettings().setValue(kSettingsKey, (m_leftAction->isChecked() ? 1 : 0) |
                                                   (m_rightAction->isChecked() ? 2 : 0));
            restoreLineHeights();
            applyLineHeights();
            update();
        });
    }
    connect(view, &EssayView::pageRendered, this, &PinyinLayer::pageChanged);
    connect(view, &EssayView::scriptsChanged, this, &PinyinLayer::pageChanged);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        move(0, 0); // the viewport scrolls its children with it
        update();
    });
    connect(m_browser->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        move(0, 0);
        update();
    });
    m_browser->viewport()->installEventFilter(this);
    raise();
}

bool PinyinLayer::isShown(int column) const
{
    return (column == 0 ? m_leftAction : m_rightAction)->isChecked();
}

void PinyinLayer::setShown(int column, bool shown)
{
    (column == 0 ? m_leftAction : m_rightAction)->setChecked(shown);
}

int PinyinLayer::columnOf(const QTextBlock &block) const
{
    const QTextCursor cursor(block);
    const QTextTable *table = cursor.currentTable();
    if (!table)
        return -1;
    return std::min(table->cellAt(block.position()).column(), 1);
}

const PinyinLayer::Paragraph &PinyinLayer::paragraph(const QTextBlock &block)
{
    auto found = m_paragraphs.find(block.blockNumber());
    if (found == m_paragraphs.end() || found->text != block.text()) {
        Paragraph paragraph{block.text(), {}};
        if (hasHan(paragraph.text)) {
            for (const WordSegmenter::Word &word :
                 WordSegmenter::segment(paragraph.text, Dictionary::instance())) {
                if (word.chinese && !word.pinyin.isEmpty())
                    paragraph.words << word;
            }
        }
        found = m_paragraphs.insert(block.blockNumber(), paragraph);
    }
    return *found;
}

QList<PinyinLayer::Reading> PinyinLayer::readings(int column)
{
    QList<Reading> result;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (columnOf(block) != column)
            continue;
        for (const WordSegmenter::Word &word : paragraph(block).words)
            result << Reading{block.position() + int(word.start), block.position() + int(word.end),
                              word.pinyin};
    }
    return result;
}

int PinyinLayer::prepareAll()
{
    int words = 0;
    for (int column = 0; column < 2; ++column) {
        if (isShown(column))
            words += int(readings(column).size());
    }
    return words;
}

void PinyinLayer::pageChanged()
{
    m_paragraphs.clear();
    m_changedBlocks.clear(); // a new page: the formats are the page's own again
    applyLineHeights();
    update();
}

void PinyinLayer::drawReading(QPainter &painter, const QFontMetrics &metrics, const QString &text,
                              const QRect &over)
{
    // A reading wider than its character is squeezed to fit, so that neighbours never
    // overlap; it is centred over it otherwise.
    const int width = metrics.horizontalAdvance(text);
    painter.save();
    painter.translate(over.left() + over.width() / 2.0, over.top());
    if (width > over.width())
        painter.scale(qreal(over.width()) / width, 1.0);
    painter.drawText(QRect(-width / 2 - 1, 0, width + 2, over.height()),
                     Qt::AlignHCenter | Qt::AlignBottom, text);
    painter.restore();
}

QFont PinyinLayer::pinyinFont() const
{
    QFont font = m_browser->font();
    font.setPointSizeF(std::max(6.0, m_view->pointSize() * 0.5));
    return font;
}

void PinyinLayer::applyLineHeights()
{
    if (m_view->isRawView() || (!isShown(0) && !isShown(1)) || m_applying)
        return;
    m_applying = true;
    const qreal room = QFontMetricsF(pinyinFont()).height();
    QTextCursor cursor(m_browser->document());
    cursor.beginEditBlock();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int column = columnOf(block);
        if (column < 0 || !isShown(column) || m_changedBlocks.contains(block.blockNumber()) ||
            !hasHan(block.text()))
            continue;
        const QTextBlockFormat old = block.blockFormat();
        QFont font = block.charFormat().font();
        const QTextBlock::iterator first = block.begin();
        if (!first.atEnd())
            font = first.fragment().charFormat().font();
        const qreal textHeight = QFontMetricsF(font).height() * 1.25;
        m_changedBlocks.insert(block.blockNumber(), {old.lineHeight(), old.lineHeightType()});
        QTextBlockFormat format;
        // FixedHeight puts the baseline at 4/5 of the line: the room is above the text.
        format.setLineHeight((textHeight + room), QTextBlockFormat::FixedHeight);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
    cursor.endEditBlock();
    m_applying = false;
}

void PinyinLayer::restoreLineHeights()
{
    if (m_changedBlocks.isEmpty())
        return;
    QTextCursor cursor(m_browser->document());
    cursor.beginEditBlock();
    for (auto it = m_changedBlocks.cbegin(); it != m_changedBlocks.cend(); ++it) {
        const QTextBlock block = m_browser->document()->findBlockByNumber(it.key());
        if (!block.isValid())
            continue;
        QTextBlockFormat format;
        format.setLineHeight(it->first, it->second);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
    cursor.endEditBlock();
    m_changedBlocks.clear();
}

bool PinyinLayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_browser->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void PinyinLayer::paintEvent(QPaintEvent *)
{
    if (m_view->isRawView() || (!isShown(0) && !isShown(1)))
        return;
    QPainter painter(this);
    const QFont font = pinyinFont();
    painter.setFont(font);
    const QFontMetrics metrics(font);
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.75);
    painter.setPen(colour);
    const int bottom = height();
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int column = columnOf(block);
        if (column < 0 || !isShown(column))
            continue;
        cursor.setPosition(block.position());
        const QRect first = m_browser->cursorRect(cursor);
        const QRectF bounds = block.layout()->boundingRect();
        if (first.top() > bottom || first.top() + bounds.height() < 0)
            continue; // not in view
        const QString text = block.text();
        for (const WordSegmenter::Word &word : paragraph(block).words) {
            // One syllable over each character when they pair up (a word of CC-CEDICT
            // has one syllable a character), else the word's reading over the word.
            const QStringList syllables = word.pinyin.split(u' ', Qt::SkipEmptyParts);
            QList<std::pair<int, int>> spans; // UTF-16 offsets in the paragraph
            for (qsizetype at = word.start; at < word.end;) {
                const qsizetype length = text[at].isHighSurrogate() && at + 1 < word.end ? 2 : 1;
                spans << std::pair{int(at), int(at + length)};
                at += length;
            }
            if (spans.size() != syllables.size())
                spans = {{int(word.start), int(word.end)}};
            for (qsizetype i = 0; i < spans.size(); ++i) {
                cursor.setPosition(block.position() + spans[i].first);
                const QRect start = m_browser->cursorRect(cursor);
                cursor.setPosition(block.position() + spans[i].second);
                const QRect end = m_browser->cursorRect(cursor);
                const QString reading = spans.size() == 1 ? word.pinyin : syllables[i];
                const int room = end.top() == start.top() ? end.left() - start.left()
                                                          : metrics.horizontalAdvance(reading);
                drawReading(painter, metrics, reading,
                            QRect(start.left(), start.top() - metrics.height(), std::max(room, 1),
                                  metrics.height()));
            }
        }
    }
}

} // namespace duizhao
