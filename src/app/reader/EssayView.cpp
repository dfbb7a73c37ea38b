#include "EssayView.h"

#include "EssayHtml.h"
#include "FindBar.h"
#include "ScriptSwitch.h"
#include "ingest/AlignmentEditor.h"
#include "text/CodePoints.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace duizhao {

namespace {

constexpr int kMinPointSize = 7;
constexpr int kMaxPointSize = 32;

constexpr BlockKind kAllKinds[] = {
    BlockKind::Title,      BlockKind::Byline, BlockKind::Heading,   BlockKind::Paragraph,
    BlockKind::Caption,    BlockKind::Image,  BlockKind::Ad,        BlockKind::Disclaimer,
    BlockKind::Footer,     BlockKind::Reference, BlockKind::Duplicate,
};

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return EssayColours::blend(from, to, amount);
}

QString kindLabel(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title: return EssayView::tr("Title");
    case BlockKind::Byline: return EssayView::tr("Byline");
    case BlockKind::Heading: return EssayView::tr("Heading");
    case BlockKind::Paragraph: return EssayView::tr("Paragraph");
    case BlockKind::Caption: return EssayView::tr("Caption");
    case BlockKind::Image: return EssayView::tr("Image");
    case BlockKind::Ad: return EssayView::tr("Advertisement");
    case BlockKind::Disclaimer: return EssayView::tr("Disclaimer");
    case BlockKind::Footer: return EssayView::tr("Footer");
    case BlockKind::Reference: return EssayView::tr("Reference");
    case BlockKind::Duplicate: return EssayView::tr("Duplicate");
    }
    return blockKindName(kind);
}

QString viewLabel(ScriptView view)
{
    switch (view) {
    case ScriptView::Simplified: return EssayView::tr("simplified");
    case ScriptView::Traditional: return EssayView::tr("traditional");
    case ScriptView::Taiwan: return EssayView::tr("Taiwan");
    case ScriptView::HongKong: return EssayView::tr("Hong Kong");
    case ScriptView::Original: break;
    }
    return EssayView::tr("as written");
}

} // namespace

// Takes a page off its layout while it is built or changed, and gives it back after.
// A laid-out QTextDocument lays out every edit again at once, every changed table
// whole, up to the last change (annotation highlights near the end: the whole page).
// With a null page size its layout does nothing; given its size back, the page is laid
// out anew as after setHtml on a fresh page: lazily, as far as the reader looks first,
// the rest a step at a time from the event loop.
class EssayView::LayoutPause
{
public:
    explicit LayoutPause(QTextDocument *document)
        : m_document(document)
        , m_pageSize(document->pageSize())
    {
        m_document->setPageSize(QSizeF(0, 0));
    }
    ~LayoutPause() { resume(); }
    LayoutPause(const LayoutPause &) = delete;
    LayoutPause &operator=(const LayoutPause &) = delete;

    void resume()
    {
        if (m_document) {
            m_document->setPageSize(m_pageSize);
            m_document = nullptr;
        }
    }

private:
    QTextDocument *m_document;
    QSizeF m_pageSize;
};

EssayView::EssayView(QWidget *parent)
    : QWidget(parent)
{
    m_rawViewAction = new QAction(tr("Show &Raw Blocks"), this);
    m_rawViewAction->setObjectName(QStringLiteral("rawViewAction"));
    m_rawViewAction->setCheckable(true);
    m_rawViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rawViewAction->setToolTip(
        tr("Show every block of the file with its kind, language and pair, residue included"));
    connect(m_rawViewAction, &QAction::toggled, this, [this](bool raw) {
        render();
        emit rawViewChanged(raw);
    });

    m_findAction = new QAction(tr("&Find in Essay\u2026"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_findBar->activate();
        find(m_findBar->text());
    });

    m_markChoicesAction = new QAction(tr("&Mark Conversion Choices"), this);
    m_markChoicesAction->setObjectName(QStringLiteral("markChoicesAction"));
    m_markChoicesAction->setCheckable(true);
    m_markChoicesAction->setChecked(m_options.markChoices);
    m_markChoicesAction->setToolTip(tr("Tint converted characters OpenCC could have written "
                                       "another way (\u540e \u2192 \u5f8c or \u540e); hover "
                                       "one for the candidates"));
    connect(m_markChoicesAction, &QAction::toggled, this, [this](bool mark) {
        m_options.markChoices = mark;
        render();
    });

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomInAction, &QAction::triggered, this,
            [this] { setPointSize(pointSize() + 1); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this,
            [this] { setPointSize(pointSize() - 1); });
    m_zoomResetAction = new QAction(tr("&Actual Size"), this);
    m_zoomResetAction->setObjectName(QStringLiteral("zoomResetAction"));
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this,
            [this] { setPointSize(EssayHtml::kDefaultPointSize); });

    m_layoutLabel = new QLabel(this);
    m_layoutLabel->setObjectName(QStringLiteral("layoutLabel"));
    m_layoutLabel->setTextFormat(Qt::PlainText);
    // In a narrow window the description gives way to the switches.
    m_layoutLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_layoutLabel->setMinimumWidth(0);
    QPalette muted = m_layoutLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_layoutLabel->setPalette(muted);

    m_scriptSwitch = new ScriptSwitch(this);
    m_scriptSwitch->setObjectName(QStringLiteral("scriptSwitch"));
    connect(m_scriptSwitch, &ScriptSwitch::changed, this, [this] {
        const EssayOptions before = m_options;
        m_options.leftScript = m_scriptSwitch->leftScript();
        m_options.rightPane = m_scriptSwitch->isRightPaneShown();
        if (m_options.rightPane)
            m_options.rightScript = m_scriptSwitch->rightScript();
        const bool onlyRight = m_options.leftScript == before.leftScript
                               && m_options.rightPane == before.rightPane;
        if (!onlyRight || !replaceRightColumn())
            render();
        emit scriptsChanged();
    });

    auto *rawButton = new QToolButton(this);
    rawButton->setDefaultAction(m_rawViewAction);
    rawButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    rawButton->setText(tr("Raw blocks"));
    rawButton->setAutoRaise(true);

    m_findBar = new FindBar(this);
    m_findBar->hide();
    connect(m_findBar, &FindBar::textChanged, this, &EssayView::find);
    connect(m_findBar, &FindBar::nextRequested, this, &EssayView::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &EssayView::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        find(QString());
        m_browser->setFocus();
    });

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("essayBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(18);
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    m_browser->viewport()->setMouseTracking(true);
    m_browser->viewport()->installEventFilter(this);
    connect(m_browser, &QWidget::customContextMenuRequested, this,
            &EssayView::showContextMenu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 2, 4, 2);
    bar->addWidget(m_layoutLabel, 1);
    bar->addSpacing(8);
    bar->addWidget(m_scriptSwitch);
    bar->addWidget(rawButton);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_findBar);
    layout->addWidget(line);
    layout->addWidget(m_browser, 1);

    addAction(m_findAction);
    clear();
}

void EssayView::setEssay(const EssayRecord &essay)
{
    const bool sameEssay = m_essay && m_essay->id == essay.id;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_essay = essay;
    m_message.clear();
    m_pinned = false;
    render();
    // Re-showing the same essay (after an import or an edit) keeps the reader's place.
    if (sameEssay)
        m_browser->verticalScrollBar()->setValue(scroll);
}

void EssayView::clear(const QString &message)
{
    m_essay.reset();
    m_message = message.isEmpty() ? tr("No essay selected") : message;
    render();
}

bool EssayView::isRawView() const
{
    return m_rawViewAction->isChecked();
}

void EssayView::setRawView(bool raw)
{
    m_rawViewAction->setChecked(raw);
}

void EssayView::setLeftScript(ScriptView view)
{
    if (m_options.leftScript == view)
        return;
    m_options.leftScript = view;
    render();
    emit scriptsChanged();
}

void EssayView::setRightScript(std::optional<ScriptView> view)
{
    if (m_options.rightScript == view)
        return;
    m_options.rightScript = view;
    if (!replaceRightColumn())
        render();
    emit scriptsChanged();
}

ScriptView EssayView::rightScript() const
{
    return m_essay ? EssayHtml::rightScript(*m_essay, m_options)
                   : m_options.rightScript.value_or(ScriptView::Original);
}

void EssayView::setRightPaneShown(bool shown)
{
    if (m_options.rightPane == shown)
        return;
    m_options.rightPane = shown;
    render();
    emit scriptsChanged();
}

void EssayView::setPointSize(int points)
{
    points = std::clamp(points, kMinPointSize, kMaxPointSize);
    if (points == m_options.pointSize)
        return;
    m_options.pointSize = points;
    const int scroll = m_browser->verticalScrollBar()->value();
    const int maximum = std::max(1, m_browser->verticalScrollBar()->maximum());
    render();
    // Keep roughly the same place in the essay.
    m_browser->verticalScrollBar()->setValue(
        int(double(scroll) / maximum * m_browser->verticalScrollBar()->maximum()));
    emit pointSizeChanged(points);
}

void EssayView::updateScriptSwitch()
{
    bool leftChinese = false;
    bool rightChinese = false;
    bool rightOptional = false;
    QString rightLabel = tr("Right:");
    if (m_essay && !isRawView()) {
        switch (EssayHtml::layoutFor(*m_essay)) {
        case EssayHtml::Layout::Bilingual:
            rightChinese = true;
            rightLabel = tr("Chinese:");
            break;
        case EssayHtml::Layout::ScriptCompanion:
            leftChinese = true;
            rightChinese = true;
            rightOptional = true;
            break;
        case EssayHtml::Layout::SingleColumn:
            leftChinese = std::any_of(m_essay->languages.cbegin(), m_essay->languages.cend(),
                                      [](Language language) { return isChinese(language); });
            break;
        }
    }
    m_scriptSwitch->configure(leftChinese, rightChinese, rightOptional, rightLabel);
    m_scriptSwitch->setLeftScript(m_options.leftScript);
    m_scriptSwitch->setRightScript(m_options.rightScript);
    m_scriptSwitch->setRightPaneShown(!rightOptional || m_options.rightPane);
}

QString EssayView::pageHtml(const EssayOptions &options) const
{
    if (!m_essay)
        return EssayHtml::message(m_message, options);
    if (isRawView())
        return EssayHtml::raw(*m_essay, options);
    return EssayHtml::clean(*m_essay, options);
}

QString EssayView::html() const
{
    EssayOptions options = m_options;
    options.colours = EssayColours::fromPalette(palette());
    return pageHtml(options);
}

void EssayView::render()
{
    m_options.colours = EssayColours::fromPalette(palette());
    QFont font = m_browser->font();
    font.setFamilies(EssayHtml::fontFamilies());
    font.setPointSize(m_options.pointSize);
    // Only on a change: a new default font lays the old page out again first.
    if (m_browser->document()->defaultFont() != font)
        m_browser->document()->setDefaultFont(font);

    if (!m_essay) {
        m_layoutLabel->clear();
    } else if (isRawView()) {
        m_layoutLabel->setText(tr("Raw view: every block in file order, residue included"));
    } else {
        switch (EssayHtml::layoutFor(*m_essay)) {
        case EssayHtml::Layout::Bilingual:
            m_layoutLabel->setText(tr("Side by side: English and Chinese, paragraph by paragraph"));
            break;
        case EssayHtml::Layout::ScriptCompanion:
            m_layoutLabel->setText(
                m_options.rightPane
                    ? tr("Chinese in two scripts, side by side")
                    : tr("One pane: Chinese %1").arg(viewLabel(m_options.leftScript)));
            break;
        case EssayHtml::Layout::SingleColumn:
            m_layoutLabel->setText(tr("Single column"));
            break;
        }
    }
    LayoutPause pause(m_browser->document());
    m_browser->setHtml(pageHtml(m_options));
    pageChanged(pause);
}

namespace {

// The paragraph's text replaced by `text`, in the paragraph's own character format (size,
// weight, colour of its kind) with the fonts of `script`. The paragraph itself stays, and
// with it the block identity in its user state (EssayHtml::paragraphState).
void replaceParagraphText(QTextCursor &cursor, const QTextBlock &paragraph,
                          const ConvertedText &text, std::optional<Language> script,
                          const QColor &markColour)
{
    const QTextBlock::iterator first = paragraph.begin();
    QTextCharFormat plain = first.atEnd() ? paragraph.charFormat() : first.fragment().charFormat();
    // What was drawn over the old text (conversion marks, annotation highlights) goes
    // with it; the annotation layer draws again on pageRendered.
    for (int property : plain.properties().keys()) {
        if (property >= QTextFormat::UserProperty)
            plain.clearProperty(property);
    }
    plain.clearBackground();
    plain.clearProperty(QTextFormat::TextToolTip);
    plain.clearProperty(QTextFormat::TextUnderlineStyle);
    plain.clearProperty(QTextFormat::TextUnderlineColor);
    if (script)
        plain.setFontFamilies(EssayHtml::fontFamilies(*script));

    const int start = paragraph.position();
    cursor.setPosition(start);
    cursor.setPosition(start + paragraph.length() - 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    qsizetype done = 0;
    for (const ConvertedText::Mark &mark : text.marks) {
        cursor.insertText(text.text.mid(done, mark.start - done), plain);
        QTextCharFormat marked = plain;
        marked.setBackground(markColour);
        marked.setToolTip(mark.toolTip);
        cursor.insertText(text.text.mid(mark.start, mark.length), marked);
        done = mark.start + mark.length;
    }
    cursor.insertText(text.text.mid(done), plain);
}

} // namespace

bool EssayView::replaceRightColumn()
{
    if (!m_essay || isRawView() || m_rightHeadParagraph < 0)
        return false;
    m_options.colours = EssayColours::fromPalette(palette());
    const std::optional<EssayHtml::RightColumn> column = EssayHtml::rightColumn(*m_essay, m_options);
    if (!column)
        return false;
    // The page must show exactly the paragraphs the column names, each once; otherwise
    // (a title copy that comes or goes with the script) it is built again.
    const bool copies = EssayHtml::layoutFor(*m_essay) == EssayHtml::Layout::ScriptCompanion;
    qsizetype copiesOnPage = 0;
    for (auto it = m_paragraphsOfAnchor.cbegin(); it != m_paragraphsOfAnchor.cend(); ++it)
        copiesOnPage += it.key().isConvertedCopy() ? 1 : 0;
    if (copies && copiesOnPage != column->paragraphs.size())
        return false;
    QTextDocument *document = m_browser->document();
    QList<QTextBlock> paragraphs;
    for (const EssayHtml::RightColumn::Paragraph &paragraph : column->paragraphs) {
        const QList<int> numbers = m_paragraphsOfAnchor.values(paragraph.anchor);
        if (numbers.size() != 1)
            return false;
        paragraphs << document->findBlockByNumber(numbers.first());
    }
    const QTextBlock head = document->findBlockByNumber(m_rightHeadParagraph);

    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false);
    LayoutPause pause(document);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    const QColor markColour(m_options.colours.choice);
    replaceParagraphText(cursor, head, {column->head, {}}, std::nullopt, markColour);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        replaceParagraphText(cursor, paragraphs[i], column->paragraphs[i].text,
                             column->paragraphs[i].script, markColour);
    }
    cursor.endEditBlock();
    document->setUndoRedoEnabled(undo);
    pageChanged(pause);
    return true;
}

void EssayView::pageChanged(LayoutPause &pause)
{
    indexParagraphs();
    updateScriptSwitch();

    m_hoverAnchor = {};
    m_counterparts.clear();
    m_hitSpans.clear();
    // Annotation highlights are drawn into the page before it is laid out (see
    // LayoutPause); find and the highlights below need the layout.
    emit pageRendered();
    pause.resume();
    // A running find follows the page: the converted column has other characters.
    if (m_find)
        find(m_findBar->text());
    else
        applySelections();
}

void EssayView::indexParagraphs()
{
    m_anchorOfParagraph.clear();
    m_paragraphsOfAnchor.clear();
    m_rightHeadParagraph = -1;
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.userState() == BlockAnchor::kRightHeadState) {
            m_rightHeadParagraph = block.blockNumber();
            continue;
        }
        const BlockAnchor anchor = BlockAnchor::fromParagraphState(block.userState());
        if (anchor.isValid()) {
            m_anchorOfParagraph.insert(block.blockNumber(), anchor);
            m_paragraphsOfAnchor.insert(anchor, block.blockNumber());
        }
    }
}

int EssayView::blockIndexAtPosition(int documentPosition) const
{
    const QTextBlock block = m_browser->document()->findBlock(documentPosition);
    if (!block.isValid())
        return -1;
    return m_anchorOfParagraph.value(block.blockNumber()).blockIndex();
}

int EssayView::blockIndexAt(const QPoint &viewportPosition) const
{
    return blockIndexAtPosition(m_browser->cursorForPosition(viewportPosition).position());
}

QList<QPair<int, int>> EssayView::paragraphSpans(int blockIndex, bool copy) const
{
    QList<QPair<int, int>> spans;
    const QTextDocument *document = m_browser->document();
    QList<int> numbers = m_paragraphsOfAnchor.values(BlockAnchor(blockIndex, copy));
    std::sort(numbers.begin(), numbers.end());
    for (int number : std::as_const(numbers)) {
        const QTextBlock block = document->findBlockByNumber(number);
        spans.append({block.position(), block.position() + block.length() - 1});
    }
    return spans;
}

QList<BlockAnchor> EssayView::counterpartsOf(BlockAnchor anchor) const
{
    const int index = anchor.blockIndex();
    if (index < 0 || !m_essay)
        return {};
    // A Chinese-only essay: the block and its converted copy.
    const BlockAnchor other = anchor.otherCopy();
    if (m_paragraphsOfAnchor.contains(other))
        return {other};
    // A bilingual essay: the other side of the block's pair.
    for (const Pair &pair : m_essay->pairs) {
        const bool english = pair.english.contains(index);
        if (!english && !pair.chinese.contains(index))
            continue;
        QList<BlockAnchor> anchors;
        for (int member : english ? pair.chinese : pair.english) {
            const BlockAnchor name(member);
            if (m_paragraphsOfAnchor.contains(name))
                anchors << name;
        }
        return anchors;
    }
    return {};
}

void EssayView::highlightCounterpart(int blockIndex, bool copy)
{
    const BlockAnchor anchor(blockIndex, copy);
    if (anchor == m_hoverAnchor)
        return;
    m_hoverAnchor = m_paragraphsOfAnchor.contains(anchor) ? anchor : BlockAnchor();
    m_counterparts = counterpartsOf(m_hoverAnchor);
    applySelections();
}

QTextEdit::ExtraSelection EssayView::selection(int start, int end, const QColor &background) const
{
    QTextEdit::ExtraSelection extra;
    extra.cursor = QTextCursor(m_browser->document());
    extra.cursor.setPosition(start);
    extra.cursor.setPosition(end, QTextCursor::KeepAnchor);
    extra.format.setBackground(background);
    return extra;
}

void EssayView::applySelections()
{
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor marker(0xff, 0xc1, 0x07);

    QList<QTextEdit::ExtraSelection> selections;
    const auto addParagraphs = [&](BlockAnchor anchor, const QColor &colour) {
        for (const auto &[start, end] : paragraphSpans(anchor.blockIndex(), anchor.isConvertedCopy()))
            selections << selection(start, end, colour);
    };
    if (m_hoverAnchor.isValid()) {
        addParagraphs(m_hoverAnchor, mix(base, highlight, m_pinned ? 0.22 : 0.12));
        for (BlockAnchor anchor : std::as_const(m_counterparts))
            addParagraphs(anchor, mix(base, highlight, m_pinned ? 0.4 : 0.28));
    }
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        selections << selection(m_matches[i].first, m_matches[i].second,
                                mix(base, marker, i == m_currentMatch ? 0.95 : 0.45));
    }
    for (const auto &[start, end] : std::as_const(m_hitSpans))
        selections << selection(start, end, mix(base, QColor(0xff, 0x98, 0x00), 0.6));
    m_browser->setExtraSelections(selections);
}

int EssayView::find(const QString &text)
{
    m_matches.clear();
    m_currentMatch = -1;
    if (text.trimmed().isEmpty()) {
        m_find.reset();
    } else {
        m_find.emplace(text);
        const QTextDocument *document = m_browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (const TextSpan &span : m_find->spansIn(block.text()))
                m_matches.append({block.position() + int(span.begin),
                                  block.position() + int(span.end)});
        }
    }
    if (!m_matches.isEmpty()) {
        // The first match from the top of what the reader sees, not from the page's top.
        const int top = m_browser->cursorForPosition(QPoint(0, 0)).position();
        const auto first = std::find_if(m_matches.cbegin(), m_matches.cend(),
                                        [top](const QPair<int, int> &m) { return m.first >= top; });
        selectMatch(first == m_matches.cend() ? 0 : int(first - m_matches.cbegin()));
    } else {
        applySelections();
    }
    m_findBar->setResult(m_currentMatch + 1, int(m_matches.size()));
    return int(m_matches.size());
}

void EssayView::selectMatch(int match)
{
    m_currentMatch = match;
    if (match >= 0 && match < m_matches.size()) {
        QTextCursor cursor(m_browser->document());
        cursor.setPosition(m_matches[match].first);
        m_browser->setTextCursor(cursor);
        m_browser->ensureCursorVisible();
    }
    applySelections();
    m_findBar->setResult(m_currentMatch + 1, int(m_matches.size()));
}

void EssayView::findNext()
{
    if (!m_matches.isEmpty())
        selectMatch((m_currentMatch + 1) % int(m_matches.size()));
}

void EssayView::findPrevious()
{
    if (!m_matches.isEmpty())
        selectMatch((m_currentMatch - 1 + int(m_matches.size())) % int(m_matches.size()));
}

QList<QPair<int, int>> EssayView::findMatches() const
{
    return m_matches;
}

bool EssayView::revealBlock(int blockIndex, const QList<QPair<int, int>> &highlights)
{
    if (!m_essay || blockIndex < 0 || blockIndex >= m_essay->blocks.size())
        return false;
    const QList<QPair<int, int>> paragraphs = paragraphSpans(blockIndex);
    if (paragraphs.isEmpty())
        return false; // hidden in this view (residue in the clean view)
    // The last paragraph showing the block: in the raw view the header repeats titles.
    const QPair<int, int> paragraph = paragraphs.constLast();
    const QString &original = m_essay->blocks[blockIndex].text;
    // The page shows the block trimmed, so code points of the original shift by the
    // leading spaces; a conversion that changed the length (a regional phrase) cannot
    // be mapped, and the whole paragraph is marked instead.
    qsizetype lead = 0;
    while (lead < original.size() && original[lead].isSpace())
        ++lead;
    const int shownLength = paragraph.second - paragraph.first;
    const bool mappable = shownLength == QStringView(original).mid(lead).trimmed().size();
    m_hitSpans.clear();
    for (const auto &[start, end] : highlights) {
        if (!mappable)
            break;
        const qsizetype from = codePointToUtf16Offset(original, start) - lead;
        const qsizetype to = codePointToUtf16Offset(original, end) - lead;
        if (from < 0 || to > shownLength || from >= to)
            continue;
        m_hitSpans.append({paragraph.first + int(from), paragraph.first + int(to)});
    }
    if (m_hitSpans.isEmpty())
        m_hitSpans.append(paragraph);
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(paragraph.first);
    m_browser->setTextCursor(cursor);
    // Centre the block rather than leave it at the very bottom edge.
    const QRect rect = m_browser->cursorRect(cursor);
    QScrollBar *scroll = m_browser->verticalScrollBar();
    scroll->setValue(scroll->value() + rect.top() - m_browser->viewport()->height() / 3);
    applySelections();
    return true;
}

QList<QPair<int, int>> EssayView::hitSpans() const
{
    return m_hitSpans;
}

void EssayView::showContextMenu(const QPoint &position)
{
    QMenu *menu = m_browser->createStandardContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    emit contextMenuAboutToShow(menu, position);
    const int blockIndex = blockIndexAt(position);
    if (m_essay && blockIndex >= 0 && blockIndex < m_essay->blocks.size()) {
        const BlockKind current = m_essay->blocks[blockIndex].kind;
        menu->addSeparator();
        QMenu *kinds = menu->addMenu(tr("Block %1 Is &a\u2026").arg(blockIndex));
        kinds->setObjectName(QStringLiteral("blockKindMenu"));
        auto *group = new QActionGroup(kinds);
        for (BlockKind kind : kAllKinds) {
            QAction *action = kinds->addAction(kindLabel(kind));
            action->setCheckable(true);
            action->setChecked(kind == current);
            group->addAction(action);
            const qint64 essayId = m_essay->id;
            connect(action, &QAction::triggered, this, [this, essayId, blockIndex, kind] {
                emit blockKindChangeRequested(essayId, blockIndex, kind);
            });
        }
        if (!isRawView())
            menu->addAction(tr("Show Raw Blocks to Re-classify Hidden Ones"), this,
                            [this] { setRawView(true); });
        if (!isRawView() && EssayHtml::layoutFor(*m_essay) == EssayHtml::Layout::Bilingual)
            addAlignmentActions(menu, blockIndex);
    }
    menu->popup(m_browser->viewport()->mapToGlobal(position));
}

void EssayView::addAlignmentActions(QMenu *menu, int blockIndex)
{
    const EssayRecord &essay = *m_essay;
    const QList<Pair> &pairs = essay.pairs;
    const Block &block = essay.blocks[blockIndex];
    int row = -1;
    for (qsizetype r = 0; r < pairs.size(); ++r) {
        if (pairs[r].english.contains(blockIndex) || pairs[r].chinese.contains(blockIndex))
            row = int(r);
    }
    const qint64 essayId = essay.id;
    const auto request = [this, essayId](const QList<Pair> &edited) {
        emit alignmentChangeRequested(essayId, edited);
    };
    QMenu *alignment = menu->addMenu(tr("A&lignment"));
    alignment->setObjectName(QStringLiteral("alignmentMenu"));
    if (row >= 0) {
        const Pair &pair = pairs[row];
        QAction *merge = alignment->addAction(tr("&Merge With the Next Row"), this, [=] {
            request(AlignmentEditor::merge(pairs, row));
        });
        merge->setObjectName(QStringLiteral("mergeRowAction"));
        merge->setEnabled(row + 1 < pairs.size());
        QAction *split = alignment->addAction(tr("&Split Row"), this, [=] {
            request(AlignmentEditor::split(pairs, row));
        });
        split->setObjectName(QStringLiteral("splitRowAction"));
        split->setEnabled(pair.english.size() > 1 || pair.chinese.size() > 1);
        QAction *unpair = alignment->addAction(tr("&Unpair"), this, [=] {
            request(AlignmentEditor::unpair(pairs, row));
        });
        unpair->setObjectName(QStringLiteral("unpairAction"));
    }
    // Pair with a nearby block of the other language (taking it out of its row).
    const bool english = block.language == Language::English;
    if (english || isChinese(block.language)) {
        QList<int> candidates;
        for (const Block &other : essay.blocks) {
            const bool otherLanguage = english ? isChinese(other.language)
                                               : other.language == Language::English;
            if (otherLanguage && EssayHtml::isShownInCleanView(other.kind)
                && other.kind != BlockKind::Image)
                candidates << other.index;
        }
        std::sort(candidates.begin(), candidates.end(), [blockIndex](int a, int b) {
            return std::abs(a - blockIndex) < std::abs(b - blockIndex);
        });
        candidates = candidates.mid(0, 6);
        std::sort(candidates.begin(), candidates.end());
        QMenu *pairWith = alignment->addMenu(tr("&Pair With"));
        pairWith->setObjectName(QStringLiteral("pairWithMenu"));
        for (int other : std::as_const(candidates)) {
            const QString text = essay.blocks[other].text.simplified();
            QAction *action = pairWith->addAction(
                tr("Block %1: %2").arg(other).arg(text.left(28) + (text.size() > 28 ? QStringLiteral("\u2026") : QString())));
            action->setData(other);
            connect(action, &QAction::triggered, this, [=] {
                request(english ? AlignmentEditor::pair(pairs, blockIndex, other)
                                : AlignmentEditor::pair(pairs, other, blockIndex));
            });
        }
        pairWith->setEnabled(!candidates.isEmpty());
    }
    if (essay.alignmentEdited) {
        alignment->addSeparator();
        alignment->addAction(tr("&Reset to the Automatic Alignment"), this,
                             [this, essayId] { emit alignmentResetRequested(essayId); });
    }
}

bool EssayView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport()) {
        switch (event->type()) {
        case QEvent::MouseMove:
            if (!m_pinned) {
                const QPoint position = static_cast<QMouseEvent *>(event)->position().toPoint();
                const QTextCursor cursor = m_browser->cursorForPosition(position);
                const BlockAnchor anchor = m_anchorOfParagraph.value(cursor.block().blockNumber());
                highlightCounterpart(anchor.blockIndex(), anchor.isConvertedCopy());
            }
            break;
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton || m_browser->textCursor().hasSelection())
                break;
            const QTextCursor cursor = m_browser->cursorForPosition(mouse->position().toPoint());
            const BlockAnchor anchor = m_anchorOfParagraph.value(cursor.block().blockNumber());
            // A click pins the highlight; a click on the pinned paragraph releases it.
            const bool release = m_pinned && anchor == m_hoverAnchor;
            m_pinned = false;
            m_hoverAnchor = {};
            highlightCounterpart(anchor.blockIndex(), anchor.isConvertedCopy());
            m_pinned = !release && m_hoverAnchor.isValid();
            applySelections();
            break;
        }
        case QEvent::Leave:
            if (!m_pinned)
                highlightCounterpart(-1);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EssayView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The page's colours come from the palette: a switch to a dark theme re-renders.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        render();
}

} // namespace duizhao
