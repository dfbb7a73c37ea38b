#include "HtmlExporter.h"

#include "CitationKey.h"
#include "ExportText.h"

#include <QSet>
#include <QStringList>

namespace duizhao {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kStyle = QStringLiteral(
    "body{font-family:'Noto Serif','Noto Serif CJK SC','Noto Serif CJK TC',serif;max-width:60em;"
    "margin:2em auto;padding:0 1em;line-height:1.6;color:#222}\n"
    "h1{font-size:1.6em}h2{font-size:1.35em;margin-bottom:.2em}h3{font-size:1.1em}\n"
    ".meta{color:#555;font-size:.9em;margin:.1em 0}\n"
    "article.essay{margin-bottom:3em}\n"
    "table.bilingual{border-collapse:collapse;width:100%}\n"
    "table.bilingual td{vertical-align:top;padding:.3em .6em;border-top:1px solid #ddd;width:50%}\n"
    "p.heading{font-weight:bold}p.byline{font-style:italic}p.residue{color:#777;font-size:.9em}\n"
    "mark{color:inherit;padding:0 .1em}\n"
    "sup.ref a{text-decoration:none;color:#555}\n"
    "ol.notes>li{margin-bottom:1em;padding-left:.6em;border-left:4px solid #ddd}\n"
    "blockquote{margin:.3em 0;padding-left:.8em;border-left:2px solid #bbb;color:#333}\n"
    "blockquote.counterpart{color:#555}\n"
    "div.note{white-space:pre-wrap}\n"
    ".tag{display:inline-block;background:#eee;border-radius:3px;padding:0 .4em;margin-right:.3em;"
    "font-size:.9em}\n"
    ".verdict-supported{color:#1b5e20}.verdict-disputed{color:#e65100}.verdict-false{color:#b71c1c}"
    "\n"
    ".orphaned{color:#b71c1c;font-style:italic}\n"
    "@media print{body{max-width:none;margin:0}article.essay{break-before:page}"
    "article.essay:first-of-type{break-before:auto}a{color:inherit}"
    "mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n");

QString anchorId(qint64 essay, QStringView kind, int number)
{
    return QStringLiteral("e%1-%2%3").arg(essay).arg(kind).arg(number);
}

QString blockHtml(const ExportedEssay &exported, int index)
{
    const Essay &essay = exported.essay;
    const Block &block = essay.blocks[index];
    QString inner;
    const QList<ExportText::Run> runs =
        ExportText::runs(block.text, ExportText::spansForBlock(essay, exported.annotations, index));
    for (const ExportText::Run &run : runs) {
        if (run.color.isEmpty())
            inner += esc(run.text);
        else
            inner += QStringLiteral("<mark style=\"background-color:%1\">%2</mark>")
                         .arg(run.color, esc(run.text));
        for (int footnote : run.footnotes) {
            inner +=
                QStringLiteral("<sup class=\"ref\" id=\"%1\"><a href=\"#%2\">%3</a></sup>")
                    .arg(anchorId(essay.id, u"r", footnote), anchorId(essay.id, u"n", footnote))
                    .arg(footnote);
        }
    }
    QString cls;
    switch (block.kind) {
    case BlockKind::Title:
    case BlockKind::Heading:
        cls = QStringLiteral("heading");
        break;
    case BlockKind::Byline:
        cls = QStringLiteral("byline");
        break;
    case BlockKind::Paragraph:
        cls = QStringLiteral("text");
        break;
    default:
        cls = QStringLiteral("residue");
        break;
    }
    return QStringLiteral("<p class=\"%1\" lang=\"%2\">%3</p>")
        .arg(cls, languageTag(block.language), inner);
}

QString blocksHtml(const ExportedEssay &exported, const QList<int> &indexes)
{
    QString out;
    for (int index : indexes)
        out += blockHtml(exported, index);
    return out;
}

QString textHtml(const ExportedEssay &exported)
{
    QSet<int> annotated;
    for (const Annotation &annotation : exported.annotations) {
        if (!annotation.orphaned)
            annotated.insert(annotation.anchor.block);
    }
    const QList<ExportText::Row> rows = ExportText::rows(exported.essay, annotated);
    QString out = QStringLiteral("<section class=\"text\">\n");
    if (ExportText::isBilingual(exported.essay)) {
        out += QStringLiteral("<table class=\"bilingual\">\n");
        for (const ExportText::Row &row : rows) {
            if (row.paired) {
                out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                           .arg(blocksHtml(exported, row.left), blocksHtml(exported, row.right));
            } else {
                out += QStringLiteral("<tr><td colspan=\"2\">%1</td></tr>\n")
                           .arg(blocksHtml(exported, row.left));
            }
        }
        out += QStringLiteral("</table>\n");
    } else {
        for (const ExportText::Row &row : rows)
            out += blocksHtml(exported, row.left + row.right) + u'\n';
    }
    out += QStringLiteral("</section>\n");
    return out;
}

QString noteHtml(const ExportedEssay &exported, const Annotation &annotation, int number,
                 bool withText)
{
    const Essay &essay = exported.essay;
    const QString color = ExportText::safeColor(annotation.color);
    const auto language = [&](int block) {
        return block >= 0 && block < essay.blocks.size() ? languageTag(essay.blocks[block].language)
                                                         : QStringLiteral("und");
    };
    QString out = QStringLiteral("<li id=\"%1\" style=\"border-left-color:%2\">")
                      .arg(anchorId(essay.id, u"n", number), color);
    out += QStringLiteral("<blockquote class=\"quote\" lang=\"%1\">%2</blockquote>")
               .arg(language(annotation.anchor.block), esc(annotation.anchor.quote));
    const QString counterpart = ExportText::counterpartText(essay, annotation);
    if (!counterpart.isEmpty()) {
        out += QStringLiteral("<blockquote class=\"counterpart\" lang=\"%1\">%2</blockquote>")
                   .arg(language(annotation.counterpartBlock), esc(counterpart));
    }
    if (annotation.orphaned)
        out += QStringLiteral(
            "<p class=\"orphaned\">Orphaned: this quote is no longer in the essay's text.</p>");
    if (!annotation.note.trimmed().isEmpty())
        out += QStringLiteral("<div class=\"note\">%1</div>").arg(esc(annotation.note.trimmed()));
    if (!annotation.tags.isEmpty()) {
        out += QStringLiteral("<p class=\"tags\">");
        for (const QString &tag : annotation.tags)
            out += QStringLiteral("<span class=\"tag\">#%1</span>").arg(esc(tag));
        out += QStringLiteral("</p>");
    }
    if (annotation.isClaim()) {
        // Only a known verdict becomes a class name.
        const QString verdictClass = Annotation::verdicts().contains(annotation.verdict)
                                         ? QStringLiteral("verdict-") + annotation.verdict
                                         : QStringLiteral("verdict-other");
        out += QStringLiteral(
                   "<p class=\"claim\">Claim: <b>%1</b> · verdict: <b class=\"%2\">%3</b></p>")
                   .arg(esc(annotation.claimType), verdictClass, esc(annotation.verdict));
    }
    out += QStringLiteral("<p class=\"meta\">Block %1 · created %2 · modified %3")
               .arg(annotation.anchor.block)
               .arg(ExportText::timestamp(annotation.created),
                    ExportText::timestamp(annotation.modified));
    if (withText && !annotation.orphaned)
        out += QStringLiteral(" · <a href=\"#%1\">back to the text</a>")
                   .arg(anchorId(essay.id, u"r", number));
    out += QStringLiteral("</p></li>\n");
    return out;
}

QString essayHtml(const ExportedEssay &exported, bool withText)
{
    const Essay &essay = exported.essay;
    QString out = QStringLiteral("<article class=\"essay\" id=\"essay-%1\">\n").arg(essay.id);
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(essay.title));
    QStringList meta;
    for (const QString &field : {essay.author, essay.outlet, essay.date}) {
        if (!field.isEmpty())
            meta << esc(field);
    }
    if (!meta.isEmpty())
        out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" · ")));
    if (!essay.url.isEmpty())
        out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(essay.url));
    out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(essay.file));
    // The key the CSL-JSON export gives Zotero for this essay, as Pandoc cites it.
    const QString key = CitationKey::of(essay);
    out += QStringLiteral("<p class=\"meta\">Cite as <span class=\"citation-key\" "
                          "data-citation-key=\"%1\">[@%1]</span></p>\n")
               .arg(esc(key));
    if (withText)
        out += textHtml(exported);
    out += QStringLiteral("<section class=\"notes\">\n<h3>Notes</h3>\n");
    if (exported.annotations.isEmpty()) {
        out += QStringLiteral("<p class=\"meta\">No annotations.</p>\n");
    } else {
        out += QStringLiteral("<ol class=\"notes\">\n");
        int number = 0;
        for (const Annotation &annotation : exported.annotations)
            out += noteHtml(exported, annotation, ++number, withText);
        out += QStringLiteral("</ol>\n");
    }
    out += QStringLiteral("</section>\n</article>\n");
    return out;
}

} // namespace

QByteArray HtmlExporter::write(const ExportSet &set) const
{
    const QString title =
        set.claimsOnly ? QStringLiteral("Duizhao claims") : QStringLiteral("Duizhao notes");
    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<meta http-equiv=\"Content-Security-Policy\" "
                                 "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                                 "<meta name=\"generator\" content=\"Duizhao\">\n");
    out += QStringLiteral("<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n")
               .arg(title, kStyle);
    out += QStringLiteral("<header><h1>%1</h1><p class=\"meta\">%2</p></header>\n")
               .arg(title, ExportText::setSummary(set).toHtmlEscaped());
    for (const ExportedEssay &exported : set.essays)
        out += essayHtml(exported, !set.notesOnly);
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace duizhao
