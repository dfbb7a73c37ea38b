#include "EssayHtml.h"

#include "text/CodePoints.h"

#include <QColor>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <exception>
#include <optional>

namespace duizhao {

namespace {

// The options of the page being built. Rendering runs on the GUI thread, one page at a
// time; a thread_local keeps the many small builders below free of an extra parameter.
thread_local const EssayHtml::Options *t_options = nullptr;

struct OptionsScope {
    explicit OptionsScope(const EssayHtml::Options &options)
        : previous(t_options)
    {
        t_options = &options;
    }
    ~OptionsScope() { t_options = previous; }
    OptionsScope(const OptionsScope &) = delete;
    OptionsScope &operator=(const OptionsScope &) = delete;
    const EssayHtml::Options *previous;
};

const EssayHtml::Options &options()
{
    static const EssayHtml::Options defaults;
    return t_options ? *t_options : defaults;
}

const EssayHtml::Colours &colours()
{
    return options().colours;
}

// A size of the default 11 pt page, scaled to the reader's font size.
QString pt(double size)
{
    const double scaled = size * options().pointSize / EssayHtml::kDefaultPointSize;
    return QString::number(scaled, 'f', 1) + QStringLiteral("pt");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString fontFamilyCss(Language language)
{
    QStringList quoted;
    for (const QString &family : EssayHtml::fontFamilies(language)) {
        // Generic families are keywords in CSS and must stay unquoted.
        quoted << (family.contains(u' ') ? u'\'' + family + u'\'' : family);
    }
    return QStringLiteral("font-family:") + quoted.join(u',') + u';';
}

// The class that gives a paragraph its script's fonts (see styleSheet). A class rather
// than an inline style: the page is parsed faster (every paragraph had its own font list
// to parse), and the fonts go on the paragraph itself, since QTextDocument does not pass
// a table cell's or a div's font-family down to the paragraphs inside.
QString scriptClass(Language script)
{
    switch (script) {
    case Language::English: return QStringLiteral("en");
    case Language::ChineseSimplified: return QStringLiteral("hans");
    case Language::ChineseTraditional: return QStringLiteral("hant");
    case Language::Undetermined: break;
    }
    return QStringLiteral("und");
}

QString styleSheet()
{
    const EssayHtml::Colours &c = colours();
    return QStringLiteral("body { ") + fontFamilyCss(Language::Undetermined)
           + QStringLiteral(" color:") + c.text + QStringLiteral("; font-size:") + pt(11)
           + QStringLiteral("; }\n"
                            "p { margin-top:0px; margin-bottom:7px; line-height:135%; }\n")
           + QStringLiteral("p.title { font-size:%1; font-weight:bold; margin-bottom:3px; }\n"
                            "p.subtitle { font-size:%2; font-weight:bold; margin-bottom:3px; }\n"
                            "p.meta { font-size:%3; margin-top:4px; margin-bottom:2px; color:%4; }\n"
                            "p.file { font-size:%5; margin-bottom:0px; color:%6; }\n"
                            "p.heading { font-size:%7; font-weight:bold; margin-top:4px; }\n"
                            "p.caption { font-size:%3; font-style:italic; color:%4; }\n"
                            "p.byline { font-size:%3; color:%4; }\n"
                            "p.reference { font-size:%3; }\n")
                 .arg(pt(19), pt(15), pt(9), c.muted, pt(8), c.faint, pt(13))
           + QStringLiteral("p.image { font-size:%1; margin-bottom:4px; color:%2; }\n"
                            "span.image { background-color:%3; }\n"
                            "p.colhead { font-size:%1; font-weight:bold; margin-bottom:0px; "
                            "color:%2; }\n"
                            "p.note { font-size:%4; font-style:italic; color:%5; }\n"
                            "p.raw { margin-bottom:0px; line-height:125%; }\n"
                            "p.rawcell { font-size:%1; margin-bottom:0px; color:%6; }\n")
                 .arg(pt(8), c.faint, c.imageBackground, pt(9), c.note, c.muted)
           // Last, so they win over the kinds' rules above. Latin faces have tighter line
           // metrics and a larger x-height than CJK ones; English is opened up and its
           // body text set a little smaller, so the two columns read at a similar size
           // and rhythm.
           + QStringLiteral("p.en { ") + fontFamilyCss(Language::English)
           + QStringLiteral(" line-height:150%; }\np.enbody { font-size:") + pt(10.5)
           + QStringLiteral("; }\np.hans { ") + fontFamilyCss(Language::ChineseSimplified)
           + QStringLiteral(" }\np.hant { ") + fontFamilyCss(Language::ChineseTraditional)
           + QStringLiteral(" }\np.und { ") + fontFamilyCss(Language::Undetermined)
           + QStringLiteral(" }\n");
}

QString documentStart()
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><style>") + styleSheet()
           + QStringLiteral("</style></head><body>");
}

QString documentEnd()
{
    return QStringLiteral("</body></html>");
}

QString kindClass(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title: return QStringLiteral("subtitle");
    case BlockKind::Byline: return QStringLiteral("byline");
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::Caption: return QStringLiteral("caption");
    case BlockKind::Image: return QStringLiteral("image");
    case BlockKind::Reference: return QStringLiteral("reference");
    default: break;
    }
    return QStringLiteral("para");
}

QString scriptName(Language language)
{
    switch (language) {
    case Language::ChineseSimplified: return EssayHtml::tr("simplified");
    case Language::ChineseTraditional: return EssayHtml::tr("traditional");
    default: break;
    }
    return EssayHtml::tr("undetermined script");
}

QString viewName(ScriptView view)
{
    switch (view) {
    case ScriptView::Simplified: return EssayHtml::tr("simplified");
    case ScriptView::Traditional: return EssayHtml::tr("traditional");
    case ScriptView::Taiwan: return EssayHtml::tr("traditional, Taiwan");
    case ScriptView::HongKong: return EssayHtml::tr("traditional, Hong Kong");
    case ScriptView::Original: break;
    }
    return EssayHtml::tr("original");
}

// The first conversion error of the page being built (OpenCC data missing); the page
// then says so once, and shows the original text in place of the conversions.
thread_local QString t_conversionFailure;

// The script a block is shown in: its own unless it is Chinese (an English title in a
// header shown in a Chinese view stays English, in a Latin face).
Language scriptOfView(ScriptView view, Language original)
{
    if (!isChinese(original))
        return original;
    switch (view) {
    case ScriptView::Simplified: return Language::ChineseSimplified;
    case ScriptView::Traditional:
    case ScriptView::Taiwan:
    case ScriptView::HongKong: return Language::ChineseTraditional;
    case ScriptView::Original: break;
    }
    return original;
}

// The page's conversions, made before it is built (prepareConversions): text → shown
// text, per source script and view.
thread_local QHash<int, QHash<QString, ConvertedText>> t_conversions;

int conversionKey(Language language, ScriptView view)
{
    return int(language) * 16 + int(view);
}

// Converts the Chinese text a page shows in `views` ahead, in one OpenCC call per source
// script and view (EssayHtml::convertedTexts) instead of one per paragraph. Conversions
// the page asks for and this did not make are made one by one.
void prepareConversions(const EssayRecord &essay, const QList<bool> &shown,
                        const QList<ScriptView> &views)
{
    t_conversions.clear();
    for (ScriptView view : views) {
        if (view == ScriptView::Original)
            continue;
        for (Language language : {Language::ChineseSimplified, Language::ChineseTraditional}) {
            auto &done = t_conversions[conversionKey(language, view)];
            if (!done.isEmpty())
                continue;
            QStringList texts;
            for (const Block &block : essay.blocks) {
                if (block.language == language
                    && (block.kind == BlockKind::Title || shown.value(block.index)))
                    texts << block.text.trimmed();
            }
            if (texts.isEmpty())
                continue;
            try {
                const QList<ConvertedText> converted =
                    EssayHtml::convertedTexts(texts, language, view, options().markChoices);
                for (qsizetype i = 0; i < texts.size(); ++i)
                    done.insert(texts[i], converted[i]);
            } catch (const std::exception &error) {
                t_conversionFailure = QString::fromLocal8Bit(error.what());
                return;
            }
        }
    }
}

// `text` (already trimmed) in `view`, with the characters to mark (see
// EssayHtml::convertedText); the original text when the conversion fails (the page then
// says so, see conversionNote).
ConvertedText shownText(const QString &text, Language language, ScriptView view)
{
    if (!isChinese(language) || view == ScriptView::Original || !t_conversionFailure.isEmpty())
        return {text, {}};
    const auto prepared = t_conversions.constFind(conversionKey(language, view));
    if (prepared != t_conversions.cend()) {
        const auto found = prepared->constFind(text);
        if (found != prepared->cend())
            return *found;
    }
    try {
        return EssayHtml::convertedText(text, language, view, options().markChoices);
    } catch (const std::exception &error) {
        t_conversionFailure = QString::fromLocal8Bit(error.what());
        return {text, {}};
    }
}

// `text` (already trimmed) in `view`, escaped. With Options::markChoices, characters
// the conversion changed although OpenCC lists other candidates carry a faint
// background and a tooltip with the candidates ("后: 後 后"), so a reader can check them.
QString convertedHtml(const QString &text, Language language, ScriptView view)
{
    const ConvertedText converted = shownText(text, language, view);
    QString html;
    qsizetype done = 0;
    for (const ConvertedText::Mark &mark : converted.marks) {
        html += escaped(converted.text.mid(done, mark.start - done))
                + QStringLiteral("<span style=\"background-color:") + colours().choice
                + QStringLiteral("\" title=\"") + escaped(mark.toolTip) + QStringLiteral("\">")
                + escaped(converted.text.mid(mark.start, mark.length)) + QStringLiteral("</span>");
        done = mark.start + mark.length;
    }
    return html + escaped(converted.text.mid(done));
}

// Whether the header shows a Chinese title again in the right column's script (only when
// that reads differently).
bool showsTitleCopy(const Block &title, ScriptView view, ScriptView companion)
{
    return isChinese(title.language)
           && convertedHtml(title.text.trimmed(), title.language, companion)
                  != convertedHtml(title.text.trimmed(), title.language, view);
}

// One block as a paragraph of the clean view, its Chinese text shown in `view`. The
// paragraph carries the block's identity (EssayHtml::paragraphState); `copy` marks
// the converted copy of a Chinese-only essay's block. The font goes on the paragraph
// itself: QTextDocument does not pass a table cell's or a div's font-family down to
// the paragraphs inside.
QString blockParagraph(const Block &block, ScriptView view = ScriptView::Original,
                       bool copy = false, const QString &cssClass = {})
{
    const QString identity = EssayHtml::paragraphStateCss(EssayHtml::paragraphState(block.index, copy));
    if (block.kind == BlockKind::Image) {
        return QStringLiteral("<p class=\"image\" style=\"") + identity + QStringLiteral("\">")
               + QStringLiteral("<span class=\"image\">&nbsp;")
               + EssayHtml::tr("[image]").toHtmlEscaped() + QStringLiteral("&nbsp;</span></p>");
    }
    const Language script = scriptOfView(view, block.language);
    return QStringLiteral("<p class=\"") + (cssClass.isEmpty() ? kindClass(block.kind) : cssClass)
           + u' ' + scriptClass(script)
           + (script == Language::English && block.kind == BlockKind::Paragraph
                  ? QStringLiteral(" enbody")
                  : QString())
           + QStringLiteral("\" style=\"") + identity + QStringLiteral("\">")
           + convertedHtml(block.text.trimmed(), block.language, view) + QStringLiteral("</p>");
}

QString cell(const QString &content, int span = 1)
{
    QString html = QStringLiteral("<td valign=\"top\"");
    html += span > 1 ? QStringLiteral(" colspan=\"%1\">").arg(span)
                     : QStringLiteral(" width=\"50%\">");
    return html + content + QStringLiteral("</td>");
}

QString rowStart(bool striped)
{
    return striped ? QStringLiteral("<tr bgcolor=\"") + colours().stripe + QStringLiteral("\">")
                   : QStringLiteral("<tr>");
}

QString tableStart(bool first = true)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\"")
           + (first ? QStringLiteral(" style=\"margin-top:10px;\">") : QStringLiteral(">"));
}

// The body's rows, in tables of a few rows each. QTextDocument lays a table out whole,
// every cell twice (once at unlimited width to find the column widths), but lays the
// page out lazily between top-level frames: in short tables a long essay is laid out as
// far as the reader looks before its first paint, the rest a step at a time afterwards
// (one 106-row table: ~3x the layout of the first screen). Tables of equal width with
// no spacing or margin between them read as one.
class ChunkedTable
{
public:
    static constexpr int kRowsPerTable = 4;

    explicit ChunkedTable(QString head)
        : m_html(tableStart() + head)
    {
    }
    void addRow(const QString &row)
    {
        if (m_rows > 0 && m_rows % kRowsPerTable == 0)
            m_html += QStringLiteral("</table>") + tableStart(false);
        m_html += row;
        ++m_rows;
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
    int m_rows = 0;
};

QString columnHeads(const QString &left, const QString &right)
{
    return QStringLiteral("<tr><td width=\"50%\" style=\"border-bottom:1px solid ") + colours().rule
           + QStringLiteral("; border-bottom-style:solid;\"><p class=\"colhead\">")
           + left.toHtmlEscaped()
           + QStringLiteral("</p></td><td width=\"50%\" style=\"border-bottom:1px solid ")
           + colours().rule + QStringLiteral("; border-bottom-style:solid;\"><p class=\"colhead\" style=\"")
           + EssayHtml::paragraphStateCss(EssayHtml::kRightHeadState) + QStringLiteral("\">")
           + right.toHtmlEscaped() + QStringLiteral("</p></td></tr>");
}

// The Chinese in a bilingual essay (the essay's script when Chinese, else its Chinese
// language tag).
Language chineseOf(const EssayRecord &essay)
{
    Language chinese = Language::ChineseTraditional;
    for (Language language : essay.languages) {
        if (isChinese(language))
            chinese = language;
    }
    return isChinese(essay.script) ? essay.script : chinese;
}

QString bilingualRightHead(const EssayRecord &essay, ScriptView chineseView)
{
    return chineseView == ScriptView::Original
               ? EssayHtml::tr("Chinese (%1)").arg(scriptName(chineseOf(essay)))
               : EssayHtml::tr("Chinese, shown in %1 script").arg(viewName(chineseView));
}

QString companionHead(const EssayRecord &essay, ScriptView view)
{
    return view == ScriptView::Original
               ? EssayHtml::tr("Original (%1)").arg(scriptName(essay.script))
               : EssayHtml::tr("Converted to %1 script").arg(viewName(view));
}

bool validIndex(const EssayRecord &essay, int index)
{
    return index >= 0 && index < essay.blocks.size();
}

// Which blocks the body of the clean view shows, by index: not residue, not a title
// (the header shows those), and not a byline repeating one already shown (scraped
// pages often print 【文/… 作者】 above and below the lede).
QList<bool> bodyBlocks(const EssayRecord &essay)
{
    QList<bool> shown(essay.blocks.size(), false);
    QSet<QString> bylines;
    for (qsizetype i = 0; i < essay.blocks.size(); ++i) {
        const Block &block = essay.blocks[i];
        if (block.kind == BlockKind::Title || !EssayHtml::isShownInCleanView(block.kind))
            continue;
        if (block.kind == BlockKind::Byline) {
            const QString text = block.text.simplified();
            if (bylines.contains(text))
                continue;
            bylines.insert(text);
        }
        shown[i] = true;
    }
    return shown;
}

// "Author · Outlet · date · en + zh-Hant · blocks: 75 · pairs: 33"
QString metaLine(const EssayRecord &essay)
{
    QStringList parts;
    for (const QString &part : {essay.author, essay.outlet, essay.date}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    QStringList tags;
    for (Language language : essay.languages)
        tags << languageTag(language);
    if (!tags.isEmpty())
        parts << tags.join(QStringLiteral(" + "));
    parts << EssayHtml::tr("blocks: %1").arg(essay.blockCount);
    if (essay.pairCount > 0)
        parts << EssayHtml::tr("pairs: %1").arg(essay.pairCount);
    return parts.join(QStringLiteral("  \u00b7  "));
}

// Title lines (first one large), the metadata line and the file. Chinese title blocks
// show in `view`; `companion`, when set, adds the title in that script under each
// Chinese title (as the block's converted copy).
QString header(const EssayRecord &essay, ScriptView view,
               std::optional<ScriptView> companion = std::nullopt)
{
    QString html;
    bool first = true;
    const auto titleClass = [&] {
        const QString cssClass = first ? QStringLiteral("title") : QStringLiteral("subtitle");
        first = false;
        return cssClass;
    };
    for (const Block &block : essay.blocks) {
        if (block.kind != BlockKind::Title)
            continue;
        html += blockParagraph(block, view, false, titleClass());
        if (companion && showsTitleCopy(block, view, *companion))
            html += blockParagraph(block, *companion, true);
    }
    if (first) {
        const QString title =
            essay.title.isEmpty() ? QFileInfo(essay.file).fileName() : essay.title;
        html += QStringLiteral("<p class=\"title ") + scriptClass(essay.script)
                + QStringLiteral("\">") + convertedHtml(title.trimmed(), essay.script, view)
                + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p class=\"meta\">") + escaped(metaLine(essay))
            + QStringLiteral("</p>");
    QString file = essay.file;
    if (essay.titleDerived)
        file += QStringLiteral("  \u00b7  ")
                + EssayHtml::tr("no title line in the file; title taken from the text");
    html += QStringLiteral("<p class=\"file\">") + escaped(file) + QStringLiteral("</p>");
    return html;
}

QString conversionNote()
{
    if (t_conversionFailure.isEmpty())
        return {};
    return QStringLiteral("<p class=\"note\">")
           + EssayHtml::tr("Script conversion is unavailable (%1); Chinese text is shown as "
                           "written.")
                 .arg(t_conversionFailure)
                 .toHtmlEscaped()
           + QStringLiteral("</p>");
}

// Which pair each block belongs to; a block in two pairs (a bad alignment) is shown
// with the first.
QHash<int, int> pairOfBlocks(const EssayRecord &essay)
{
    QHash<int, int> pairOfBlock;
    for (qsizetype p = 0; p < essay.pairs.size(); ++p) {
        for (const QList<int> *side : {&essay.pairs[p].english, &essay.pairs[p].chinese}) {
            for (int index : *side) {
                if (validIndex(essay, index) && !pairOfBlock.contains(index))
                    pairOfBlock.insert(index, int(p));
            }
        }
    }
    return pairOfBlock;
}

QString bilingualBody(const EssayRecord &essay, ScriptView chineseView)
{
    const QList<bool> shown = bodyBlocks(essay);
    const QHash<int, int> pairOfBlock = pairOfBlocks(essay);
    ChunkedTable table(
        columnHeads(EssayHtml::tr("English"), bilingualRightHead(essay, chineseView)));
    QSet<int> shownPairs;
    bool striped = false;
    const auto sideContent = [&](const QList<int> &indexes, ScriptView view) {
        QString content;
        for (int index : indexes) {
            if (!validIndex(essay, index))
                continue;
            const Block &block = essay.blocks[index];
            if (!shown.value(index))
                continue;
            content += blockParagraph(block, view);
        }
        return content;
    };

    for (const Block &block : essay.blocks) {
        if (!shown.value(block.index))
            continue;
        const auto pair = pairOfBlock.constFind(block.index);
        if (pair != pairOfBlock.cend()) {
            if (shownPairs.contains(*pair))
                continue;
            shownPairs.insert(*pair);
            const Pair &members = essay.pairs[*pair];
            const QString left = sideContent(members.english, options().leftScript);
            const QString right = sideContent(members.chinese, chineseView);
            if (left.isEmpty() && right.isEmpty())
                continue;
            table.addRow(rowStart(striped) + cell(left) + cell(right) + QStringLiteral("</tr>"));
            striped = !striped;
            continue;
        }
        if (block.language == Language::English) {
            table.addRow(rowStart(striped) + cell(blockParagraph(block)) + cell(QString())
                         + QStringLiteral("</tr>"));
        } else if (isChinese(block.language)) {
            table.addRow(rowStart(striped) + cell(QString())
                         + cell(blockParagraph(block, chineseView)) + QStringLiteral("</tr>"));
        } else {
            // Image placeholders and the like: a plain full-width row that leaves the
            // stripes of the text rows around it alone.
            table.addRow(rowStart(false) + cell(blockParagraph(block), 2)
                         + QStringLiteral("</tr>"));
            continue;
        }
        striped = !striped;
    }
    return table.html();
}

QString companionBody(const EssayRecord &essay, ScriptView leftView, ScriptView rightView)
{
    const QList<bool> shown = bodyBlocks(essay);
    ChunkedTable table(
        columnHeads(companionHead(essay, leftView), companionHead(essay, rightView)));
    bool striped = false;
    for (const Block &block : essay.blocks) {
        if (!shown.value(block.index))
            continue;
        if (block.kind == BlockKind::Image || !isChinese(block.language)) {
            table.addRow(rowStart(false) + cell(blockParagraph(block, leftView), 2)
                         + QStringLiteral("</tr>"));
            continue;
        }
        table.addRow(rowStart(striped) + cell(blockParagraph(block, leftView))
                     + cell(blockParagraph(block, rightView, true)) + QStringLiteral("</tr>"));
        striped = !striped;
    }
    return table.html();
}

QString singleColumnBody(const EssayRecord &essay, ScriptView view)
{
    const QList<bool> shown = bodyBlocks(essay);
    QString html = QStringLiteral("<div style=\"margin-top:10px;\">");
    for (const Block &block : essay.blocks) {
        if (!shown.value(block.index))
            continue;
        html += blockParagraph(block, view);
    }
    return html + QStringLiteral("</div>");
}

QString kindColour(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title: return QStringLiteral("#1a73e8");
    case BlockKind::Byline: return QStringLiteral("#5f6368");
    case BlockKind::Heading: return QStringLiteral("#188038");
    case BlockKind::Paragraph: return QStringLiteral("#3c4043");
    case BlockKind::Caption: return QStringLiteral("#9334e6");
    case BlockKind::Image: return QStringLiteral("#80868b");
    case BlockKind::Ad: return QStringLiteral("#d93025");
    case BlockKind::Disclaimer: return QStringLiteral("#e37400");
    case BlockKind::Footer: return QStringLiteral("#b06000");
    case BlockKind::Reference: return QStringLiteral("#007b83");
    case BlockKind::Duplicate: return QStringLiteral("#a50e0e");
    }
    return QStringLiteral("#3c4043");
}

// The mark of one conversion choice: where it is, and a tool tip naming the source
// character and every candidate OpenCC had for it.
ConvertedText::Mark conversionMark(const ConversionChoice &choice, qsizetype at, qsizetype length)
{
    QStringList candidates;
    for (char32_t candidate : choice.candidates)
        candidates << QString::fromUcs4(&candidate, 1);
    return {at, length, QString::fromUcs4(&choice.source, 1) + QStringLiteral(": ") + candidates.join(u' ')};
}

} // namespace

EssayHtml::Layout EssayHtml::layoutFor(const EssayRecord &essay)
{
    if (!essay.pairs.isEmpty())
        return Layout::Bilingual;
    bool english = false;
    bool chinese = false;
    for (Language language : essay.languages) {
        english = english || language == Language::English;
        chinese = chinese || isChinese(language);
    }
    if (chinese && !english && isChinese(essay.script))
        return Layout::ScriptCompanion;
    return Layout::SingleColumn;
}

ScriptView EssayHtml::companionView(const EssayRecord &essay)
{
    return essay.script == Language::ChineseSimplified ? ScriptView::Traditional
                                                       : ScriptView::Simplified;
}

QStringList EssayHtml::fontFamilies(Language language)
{
    if (language == Language::English) {
        // CJK fonts draw ’ “ ” full-width, which tears English words apart
        // ("China ’s"); English text takes a Latin face first.
        return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                QStringLiteral("Noto Sans CJK SC"), QStringLiteral("sans-serif")};
    }
    if (language == Language::ChineseTraditional) {
        return {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Serif CJK TC"),
                QStringLiteral("Noto Sans CJK SC"), QStringLiteral("sans-serif")};
    }
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK TC"),
            QStringLiteral("sans-serif")};
}

QString EssayHtml::anchorName(int blockIndex, bool convertedCopy)
{
    return (convertedCopy ? u'c' : u'b') + QString::number(blockIndex);
}

int EssayHtml::paragraphState(int blockIndex, bool convertedCopy)
{
    return kFirstBlockState + 2 * blockIndex + (convertedCopy ? 1 : 0);
}

QString EssayHtml::paragraphStateCss(int state)
{
    return QStringLiteral("-qt-user-state:%1;").arg(state);
}

QString EssayHtml::anchorOfState(int state)
{
    if (state == kRightHeadState)
        return rightHeadAnchorName();
    if (state < kFirstBlockState)
        return {};
    const int block = state - kFirstBlockState;
    return anchorName(block / 2, block % 2 == 1);
}

ScriptView EssayHtml::rightScript(const EssayRecord &essay, const Options &options)
{
    if (options.rightScript)
        return *options.rightScript;
    return layoutFor(essay) == Layout::ScriptCompanion ? companionView(essay)
                                                       : ScriptView::Original;
}

QColor EssayColours::blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

EssayColours EssayColours::fromPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const auto mix = [](const QColor &from, const QColor &to, double amount) {
        return blend(from, to, amount).name();
    };
    EssayColours colours;
    colours.text = text.name();
    colours.muted = mix(text, base, 0.35);
    colours.faint = mix(text, base, 0.5);
    colours.stripe = mix(base, text, dark ? 0.06 : 0.035);
    colours.rule = mix(base, text, 0.2);
    colours.imageBackground = mix(base, text, 0.1);
    colours.note = dark ? QStringLiteral("#f0a43a") : QStringLiteral("#b06000");
    colours.choice = mix(base, dark ? QColor(0xc8, 0xa0, 0x20) : QColor(0xff, 0xd8, 0x40), 0.22);
    return colours;
}

QString EssayHtml::clean(const EssayRecord &essay, const Options &options)
{
    const OptionsScope scope(options);
    t_conversionFailure.clear();
    const QList<bool> shown = bodyBlocks(essay);
    prepareConversions(essay, shown, {options.leftScript, rightScript(essay, options)});
    QString body;
    switch (layoutFor(essay)) {
    case Layout::Bilingual: {
        const ScriptView chinese = rightScript(essay, options);
        body = header(essay, chinese) + bilingualBody(essay, chinese);
        break;
    }
    case Layout::ScriptCompanion:
        if (options.rightPane) {
            const ScriptView right = rightScript(essay, options);
            body = header(essay, options.leftScript, right)
                   + companionBody(essay, options.leftScript, right);
        } else {
            body = header(essay, options.leftScript)
                   + singleColumnBody(essay, options.leftScript);
        }
        break;
    case Layout::SingleColumn:
        body = header(essay, options.leftScript) + singleColumnBody(essay, options.leftScript);
        break;
    }
    t_conversions.clear();
    return documentStart() + conversionNote() + body + documentEnd();
}

ConvertedText EssayHtml::convertedText(const QString &text, Language language, ScriptView view,
                                       bool markChoices)
{
    ConvertedText converted{ScriptConverter::instance().toView(text, language, view), {}};
    if (!markChoices)
        return converted;
    const QList<ConversionChoice> choices = ScriptConverter::choices(text, converted.text, language, view);
    if (choices.isEmpty() || choices.constFirst().chosen == 0)
        return converted; // a phrase changed the length: positions do not line up
    qsizetype done = 0; // UTF-16 offset into the converted text
    for (const ConversionChoice &choice : choices) {
        // A character left as it was (了 → 了, not 瞭) reads the same either way; only
        // characters the conversion changed, where another choice existed, are marked.
        if (choice.chosen == choice.source)
            continue;
        const qsizetype at = codePointToUtf16Offset(converted.text, choice.position);
        const qsizetype length = QChar::requiresSurrogates(choice.chosen) ? 2 : 1;
        if (at < done || at + length > converted.text.size())
            continue;
        converted.marks.append(conversionMark(choice, at, length));
        done = at + length;
    }
    return converted;
}

QList<ConvertedText> EssayHtml::convertedTexts(const QStringList &texts, Language language,
                                               ScriptView view, bool markChoices)
{
    const auto oneByOne = [&] {
        QList<ConvertedText> converted;
        for (const QString &text : texts)
            converted << convertedText(text, language, view, markChoices);
        return converted;
    };
    // Lines convert alone: no OpenCC phrase spans a line break.
    if (std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) { return text.contains(u'\n'); }))
        return oneByOne();
    const QString joined = texts.join(u'\n');
    const ConvertedText all = convertedText(joined, language, view, false);
    const QStringList lines = all.text.split(u'\n');
    if (lines.size() != texts.size())
        return oneByOne();
    QList<ConvertedText> converted;
    for (const QString &line : lines)
        converted.append({line, {}});
    if (!markChoices)
        return converted;
    const QList<ConversionChoice> choices = ScriptConverter::choices(joined, all.text, language, view);
    if (!choices.isEmpty() && choices.constFirst().chosen == 0)
        return oneByOne(); // a phrase changed a length somewhere: each line on its own
    // Choices are in code points of the joined text; aligned, they are the same in the
    // converted lines.
    qsizetype line = 0;
    qsizetype lineStart = 0; // code point where `line` starts
    qsizetype lineEnd = qsizetype(lines[0].toUcs4().size());
    for (const ConversionChoice &choice : choices) {
        while (choice.position > lineEnd && line + 1 < lines.size()) {
            ++line;
            lineStart = lineEnd + 1;
            lineEnd = lineStart + qsizetype(lines[line].toUcs4().size());
        }
        if (choice.chosen == choice.source || choice.position >= lineEnd)
            continue;
        ConvertedText &target = converted[line];
        const qsizetype at = codePointToUtf16Offset(target.text, choice.position - lineStart);
        const qsizetype length = QChar::requiresSurrogates(choice.chosen) ? 2 : 1;
        if ((!target.marks.isEmpty()
             && at < target.marks.constLast().start + target.marks.constLast().length)
            || at + length > target.text.size())
            continue;
        target.marks.append(conversionMark(choice, at, length));
    }
    return converted;
}

std::optional<EssayHtml::RightColumn> EssayHtml::rightColumn(const EssayRecord &essay,
                                                             const Options &options)
{
    const OptionsScope scope(options);
    t_conversionFailure.clear();
    const ScriptView right = rightScript(essay, options);
    const QList<bool> shown = bodyBlocks(essay);
    // The left script too: whether a title's copy shows depends on it.
    prepareConversions(essay, shown, {right, options.leftScript});
    const struct Done {
        ~Done() { t_conversions.clear(); }
    } done;
    RightColumn column;
    const auto add = [&](const Block &block, bool copy) {
        column.paragraphs.append({anchorName(block.index, copy),
                                  shownText(block.text.trimmed(), block.language, right),
                                  scriptOfView(right, block.language)});
    };
    switch (layoutFor(essay)) {
    case Layout::Bilingual: {
        bool titled = false;
        for (const Block &block : essay.blocks)
            titled = titled || block.kind == BlockKind::Title;
        if (!titled && isChinese(essay.script))
            return std::nullopt; // the header's title is the essay's, in the Chinese script
        column.head = bilingualRightHead(essay, right);
        const QHash<int, int> pairOfBlock = pairOfBlocks(essay);
        for (const Block &block : essay.blocks) {
            if (!isChinese(block.language) || block.kind == BlockKind::Image
                || (block.kind != BlockKind::Title && !shown.value(block.index)))
                continue;
            const auto pair = pairOfBlock.constFind(block.index);
            if (block.kind != BlockKind::Title && pair != pairOfBlock.cend()
                && essay.pairs[*pair].english.contains(block.index))
                continue; // shown on the left (titles are the header's)
            add(block, false);
        }
        break;
    }
    case Layout::ScriptCompanion:
        if (!options.rightPane)
            return std::nullopt;
        column.head = companionHead(essay, right);
        for (const Block &block : essay.blocks) {
            if (block.kind == BlockKind::Title && showsTitleCopy(block, options.leftScript, right))
                add(block, true);
        }
        for (const Block &block : essay.blocks) {
            if (shown.value(block.index) && block.kind != BlockKind::Image
                && isChinese(block.language))
                add(block, true);
        }
        break;
    case Layout::SingleColumn:
        return std::nullopt;
    }
    if (!t_conversionFailure.isEmpty())
        return std::nullopt;
    return column;
}

QString EssayHtml::raw(const EssayRecord &essay, const Options &options)
{
    const OptionsScope scope(options);
    // "P3 en": the block is the English side of the third pair.
    QHash<int, QStringList> pairLabels;
    for (qsizetype p = 0; p < essay.pairs.size(); ++p) {
        for (int index : essay.pairs[p].english)
            pairLabels[index] << QStringLiteral("P%1 en").arg(p + 1);
        for (int index : essay.pairs[p].chinese)
            pairLabels[index] << QStringLiteral("P%1 zh").arg(p + 1);
    }

    QMap<QString, int> kindCounts;
    for (const Block &block : essay.blocks)
        ++kindCounts[blockKindName(block.kind)];
    QStringList counts;
    for (auto it = kindCounts.cbegin(); it != kindCounts.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());

    QString html = documentStart() + header(essay, ScriptView::Original);
    QStringList details;
    details << tr("Essay %1").arg(essay.id);
    if (!essay.encoding.isEmpty())
        details << tr("%1 (confidence %2%)")
                       .arg(essay.encoding, QString::number(essay.encodingConfidence));
    if (!essay.sha256.isEmpty())
        details << QStringLiteral("sha256 ") + essay.sha256.left(16) + QStringLiteral("\u2026");
    if (essay.importedAt.isValid())
        details << tr("imported %1").arg(QLocale().toString(essay.importedAt.toLocalTime(),
                                                            QLocale::ShortFormat));
    html += QStringLiteral("<p class=\"meta\">")
            + escaped(details.join(QStringLiteral("  \u00b7  "))) + QStringLiteral("</p>");
    html += QStringLiteral("<p class=\"meta\">") + escaped(counts.join(QStringLiteral(", ")))
            + QStringLiteral("</p>");
    for (const QString &warning : essay.warnings) {
        html += QStringLiteral("<p class=\"note\">") + escaped(tr("Warning: %1").arg(warning))
                + QStringLiteral("</p>");
    }

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"margin-top:10px;\">");
    // Fixed widths for the narrow columns; the text column takes the rest.
    const QList<std::pair<QString, int>> heads{{tr("#"), 30},   {tr("line"), 34},
                                               {tr("kind"), 84}, {tr("lang"), 58},
                                               {tr("pair"), 58}, {tr("text"), 0}};
    html += QStringLiteral("<tr>");
    for (const auto &[head, width] : heads) {
        html += QStringLiteral("<td")
                + (width > 0 ? QStringLiteral(" width=\"%1\"").arg(width) : QString())
                + QStringLiteral(" style=\"border-bottom:1px solid ") + colours().rule
                + QStringLiteral(";\"><p class=\"colhead\">") + head.toHtmlEscaped()
                + QStringLiteral("</p></td>");
    }
    html += QStringLiteral("</tr>");

    bool striped = false;
    for (const Block &block : essay.blocks) {
        const bool residue = !isShownInCleanView(block.kind) || block.kind == BlockKind::Image;
        html += rowStart(striped);
        striped = !striped;
        html += QStringLiteral("<td valign=\"top\" align=\"right\"><p class=\"rawcell\">%1</p>"
                               "</td><td valign=\"top\" align=\"right\"><p class=\"rawcell\">%2"
                               "</p></td>")
                    .arg(QString::number(block.index), QString::number(block.line));
        html += QStringLiteral("<td valign=\"top\"><p class=\"rawcell\" "
                               "style=\"white-space:nowrap;\"><span style=\"color:#ffffff; "
                               "background-color:")
                + kindColour(block.kind) + QStringLiteral(";\">&nbsp;") + blockKindName(block.kind)
                + QStringLiteral("&nbsp;</span></p></td>");
        html += QStringLiteral("<td valign=\"top\"><p class=\"rawcell\" "
                               "style=\"white-space:nowrap;\">")
                + languageTag(block.language).toHtmlEscaped() + QStringLiteral("</p></td>");
        html += QStringLiteral("<td valign=\"top\"><p class=\"rawcell\">")
                + pairLabels.value(block.index).join(u' ').toHtmlEscaped()
                + QStringLiteral("</p></td>");
        html += QStringLiteral("<td valign=\"top\"><p class=\"raw\" style=\"")
                + fontFamilyCss(block.language)
                + (residue ? QStringLiteral("color:") + colours().faint + u';' : QString())
                + QStringLiteral(" white-space:pre-wrap; ")
                + paragraphStateCss(paragraphState(block.index, false)) + QStringLiteral("\">")
                + escaped(block.text)
                + QStringLiteral("</p></td></tr>");
    }
    html += QStringLiteral("</table>");
    return html + documentEnd();
}

QString EssayHtml::blockAnchorName(int blockIndex)
{
    return anchorName(blockIndex, false);
}

std::optional<int> EssayHtml::blockIndexOfAnchor(QStringView anchorName)
{
    // Only "b<index>": a converted copy ("c<index>") is not the original text.
    if (!anchorName.startsWith(u'b'))
        return std::nullopt;
    bool ok = false;
    const int index = anchorName.mid(1).toInt(&ok);
    return ok && index >= 0 ? std::optional<int>(index) : std::nullopt;
}

QString EssayHtml::message(const QString &text, const Options &options)
{
    const OptionsScope scope(options);
    return documentStart()
           + QStringLiteral("<p align=\"center\" style=\"margin-top:80px; font-size:12pt; color:")
           + colours().faint + QStringLiteral(";\">") + escaped(text) + QStringLiteral("</p>")
           + documentEnd();
}

} // namespace duizhao
