#include "EssayHtml.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <exception>
#include <optional>

namespace duizhao {

namespace {

// Colours of the page; kept together so the clean and raw views agree.
const QString kText = QStringLiteral("#202124");
const QString kMuted = QStringLiteral("#5f6368");
const QString kFaint = QStringLiteral("#80868b");
const QString kStripe = QStringLiteral("#f6f7f9");
const QString kRule = QStringLiteral("#dadce0");

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

// %1 body font families, %2 text, %3 muted, %4 faint colour.
QString styleSheet()
{
    return QStringLiteral("body { %1 color:%2; }\n"
                          "p { margin-top:0px; margin-bottom:7px; line-height:135%; }\n"
                          "p.title { font-size:19pt; font-weight:bold; margin-bottom:3px; }\n"
                          "p.subtitle { font-size:15pt; font-weight:bold; margin-bottom:3px; }\n"
                          "p.meta { font-size:9pt; margin-top:4px; margin-bottom:2px; color:%3; }\n"
                          "p.file { font-size:8pt; margin-bottom:0px; color:%4; }\n"
                          "p.heading { font-size:13pt; font-weight:bold; margin-top:4px; }\n"
                          "p.caption { font-size:9pt; font-style:italic; color:%3; }\n"
                          "p.byline { font-size:9pt; color:%3; }\n"
                          "p.reference { font-size:9pt; }\n"
                          "p.image { font-size:8pt; margin-bottom:4px; color:%4; }\n"
                          "span.image { background-color:#ececec; }\n"
                          "p.colhead { font-size:8pt; font-weight:bold; margin-bottom:0px; "
                          "color:%4; }\n"
                          "p.note { font-size:9pt; font-style:italic; color:#b06000; }\n"
                          "p.raw { margin-bottom:0px; line-height:125%; }\n"
                          "p.rawcell { font-size:8pt; margin-bottom:0px; color:%3; }\n")
        .arg(fontFamilyCss(Language::Undetermined), kText, kMuted, kFaint);
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

// One block as a paragraph of the clean view; `text` may be a script conversion of it,
// in `script`. The font goes on the paragraph itself: QTextDocument does not pass a
// table cell's or a div's font-family down to the paragraphs inside.
QString anchorTag(const QString &name)
{
    return name.isEmpty() ? QString() : QStringLiteral("<a name=\"") + name + QStringLiteral("\"></a>");
}

QString blockParagraph(const Block &block, const QString &text, Language script,
                       const QString &anchorName = {})
{
    if (block.kind == BlockKind::Image) {
        return QStringLiteral("<p class=\"image\"><span class=\"image\">&nbsp;")
               + EssayHtml::tr("[image]").toHtmlEscaped() + QStringLiteral("&nbsp;</span></p>");
    }
    return QStringLiteral("<p class=\"") + kindClass(block.kind) + QStringLiteral("\" style=\"")
           + fontFamilyCss(script)
           // Latin faces have tighter line metrics and a larger x-height than CJK ones;
           // open English up and set body text a little smaller, so the two columns
           // read at a similar size and rhythm.
           + (script == Language::English ? QStringLiteral("line-height:150%;") : QString())
           + (script == Language::English && block.kind == BlockKind::Paragraph
                  ? QStringLiteral("font-size:10.5pt;")
                  : QString())
           + QStringLiteral("\">") + anchorTag(anchorName) + escaped(text.trimmed())
           + QStringLiteral("</p>");
}

QString blockParagraph(const Block &block)
{
    return blockParagraph(block, block.text, block.language,
                          EssayHtml::blockAnchorName(block.index));
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
    return striped ? QStringLiteral("<tr bgcolor=\"") + kStripe + QStringLiteral("\">")
                   : QStringLiteral("<tr>");
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" "
                          "style=\"margin-top:10px;\">");
}

QString columnHeads(const QString &left, const QString &right)
{
    return QStringLiteral("<tr><td width=\"50%\" style=\"border-bottom:1px solid ") + kRule
           + QStringLiteral("; border-bottom-style:solid;\"><p class=\"colhead\">")
           + left.toHtmlEscaped()
           + QStringLiteral("</p></td><td width=\"50%\" style=\"border-bottom:1px solid ")
           + kRule + QStringLiteral("; border-bottom-style:solid;\"><p class=\"colhead\">")
           + right.toHtmlEscaped() + QStringLiteral("</p></td></tr>");
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

QString titleParagraph(const QString &cssClass, const QString &text, Language language,
                       const QString &anchorName = {})
{
    return QStringLiteral("<p class=\"") + cssClass + QStringLiteral("\" style=\"")
           + fontFamilyCss(language) + QStringLiteral("\">") + anchorTag(anchorName)
           + escaped(text.trimmed())
           + QStringLiteral("</p>");
}

// Title lines (first one large), the metadata line and the file. `companion`, when set,
// adds the title converted to the other script under each Chinese title.
QString header(const EssayRecord &essay, std::optional<ScriptView> companion = std::nullopt)
{
    QString html;
    bool first = true;
    const auto addTitle = [&](const QString &text, Language language, const QString &anchor) {
        html += titleParagraph(first ? QStringLiteral("title") : QStringLiteral("subtitle"), text,
                               language, anchor);
        first = false;
        if (companion && isChinese(language)) {
            try {
                const QString converted =
                    ScriptConverter::instance().toView(text, language, *companion);
                if (converted != text)
                    html += titleParagraph(QStringLiteral("subtitle"), converted,
                                           *companion == ScriptView::Simplified
                                               ? Language::ChineseSimplified
                                               : Language::ChineseTraditional);
            } catch (const std::exception &) {
                // The body reports the missing converter; the header stays quiet.
            }
        }
    };
    for (const Block &block : essay.blocks) {
        if (block.kind == BlockKind::Title)
            addTitle(block.text, block.language, EssayHtml::blockAnchorName(block.index));
    }
    if (first) {
        const QString title =
            essay.title.isEmpty() ? QFileInfo(essay.file).fileName() : essay.title;
        addTitle(title, essay.script, QString());
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

QString bilingualBody(const EssayRecord &essay)
{
    const QList<bool> shown = bodyBlocks(essay);
    // Which pair each block belongs to; a block in two pairs (a bad alignment) is
    // shown with the first.
    QHash<int, int> pairOfBlock;
    for (qsizetype p = 0; p < essay.pairs.size(); ++p) {
        for (const QList<int> *side : {&essay.pairs[p].english, &essay.pairs[p].chinese}) {
            for (int index : *side) {
                if (validIndex(essay, index) && !pairOfBlock.contains(index))
                    pairOfBlock.insert(index, int(p));
            }
        }
    }

    Language chinese = Language::ChineseTraditional;
    for (Language language : essay.languages) {
        if (isChinese(language))
            chinese = language;
    }
    if (isChinese(essay.script))
        chinese = essay.script;

    QString html = tableStart()
                   + columnHeads(EssayHtml::tr("English"),
                                 EssayHtml::tr("Chinese (%1)").arg(scriptName(chinese)));
    QSet<int> shownPairs;
    bool striped = false;
    const auto sideContent = [&](const QList<int> &indexes) {
        QString content;
        for (int index : indexes) {
            if (!validIndex(essay, index))
                continue;
            const Block &block = essay.blocks[index];
            if (!shown.value(index))
                continue;
            content += blockParagraph(block);
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
            const QString left = sideContent(members.english);
            const QString right = sideContent(members.chinese);
            if (left.isEmpty() && right.isEmpty())
                continue;
            html += rowStart(striped) + cell(left) + cell(right)
                    + QStringLiteral("</tr>");
            striped = !striped;
            continue;
        }
        const QString content = blockParagraph(block);
        if (block.language == Language::English) {
            html += rowStart(striped) + cell(content) + cell(QString());
        } else if (isChinese(block.language)) {
            html += rowStart(striped) + cell(QString()) + cell(content);
        } else {
            // Image placeholders and the like: a plain full-width row that leaves the
            // stripes of the text rows around it alone.
            html += rowStart(false) + cell(content, 2)
                    + QStringLiteral("</tr>");
            continue;
        }
        html += QStringLiteral("</tr>");
        striped = !striped;
    }
    return html + QStringLiteral("</table>");
}

QString companionBody(const EssayRecord &essay, ScriptView view)
{
    const QList<bool> shown = bodyBlocks(essay);
    const Language original = essay.script;
    const Language converted =
        view == ScriptView::Simplified ? Language::ChineseSimplified : Language::ChineseTraditional;
    QString html;
    QString failure;
    QString rows;
    bool striped = false;
    for (const Block &block : essay.blocks) {
        if (!shown.value(block.index))
            continue;
        if (block.kind == BlockKind::Image || !isChinese(block.language)) {
            rows += rowStart(false) + cell(blockParagraph(block), 2)
                    + QStringLiteral("</tr>");
            continue;
        }
        rows += rowStart(striped);
        striped = !striped;
        QString other = block.text;
        if (failure.isEmpty()) {
            try {
                other = ScriptConverter::instance().toView(block.text, block.language, view);
            } catch (const std::exception &error) {
                failure = QString::fromLocal8Bit(error.what());
            }
        }
        rows += cell(blockParagraph(block))
                + cell(blockParagraph(block, other, converted)) + QStringLiteral("</tr>");
    }
    if (!failure.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">")
                + EssayHtml::tr("Script conversion is unavailable (%1); the right column "
                                "repeats the original.")
                      .arg(failure)
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
    }
    html += tableStart()
            + columnHeads(EssayHtml::tr("Original (%1)").arg(scriptName(original)),
                          EssayHtml::tr("Converted to %1 script").arg(viewName(view)))
            + rows + QStringLiteral("</table>");
    return html;
}

QString singleColumnBody(const EssayRecord &essay)
{
    const QList<bool> shown = bodyBlocks(essay);
    QString html = QStringLiteral("<div style=\"margin-top:10px;\">");
    for (const Block &block : essay.blocks) {
        if (!shown.value(block.index))
            continue;
        html += blockParagraph(block);
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

QString EssayHtml::clean(const EssayRecord &essay)
{
    const Layout layout = layoutFor(essay);
    QString html = documentStart();
    switch (layout) {
    case Layout::Bilingual:
        html += header(essay) + bilingualBody(essay);
        break;
    case Layout::ScriptCompanion:
        html += header(essay, companionView(essay)) + companionBody(essay, companionView(essay));
        break;
    case Layout::SingleColumn:
        html += header(essay) + singleColumnBody(essay);
        break;
    }
    return html + documentEnd();
}

QString EssayHtml::raw(const EssayRecord &essay)
{
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

    QString html = documentStart() + header(essay);
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
                + QStringLiteral(" style=\"border-bottom:1px solid ") + kRule
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
                + (residue ? QStringLiteral("color:") + kFaint + u';' : QString())
                + QStringLiteral(" white-space:pre-wrap;\">")
                + anchorTag(blockAnchorName(block.index)) + escaped(block.text)
                + QStringLiteral("</p></td></tr>");
    }
    html += QStringLiteral("</table>");
    return html + documentEnd();
}

QString EssayHtml::blockAnchorName(int blockIndex)
{
    return QStringLiteral("dz-block-%1").arg(blockIndex);
}

std::optional<int> EssayHtml::blockIndexOfAnchor(QStringView anchorName)
{
    constexpr QStringView prefix = u"dz-block-";
    if (!anchorName.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const int index = anchorName.mid(prefix.size()).toInt(&ok);
    return ok && index >= 0 ? std::optional<int>(index) : std::nullopt;
}

QString EssayHtml::message(const QString &text)
{
    return documentStart()
           + QStringLiteral("<p align=\"center\" style=\"margin-top:80px; font-size:12pt; color:")
           + kFaint + QStringLiteral(";\">") + escaped(text) + QStringLiteral("</p>")
           + documentEnd();
}

} // namespace duizhao
