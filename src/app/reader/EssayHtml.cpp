#include "EssayHtml.h"

#include "CodePoints.h"
#include "PageConversions.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace duizhao {

namespace {

// How a paragraph carries its block (BlockAnchor::paragraphState) in the markup: Qt's CSS
// extension -qt-user-state, which the HTML importer turns into the QTextBlock's user
// state. Not <a name> anchors: an anchor is one more element for the importer to style
// (its CSS resolved up through every ancestor) and splits the paragraph's first
// fragment; on a 106-block page they were a third of setHtml (17.5 → 12.8 ms without).
QString stateCss(int state)
{
    return QStringLiteral("-qt-user-state:%1;").arg(state);
}

// Writes the parts of one page under one set of options, with that page's conversions
// (PageConversions) for the Chinese text it shows. One per page build: what a page is
// built with is passed in, not kept between pages.
class PageWriter
{
public:
    PageWriter(const EssayOptions &options, PageConversions &conversions)
        : m_options(options)
        , m_conversions(conversions)
    {}

    const EssayColours &colours() const { return m_options.colours; }
    QString documentStart();
    ConvertedText shownText(const QString &text, Language language, ScriptView view);
    QString convertedHtml(const QString &text, Language language, ScriptView view);
    bool showsTitleCopy(const Block &title, ScriptView view, ScriptView companion);
    QString blockParagraph(const Block &block, ScriptView view = ScriptView::Original,
                           bool copy = false, const QString &cssClass = {});
    QString rowStart(bool striped);
    QString columnHeads(const QString &left, const QString &right);
    QString header(const Essay &essay, ScriptView view,
                   std::optional<ScriptView> companion = std::nullopt);
    QString conversionNote();
    QString bilingualBody(const Essay &essay, ScriptView chineseView);
    QString companionBody(const Essay &essay, ScriptView leftView, ScriptView rightView);
    QString singleColumnBody(const Essay &essay, ScriptView view);

private:
    QString pt(double size);
    QString styleSheet();
    QString styleValue(QStringView name);

    const EssayOptions &m_options;
    PageConversions &m_conversions;
};

// A size of the default 11 pt page, scaled to the reader's font size.
QString PageWriter::pt(double size)
{
    const double scaled = size * m_options.pointSize / EssayHtml::kDefaultPointSize;
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
    case Language::English:
        return QStringLiteral("en");
    case Language::ChineseSimplified:
        return QStringLiteral("hans");
    case Language::ChineseTraditional:
        return QStringLiteral("hant");
    case Language::Undetermined:
        break;
    }
    return QStringLiteral("und");
}

// The script named by a class of scriptClass(); undetermined for any other name.
Language scriptOfClass(QStringView cssClass)
{
    for (Language script :
         {Language::English, Language::ChineseSimplified, Language::ChineseTraditional}) {
        if (cssClass == scriptClass(script))
            return script;
    }
    return Language::Undetermined;
}

// essay.css as written, without its comments; read once (it is compiled in).
const QString &styleTemplate()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/duizhao/reader/essay.css"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        QString text = QString::fromUtf8(file.readAll());
        text.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/\n?"),
                                       QRegularExpression::DotMatchesEverythingOption));
        return text;
    }();
    return css;
}

// The value of a placeholder of essay.css: "text" and the other colours' names
// (EssayColours), "pt:10.5" (a size of the default page, scaled), "fonts:hans" (the
// font-family declaration of a script class). Empty for an unknown name.
QString PageWriter::styleValue(QStringView name)
{
    if (name.startsWith(u"pt:"))
        return pt(name.mid(3).toDouble());
    if (name.startsWith(u"fonts:"))
        return fontFamilyCss(scriptOfClass(name.mid(6)));
    const EssayColours &c = colours();
    const std::pair<QStringView, const QString *> named[] = {
        {u"text", &c.text},     {u"muted", &c.muted},   {u"faint", &c.faint},
        {u"stripe", &c.stripe}, {u"rule", &c.rule},     {u"imageBackground", &c.imageBackground},
        {u"note", &c.note},     {u"choice", &c.choice},
    };
    for (const auto &[key, value] : named) {
        if (name == key)
            return *value;
    }
    return {};
}

// essay.css with its placeholders ("${name}") filled in for this page.
QString PageWriter::styleSheet()
{
    const QStringView css = styleTemplate();
    QString sheet;
    sheet.reserve(css.size() * 2);
    qsizetype done = 0;
    for (qsizetype at = css.indexOf(u"${"); at >= 0; at = css.indexOf(u"${", done)) {
        const qsizetype end = css.indexOf(u'}', at);
        if (end < 0)
            break;
        sheet += css.mid(done, at - done);
        sheet += styleValue(css.mid(at + 2, end - at - 2));
        done = end + 1;
    }
    sheet += css.mid(done);
    return sheet;
}
QString PageWriter::documentStart()
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><style>") + styleSheet() +
           QStringLiteral("</style></head><body>");
}

QString documentEnd()
{
    return QStringLiteral("</body></html>");
}

QString kindClass(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title:
        return QStringLiteral("subtitle");
    case BlockKind::Byline:
        return QStringLiteral("byline");
    case BlockKind::Heading:
        return QStringLiteral("heading");
    case BlockKind::Caption:
        return QStringLiteral("caption");
    case BlockKind::Image:
        return QStringLiteral("image");
    case BlockKind::Reference:
        return QStringLiteral("reference");
    default:
        break;
    }
    return QStringLiteral("para");
}

QString scriptName(Language language)
{
    switch (language) {
    case Language::ChineseSimplified:
        return EssayHtml::tr("simplified");
    case Language::ChineseTraditional:
        return EssayHtml::tr("traditional");
    default:
        break;
    }
    return EssayHtml::tr("undetermined script");
}

QString viewName(ScriptView view)
{
    switch (view) {
    case ScriptView::Simplified:
        return EssayHtml::tr("simplified");
    case ScriptView::Traditional:
        return EssayHtml::tr("traditional");
    case ScriptView::Taiwan:
        return EssayHtml::tr("traditional, Taiwan");
    case ScriptView::HongKong:
        return EssayHtml::tr("traditional, Hong Kong");
    case ScriptView::Original:
        break;
    }
    return EssayHtml::tr("original");
}

// The script a block is shown in: its own unless it is Chinese (an English title in a
// header shown in a Chinese view stays English, in a Latin face).
Language scriptOfView(ScriptView view, Language original)
{
    if (!isChinese(original))
        return original;
    switch (view) {
    case ScriptView::Simplified:
        return Language::ChineseSimplified;
    case ScriptView::Traditional:
    case ScriptView::Taiwan:
    case ScriptView::HongKong:
        return Language::ChineseTraditional;
    case ScriptView::Original:
        break;
    }
    return original;
}

// `text` (already trimmed) in `view`, with the characters to mark; the original text
// when the conversion fails (the page then says so, see conversionNote).
ConvertedText PageWriter::shownText(const QString &text, Language language, ScriptView view)
{
    return m_conversions.shown(text, language, view);
}

// `text` (already trimmed) in `view`, escaped. With EssayOptions::markChoices, characters
// the conversion changed although OpenCC lists other candidates carry a faint
// background and a tooltip with the candidates ("后: 後 后"), so a reader can check them.
QString PageWriter::convertedHtml(const QString &text, Language language, ScriptView view)
{
    const ConvertedText converted = shownText(text, language, view);
    QString html;
    qsizetype done = 0;
    for (const ConvertedText::Mark &mark : converted.marks) {
        html += escaped(converted.text.mid(done, mark.start - done)) +
                QStringLiteral("<span style=\"background-color:") + colours().choice +
                QStringLiteral("\" title=\"") + escaped(mark.toolTip) + QStringLiteral("\">") +
                escaped(converted.text.mid(mark.start, mark.length)) + QStringLiteral("</span>");
        done = mark.start + mark.length;
    }
    return html + escaped(converted.text.mid(done));
}

// Whether the header shows a Chinese title again in the right column's script (only when
// that reads differently).
bool PageWriter::showsTitleCopy(const Block &title, ScriptView view, ScriptView companion)
{
    return isChinese(title.language) &&
           convertedHtml(title.text.trimmed(), title.language, companion) !=
               convertedHtml(title.text.trimmed(), title.language, view);
}

// One block as a paragraph of the clean view, its Chinese text shown in `view`. The
// paragraph carries the block's identity (BlockAnchor); `copy` marks
// the converted copy of a Chinese-only essay's block. The font goes on the paragraph
// itself: QTextDocument does not pass a table cell's or a div's font-family down to
// the paragraphs inside.
QString PageWriter::blockParagraph(const Block &block, ScriptView view, bool copy,
                                   const QString &cssClass)
{
    const QString identity = stateCss(BlockAnchor(block.index, copy).paragraphState());
    if (block.kind == BlockKind::Image) {
        return QStringLiteral("<p class=\"image\" style=\"") + identity + QStringLiteral("\">") +
               QStringLiteral("<span class=\"image\">&nbsp;") +
               EssayHtml::tr("[image]").toHtmlEscaped() + QStringLiteral("&nbsp;</span></p>");
    }
    const Language script = scriptOfView(view, block.language);
    return QStringLiteral("<p class=\"") + (cssClass.isEmpty() ? kindClass(block.kind) : cssClass) +
           u' ' + scriptClass(script) +
           (script == Language::English && block.kind == BlockKind::Paragraph
                ? QStringLiteral(" enbody")
                : QString()) +
           QStringLiteral("\" style=\"") + identity + QStringLiteral("\">") +
           convertedHtml(block.text.trimmed(), block.language, view) + QStringLiteral("</p>");
}

QString cell(const QString &content, int span = 1)
{
    QString html = QStringLiteral("<td valign=\"top\"");
    html +=
        span > 1 ? QStringLiteral(" colspan=\"%1\">").arg(span) : QStringLiteral(" width=\"50%\">");
    return html + content + QStringLiteral("</td>");
}

QString PageWriter::rowStart(bool striped)
{
    return striped ? QStringLiteral("<tr bgcolor=\"") + colours().stripe + QStringLiteral("\">")
                   : QStringLiteral("<tr>");
}

QString tableStart(bool first = true)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\"") +
           (first ? QStringLiteral(" style=\"margin-top:10px;\">") : QStringLiteral(">"));
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
    {}
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

QString PageWriter::columnHeads(const QString &left, const QString &right)
{
    return QStringLiteral("<tr><td width=\"50%\" style=\"border-bottom:1px solid ") +
           colours().rule + QStringLiteral("; border-bottom-style:solid;\"><p class=\"colhead\">") +
           left.toHtmlEscaped() +
           QStringLiteral("</p></td><td width=\"50%\" style=\"border-bottom:1px solid ") +
           colours().rule +
           QStringLiteral("; border-bottom-style:solid;\"><p class=\"colhead\" style=\"") +
           stateCss(BlockAnchor::kRightHeadState) + QStringLiteral("\">") + right.toHtmlEscaped() +
           QStringLiteral("</p></td></tr>");
}

// The Chinese in a bilingual essay (the essay's script when Chinese, else its Chinese
// language tag).
Language chineseOf(const Essay &essay)
{
    Language chinese = Language::ChineseTraditional;
    for (Language language : essay.languages) {
        if (isChinese(language))
            chinese = language;
    }
    return isChinese(essay.script) ? essay.script : chinese;
}

QString bilingualRightHead(const Essay &essay, ScriptView chineseView)
{
    return chineseView == ScriptView::Original
               ? EssayHtml::tr("Chinese (%1)").arg(scriptName(chineseOf(essay)))
               : EssayHtml::tr("Chinese, shown in %1 script").arg(viewName(chineseView));
}

QString companionHead(const Essay &essay, ScriptView view)
{
    return view == ScriptView::Original
               ? EssayHtml::tr("Original (%1)").arg(scriptName(essay.script))
               : EssayHtml::tr("Converted to %1 script").arg(viewName(view));
}

bool validIndex(const Essay &essay, int index)
{
    return index >= 0 && index < essay.blocks.size();
}

// Which blocks the body of the clean view shows, by index: not residue, not a title
// (the header shows those), and not a byline repeating one already shown (scraped
// pages often print 【文/… 作者】 above and below the lede).
QList<bool> bodyBlocks(const Essay &essay)
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
QString metaLine(const Essay &essay)
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
QString PageWriter::header(const Essay &essay, ScriptView view, std::optional<ScriptView> companion)
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
        html += QStringLiteral("<p class=\"title ") + scriptClass(essay.script) +
                QStringLiteral("\">") + convertedHtml(title.trimmed(), essay.script, view) +
                QStringLiteral("</p>");
    }
    html +=
        QStringLiteral("<p class=\"meta\">") + escaped(metaLine(essay)) + QStringLiteral("</p>");
    QString file = essay.file;
    if (essay.titleDerived)
        file += QStringLiteral("  \u00b7  ") +
                EssayHtml::tr("no title line in the file; title taken from the text");
    html += QStringLiteral("<p class=\"file\">") + escaped(file) + QStringLiteral("</p>");
    return html;
}

QString PageWriter::conversionNote()
{
    if (!m_conversions.hasFailed())
        return {};
    return QStringLiteral("<p class=\"note\">") +
           EssayHtml::tr("Script conversion is unavailable (%1); Chinese text is shown as "
                         "written.")
               .arg(m_conversions.failure())
               .toHtmlEscaped() +
           QStringLiteral("</p>");
}

// Which pair each block belongs to; a block in two pairs (a bad alignment) is shown
// with the first.
QHash<int, int> pairOfBlocks(const Essay &essay)
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

QString PageWriter::bilingualBody(const Essay &essay, ScriptView chineseView)
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
            const QString left = sideContent(members.english, m_options.leftScript);
            const QString right = sideContent(members.chinese, chineseView);
            if (left.isEmpty() && right.isEmpty())
                continue;
            table.addRow(rowStart(striped) + cell(left) + cell(right) + QStringLiteral("</tr>"));
            striped = !striped;
            continue;
        }
        if (block.language == Language::English) {
            table.addRow(rowStart(striped) + cell(blockParagraph(block)) + cell(QString()) +
                         QStringLiteral("</tr>"));
        } else if (isChinese(block.language)) {
            table.addRow(rowStart(striped) + cell(QString()) +
                         cell(blockParagraph(block, chineseView)) + QStringLiteral("</tr>"));
        } else {
            // Image placeholders and the like: a plain full-width row that leaves the
            // stripes of the text rows around it alone.
            table.addRow(rowStart(false) + cell(blockParagraph(block), 2) +
                         QStringLiteral("</tr>"));
            continue;
        }
        striped = !striped;
    }
    return table.html();
}

QString PageWriter::companionBody(const Essay &essay, ScriptView leftView, ScriptView rightView)
{
    const QList<bool> shown = bodyBlocks(essay);
    ChunkedTable table(
        columnHeads(companionHead(essay, leftView), companionHead(essay, rightView)));
    bool striped = false;
    for (const Block &block : essay.blocks) {
        if (!shown.value(block.index))
            continue;
        if (block.kind == BlockKind::Image || !isChinese(block.language)) {
            table.addRow(rowStart(false) + cell(blockParagraph(block, leftView), 2) +
                         QStringLiteral("</tr>"));
            continue;
        }
        table.addRow(rowStart(striped) + cell(blockParagraph(block, leftView)) +
                     cell(blockParagraph(block, rightView, true)) + QStringLiteral("</tr>"));
        striped = !striped;
    }
    return table.html();
}

QString PageWriter::singleColumnBody(const Essay &essay, ScriptView view)
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
    case BlockKind::Title:
        return QStringLiteral("#1a73e8");
    case BlockKind::Byline:
        return QStringLiteral("#5f6368");
    case BlockKind::Heading:
        return QStringLiteral("#188038");
    case BlockKind::Paragraph:
        return QStringLiteral("#3c4043");
    case BlockKind::Caption:
        return QStringLiteral("#9334e6");
    case BlockKind::Image:
        return QStringLiteral("#80868b");
    case BlockKind::Ad:
        return QStringLiteral("#d93025");
    case BlockKind::Disclaimer:
        return QStringLiteral("#e37400");
    case BlockKind::Footer:
        return QStringLiteral("#b06000");
    case BlockKind::Reference:
        return QStringLiteral("#007b83");
    case BlockKind::Duplicate:
        return QStringLiteral("#a50e0e");
    }
    return QStringLiteral("#3c4043");
}

} // namespace

EssayHtml::Layout EssayHtml::layoutFor(const Essay &essay)
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

ScriptView EssayHtml::companionView(const Essay &essay)
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

ScriptView EssayHtml::rightScript(const Essay &essay, const EssayOptions &options)
{
    if (options.rightScript)
        return *options.rightScript;
    return layoutFor(essay) == Layout::ScriptCompanion ? companionView(essay)
                                                       : ScriptView::Original;
}

QString EssayHtml::clean(const Essay &essay, const EssayOptions &options)
{
    PageConversions conversions(options.markChoices);
    conversions.prepare(essay, bodyBlocks(essay),
                        {options.leftScript, rightScript(essay, options)});
    PageWriter page(options, conversions);
    QString body;
    switch (layoutFor(essay)) {
    case Layout::Bilingual: {
        const ScriptView chinese = rightScript(essay, options);
        body = page.header(essay, chinese) + page.bilingualBody(essay, chinese);
        break;
    }
    case Layout::ScriptCompanion:
        if (options.rightPane) {
            const ScriptView right = rightScript(essay, options);
            body = page.header(essay, options.leftScript, right) +
                   page.companionBody(essay, options.leftScript, right);
        } else {
            body = page.header(essay, options.leftScript) +
                   page.singleColumnBody(essay, options.leftScript);
        }
        break;
    case Layout::SingleColumn:
        body = page.header(essay, options.leftScript) +
               page.singleColumnBody(essay, options.leftScript);
        break;
    }
    return page.documentStart() + page.conversionNote() + body + documentEnd();
}

std::optional<EssayHtml::RightColumn> EssayHtml::rightColumn(const Essay &essay,
                                                             const EssayOptions &options)
{
    const ScriptView right = rightScript(essay, options);
    const QList<bool> shown = bodyBlocks(essay);
    PageConversions conversions(options.markChoices);
    // The left script too: whether a title's copy shows depends on it.
    conversions.prepare(essay, shown, {right, options.leftScript});
    PageWriter page(options, conversions);
    RightColumn column;
    const auto add = [&](const Block &block, bool copy) {
        column.paragraphs.append({BlockAnchor(block.index, copy),
                                  page.shownText(block.text.trimmed(), block.language, right),
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
            if (!isChinese(block.language) || block.kind == BlockKind::Image ||
                (block.kind != BlockKind::Title && !shown.value(block.index)))
                continue;
            const auto pair = pairOfBlock.constFind(block.index);
            if (block.kind != BlockKind::Title && pair != pairOfBlock.cend() &&
                essay.pairs[*pair].english.contains(block.index))
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
            if (block.kind == BlockKind::Title &&
                page.showsTitleCopy(block, options.leftScript, right))
                add(block, true);
        }
        for (const Block &block : essay.blocks) {
            if (shown.value(block.index) && block.kind != BlockKind::Image &&
                isChinese(block.language))
                add(block, true);
        }
        break;
    case Layout::SingleColumn:
        return std::nullopt;
    }
    if (conversions.hasFailed())
        return std::nullopt;
    return column;
}

QString EssayHtml::raw(const Essay &essay, const EssayOptions &options)
{
    PageConversions conversions(options.markChoices);
    PageWriter page(options, conversions);
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

    QString html = page.documentStart() + page.header(essay, ScriptView::Original);
    QStringList details;
    details << tr("Essay %1").arg(essay.id);
    if (!essay.encoding.isEmpty())
        details << tr("%1 (confidence %2%)")
                       .arg(essay.encoding, QString::number(essay.encodingConfidence));
    if (!essay.sha256.isEmpty())
        details << QStringLiteral("sha256 ") + essay.sha256.left(16) + QStringLiteral("\u2026");
    if (essay.importedAt.isValid())
        details << tr("imported %1")
                       .arg(QLocale().toString(essay.importedAt.toLocalTime(),
                                               QLocale::ShortFormat));
    html += QStringLiteral("<p class=\"meta\">") +
            escaped(details.join(QStringLiteral("  \u00b7  "))) + QStringLiteral("</p>");
    html += QStringLiteral("<p class=\"meta\">") + escaped(counts.join(QStringLiteral(", "))) +
            QStringLiteral("</p>");
    for (const QString &warning : essay.warnings) {
        html += QStringLiteral("<p class=\"note\">") + escaped(tr("Warning: %1").arg(warning)) +
                QStringLiteral("</p>");
    }

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"margin-top:10px;\">");
    // Fixed widths for the narrow columns; the text column takes the rest.
    const QList<std::pair<QString, int>> heads{{tr("#"), 30},    {tr("line"), 34}, {tr("kind"), 84},
                                               {tr("lang"), 58}, {tr("pair"), 58}, {tr("text"), 0}};
    html += QStringLiteral("<tr>");
    for (const auto &[head, width] : heads) {
        html += QStringLiteral("<td") +
                (width > 0 ? QStringLiteral(" width=\"%1\"").arg(width) : QString()) +
                QStringLiteral(" style=\"border-bottom:1px solid ") + page.colours().rule +
                QStringLiteral(";\"><p class=\"colhead\">") + head.toHtmlEscaped() +
                QStringLiteral("</p></td>");
    }
    html += QStringLiteral("</tr>");

    bool striped = false;
    for (const Block &block : essay.blocks) {
        const bool residue = !isShownInCleanView(block.kind) || block.kind == BlockKind::Image;
        html += page.rowStart(striped);
        striped = !striped;
        html += QStringLiteral("<td valign=\"top\" align=\"right\"><p class=\"rawcell\">%1</p>"
                               "</td><td valign=\"top\" align=\"right\"><p class=\"rawcell\">%2"
                               "</p></td>")
                    .arg(QString::number(block.index), QString::number(block.line));
        html += QStringLiteral("<td valign=\"top\"><p class=\"rawcell\" "
                               "style=\"white-space:nowrap;\"><span style=\"color:#ffffff; "
                               "background-color:") +
                kindColour(block.kind) + QStringLiteral(";\">&nbsp;") + blockKindName(block.kind) +
                QStringLiteral("&nbsp;</span></p></td>");
        html += QStringLiteral("<td valign=\"top\"><p class=\"rawcell\" "
                               "style=\"white-space:nowrap;\">") +
                languageTag(block.language).toHtmlEscaped() + QStringLiteral("</p></td>");
        html += QStringLiteral("<td valign=\"top\"><p class=\"rawcell\">") +
                pairLabels.value(block.index).join(u' ').toHtmlEscaped() +
                QStringLiteral("</p></td>");
        html += QStringLiteral("<td valign=\"top\"><p class=\"raw\" style=\"") +
                fontFamilyCss(block.language) +
                (residue ? QStringLiteral("color:") + page.colours().faint + u';' : QString()) +
                QStringLiteral(" white-space:pre-wrap; ") +
                stateCss(BlockAnchor(block.index).paragraphState()) + QStringLiteral("\">") +
                escaped(block.text) + QStringLiteral("</p></td></tr>");
    }
    html += QStringLiteral("</table>");
    return html + documentEnd();
}

QString EssayHtml::message(const QString &text, const EssayOptions &options)
{
    PageConversions conversions(options.markChoices);
    PageWriter page(options, conversions);
    return page.documentStart() +
           QStringLiteral("<p align=\"center\" style=\"margin-top:80px; font-size:12pt; color:") +
           page.colours().faint + QStringLiteral(";\">") + escaped(text) + QStringLiteral("</p>") +
           documentEnd();
}

} // namespace duizhao
