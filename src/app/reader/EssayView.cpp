#include "EssayView.h"

#include "BlockContextMenu.h"
#include "CodePoints.h"
#include "EssayHtml.h"
#include "FindBar.h"
#include "ScriptSwitch.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace duizhao {

namespace {

constexpr int kMinPointSize = 7;
constexpr int kMaxPointSize = 32;

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return EssayColours::blend(from, to, amount);
}

QString viewLabel(ScriptView view)
{
    switch (view) {
    case ScriptView::Simplified:
        return EssayView::tr("simplified");
    case ScriptView::Traditional:
        return EssayView::tr("traditional");
    case ScriptView::Taiwan:
        return EssayView::tr("Taiwan");
    case ScriptView::HongKong:
        return EssayView::tr("Hong Kong");
    case ScriptView::Original:
        break;
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

    m_glossaryAction = new QAction(tr("Highlight &Glossary Terms"), this);
    m_glossaryAction->setObjectName(QStringLiteral("glossaryHighlightAction"));
    m_glossaryAction->setCheckable(true);
    m_glossaryAction->setToolTip(tr("Underline the glossary's terms in both columns; hover "
                                    "one for its counterpart and note"));
    connect(m_glossaryAction, &QAction::toggled, this, [this] {
        markGlossary();
        applySelections();
    });

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setPointSize(pointSize() + 1); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setPointSize(pointSize() - 1); });
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
        const bool onlyRight =
            m_options.leftScript == before.leftScript && m_options.rightPane == before.rightPane;
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
    connect(m_browser, &QWidget::customContextMenuRequested, this, &EssayView::showContextMenu);

    m_blockMenu = new BlockContextMenu(this);
    connect(m_blockMenu, &BlockContextMenu::blockKindChangeRequested, this,
            &EssayView::blockKindChangeRequested);
    connect(m_blockMenu, &BlockContextMenu::structureRuleRequested, this,
            &EssayView::structureRuleRequested);
    connect(m_blockMenu, &BlockContextMenu::alignmentChangeRequested, this,
            &EssayView::alignmentChangeRequested);
    connect(m_blockMenu, &BlockContextMenu::alignmentResetRequested, this,
            &EssayView::alignmentResetRequested);
    connect(m_blockMenu, &BlockContextMenu::rawViewRequested, this, [this] { setRawView(true); });

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

void EssayView::setEssay(const Essay &essay)
{
    const bool sameEssay = m_essay && m_essay->id == essay.id;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_essay = essay;
    m_message.clear();
    m_counterpart.unpin();
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
    if (!m_essay || isRawView() || m_paragraphs.rightHeadParagraph() < 0)
        return false;
    m_options.colours = EssayColours::fromPalette(palette());
    const std::optional<EssayHtml::RightColumn> column =
        EssayHtml::rightColumn(*m_essay, m_options);
    if (!column)
        return false;
    // The page must show exactly the paragraphs the column names, each once; otherwise
    // (a title copy that comes or goes with the script) it is built again.
    const bool copies = EssayHtml::layoutFor(*m_essay) == EssayHtml::Layout::ScriptCompanion;
    if (copies && m_paragraphs.convertedCopyCount() != column->paragraphs.size())
        return false;
    QTextDocument *document = m_browser->document();
    QList<QTextBlock> paragraphs;
    for (const EssayHtml::RightColumn::Paragraph &paragraph : column->paragraphs) {
        const QList<int> numbers = m_paragraphs.paragraphsOf(paragraph.anchor);
        if (numbers.size() != 1)
            return false;
        paragraphs << document->findBlockByNumber(numbers.first());
    }
    const QTextBlock head = document->findBlockByNumber(m_paragraphs.rightHeadParagraph());

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
    m_paragraphs = ParagraphIndex(*m_browser->document());
    m_counterpart.setPage(m_essay ? &*m_essay : nullptr, &m_paragraphs);
    updateScriptSwitch();

    m_hitSpans.clear();
    // Annotation highlights are drawn into the page before it is laid out (see
    // LayoutPause); find and the highlights below need the layout.
    emit pageRendered();
    pause.resume();
    markGlossary();
    // A running find follows the page: the converted column has other characters.
    if (m_find.isActive())
        find(m_findBar->text());
    else
        applySelections();
}

int EssayView::blockIndexAtPosition(int documentPosition) const
{
    const QTextBlock block = m_browser->document()->findBlock(documentPosition);
    if (!block.isValid())
        return -1;
    return m_paragraphs.anchorOf(block.blockNumber()).blockIndex();
}

int EssayView::blockIndexAt(const QPoint &viewportPosition) const
{
    return blockIndexAtPosition(m_browser->cursorForPosition(viewportPosition).position());
}

QList<QPair<int, int>> EssayView::paragraphSpans(int blockIndex, bool copy) const
{
    QList<QPair<int, int>> spans;
    const QTextDocument *document = m_browser->document();
    const QList<int> numbers = m_paragraphs.paragraphsOf(BlockAnchor(blockIndex, copy));
    for (int number : numbers) {
        const QTextBlock block = document->findBlockByNumber(number);
        spans.append({block.position(), block.position() + block.length() - 1});
    }
    return spans;
}

void EssayView::highlightCounterpart(int blockIndex, bool copy)
{
    if (m_counterpart.show(BlockAnchor(blockIndex, copy)))
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
    // Glossary terms first: the highlights below are drawn over them.
    const QColor link = palette().color(QPalette::Link);
    for (const GlossaryHighlight::Span &span : m_glossary.spans()) {
        QTextEdit::ExtraSelection extra = selection(span.start, span.end, mix(base, link, 0.1));
        extra.format.setUnderlineStyle(QTextCharFormat::DotLine);
        extra.format.setUnderlineColor(mix(base, link, 0.8));
        selections << extra;
    }
    const auto addParagraphs = [&](BlockAnchor anchor, const QColor &colour) {
        for (const auto &[start, end] :
             paragraphSpans(anchor.blockIndex(), anchor.isConvertedCopy()))
            selections << selection(start, end, colour);
    };
    if (m_counterpart.anchor().isValid()) {
        const bool pinned = m_counterpart.isPinned();
        addParagraphs(m_counterpart.anchor(), mix(base, highlight, pinned ? 0.22 : 0.12));
        for (BlockAnchor anchor : m_counterpart.counterparts())
            addParagraphs(anchor, mix(base, highlight, pinned ? 0.4 : 0.28));
    }
    const QList<QPair<int, int>> &matches = m_find.matches();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        selections << selection(matches[i].first, matches[i].second,
                                mix(base, marker, i == m_find.currentMatch() ? 0.95 : 0.45));
    }
    for (const auto &[start, end] : std::as_const(m_hitSpans))
        selections << selection(start, end, mix(base, QColor(0xff, 0x98, 0x00), 0.6));
    m_browser->setExtraSelections(selections);
}

void EssayView::markGlossary()
{
    if (isGlossaryHighlighted() && !isRawView())
        m_glossary.mark(*m_browser->document(), m_paragraphs, m_essay ? &*m_essay : nullptr);
    else
        m_glossary.clear();
}

void EssayView::setGlossaryTerms(const QList<GlossaryTerm> &terms)
{
    m_glossary.setTerms(terms);
    markGlossary();
    applySelections();
}

bool EssayView::isGlossaryHighlighted() const
{
    return m_glossaryAction->isChecked();
}

void EssayView::setGlossaryHighlighted(bool on)
{
    m_glossaryAction->setChecked(on);
}

QList<QPair<int, int>> EssayView::glossarySpans() const
{
    QList<QPair<int, int>> spans;
    for (const GlossaryHighlight::Span &span : m_glossary.spans())
        spans.append({span.start, span.end});
    return spans;
}

std::optional<GlossaryTerm> EssayView::glossaryTermAt(int documentPosition) const
{
    return m_glossary.termAt(documentPosition);
}

QString EssayView::glossaryToolTip(const GlossaryTerm &term)
{
    QString tip = QStringLiteral("<b>%1</b> \u2194 <b>%2</b>")
                      .arg(term.english.toHtmlEscaped(), term.chinese.toHtmlEscaped());
    if (!term.note.isEmpty())
        tip += QStringLiteral("<br>") + term.note.toHtmlEscaped();
    return tip;
}

int EssayView::find(const QString &text)
{
    if (m_find.find(*m_browser->document(), text) > 0) {
        // The first match from the top of what the reader sees, not from the page's top.
        selectMatch(m_find.firstMatchFrom(m_browser->cursorForPosition(QPoint(0, 0)).position()));
    } else {
        applySelections();
    }
    m_findBar->setResult(m_find.currentMatch() + 1, m_find.matchCount());
    return m_find.matchCount();
}

void EssayView::selectMatch(int match)
{
    m_find.setCurrentMatch(match);
    if (match >= 0 && match < m_find.matchCount()) {
        QTextCursor cursor(m_browser->document());
        cursor.setPosition(m_find.matches()[match].first);
        m_browser->setTextCursor(cursor);
        m_browser->ensureCursorVisible();
    }
    applySelections();
    m_findBar->setResult(m_find.currentMatch() + 1, m_find.matchCount());
}

void EssayView::findNext()
{
    if (m_find.matchCount() > 0)
        selectMatch(m_find.nextMatch());
}

void EssayView::findPrevious()
{
    if (m_find.matchCount() > 0)
        selectMatch(m_find.previousMatch());
}

QList<QPair<int, int>> EssayView::findMatches() const
{
    return m_find.matches();
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
    if (m_essay)
        m_blockMenu->addActions(menu, *m_essay, blockIndexAt(position), isRawView());
    menu->popup(m_browser->viewport()->mapToGlobal(position));
}

bool EssayView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport()) {
        switch (event->type()) {
        case QEvent::MouseMove:
            if (!m_counterpart.isPinned()) {
                const QPoint position = static_cast<QMouseEvent *>(event)->position().toPoint();
                const int paragraph = m_browser->cursorForPosition(position).block().blockNumber();
                if (m_counterpart.hover(m_paragraphs.anchorOf(paragraph)))
                    applySelections();
            }
            break;
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton || m_browser->textCursor().hasSelection())
                break;
            const QTextCursor cursor = m_browser->cursorForPosition(mouse->position().toPoint());
            m_counterpart.click(m_paragraphs.anchorOf(cursor.block().blockNumber()));
            applySelections();
            break;
        }
        case QEvent::ToolTip: {
            const auto *help = static_cast<QHelpEvent *>(event);
            const int position = m_browser->cursorForPosition(help->pos()).position();
            // Either side of the caret position: the character under the mouse.
            std::optional<GlossaryTerm> term = glossaryTermAt(position);
            if (!term && position > 0)
                term = glossaryTermAt(position - 1);
            if (term) {
                QToolTip::showText(help->globalPos(), glossaryToolTip(*term),
                                   m_browser->viewport());
                return true;
            }
            break;
        }
        case QEvent::Leave:
            if (m_counterpart.leave())
                applySelections();
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
