#include "PdfExporter.h"

#include "ExportText.h"
#include "PdfToUnicodeRepair.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <stdexcept>

namespace duizhao {

namespace {

QStringList families(Language language)
{
    switch (language) {
    case Language::ChineseSimplified:
        return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                QStringLiteral("Source Han Serif SC"), QStringLiteral("WenQuanYi Zen Hei")};
    case Language::ChineseTraditional:
        return {QStringLiteral("Noto Serif CJK TC"), QStringLiteral("Noto Sans CJK TC"),
                QStringLiteral("Source Han Serif TC"), QStringLiteral("AR PL UMing TW")};
    default:
        // Latin first; Chinese characters in English text fall to the CJK font.
        return {QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
                QStringLiteral("Noto Serif CJK SC")};
    }
}

QTextCharFormat textFormat(Language language)
{
    QTextCharFormat format;
    format.setFontFamilies(families(language));
    format.setFontPointSize(10.5);
    // No ligatures: an "fi" glyph copies and searches as U+FB01, not as "f" "i".
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    return format;
}

QTextCharFormat metaFormat()
{
    QTextCharFormat format = textFormat(Language::English);
    format.setForeground(QColor(0x55, 0x55, 0x55));
    format.setFontPointSize(9);
    return format;
}

Language blockLanguage(const Essay &essay, int block)
{
    return block >= 0 && block < essay.blocks.size() ? essay.blocks[block].language
                                                     : Language::Undetermined;
}

// Writes one essay block (highlights, footnote marks) at the cursor, as a new paragraph
// unless `first`.
void writeBlock(QTextCursor &cursor, const ExportedEssay &exported, int index, bool first)
{
    const Essay &essay = exported.essay;
    const Block &block = essay.blocks[index];
    if (!first)
        cursor.insertBlock();
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(4);
    cursor.setBlockFormat(paragraph);
    QTextCharFormat base = textFormat(block.language);
    if (block.kind == BlockKind::Heading || block.kind == BlockKind::Title)
        base.setFontWeight(QFont::Bold);
    else if (isBoilerplate(block.kind))
        base.setForeground(QColor(0x77, 0x77, 0x77));
    const auto runs =
        ExportText::runs(block.text, ExportText::spansForBlock(essay, exported.annotations, index));
    for (const ExportText::Run &run : runs) {
        QTextCharFormat format = base;
        if (!run.color.isEmpty())
            format.setBackground(QColor(run.color));
        cursor.insertText(run.text, format);
        for (int footnote : run.footnotes) {
            QTextCharFormat mark = textFormat(Language::English);
            mark.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
            mark.setForeground(QColor(0x44, 0x44, 0x44));
            cursor.insertText(QString::number(footnote), mark);
        }
    }
}

void writeText(QTextCursor &cursor, const ExportedEssay &exported)
{
    QSet<int> annotated;
    for (const Annotation &annotation : exported.annotations) {
        if (!annotation.orphaned)
            annotated.insert(annotation.anchor.block);
    }
    const QList<ExportText::Row> rows = ExportText::rows(exported.essay, annotated);
    if (rows.isEmpty())
        return;
    if (!ExportText::isBilingual(exported.essay)) {
        for (const ExportText::Row &row : rows) {
            for (int index : row.left + row.right)
                writeBlock(cursor, exported, index, false);
        }
        return;
    }
    cursor.insertBlock();
    QTextTableFormat tableFormat;
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tableFormat.setCellPadding(4);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                           QTextLength(QTextLength::PercentageLength, 50)});
    QTextTable *table = cursor.insertTable(int(rows.size()), 2, tableFormat);
    for (int r = 0; r < rows.size(); ++r) {
        const ExportText::Row &row = rows[r];
        const auto fill = [&](int column, const QList<int> &indexes) {
            QTextCursor cell = table->cellAt(r, column).firstCursorPosition();
            bool first = true;
            for (int index : indexes) {
                writeBlock(cell, exported, index, first);
                first = false;
            }
        };
        if (row.paired) {
            fill(0, row.left);
            fill(1, row.right);
        } else {
            table->mergeCells(r, 0, 1, 2);
            fill(0, row.left);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void writeNotes(QTextCursor &cursor, const ExportedEssay &exported)
{
    const Essay &essay = exported.essay;
    cursor.insertBlock();
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(14);
    headingBlock.setBottomMargin(6);
    cursor.setBlockFormat(headingBlock);
    QTextCharFormat heading = textFormat(Language::English);
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(12);
    cursor.insertText(QStringLiteral("Notes"), heading);
    if (exported.annotations.isEmpty()) {
        cursor.insertBlock(QTextBlockFormat());
        cursor.insertText(QStringLiteral("No annotations."), metaFormat());
    }
    int number = 0;
    for (const Annotation &annotation : exported.annotations) {
        ++number;
        QTextBlockFormat entry;
        entry.setTopMargin(8);
        entry.setLeftMargin(0);
        cursor.insertBlock(entry);
        QTextCharFormat numberFormat = textFormat(Language::English);
        numberFormat.setFontWeight(QFont::Bold);
        cursor.insertText(QStringLiteral("%1. ").arg(number), numberFormat);
        QTextCharFormat quote = textFormat(blockLanguage(essay, annotation.anchor.block));
        quote.setBackground(QColor(ExportText::safeColor(annotation.color)));
        cursor.insertText(annotation.anchor.quote, quote);

        QTextBlockFormat indented;
        indented.setLeftMargin(18);
        const QString counterpart = ExportText::counterpartText(essay, annotation);
        if (!counterpart.isEmpty()) {
            cursor.insertBlock(indented);
            QTextCharFormat other = textFormat(blockLanguage(essay, annotation.counterpartBlock));
            other.setForeground(QColor(0x44, 0x44, 0x44));
            cursor.insertText(counterpart, other);
        }
        if (annotation.orphaned) {
            cursor.insertBlock(indented);
            QTextCharFormat orphaned = metaFormat();
            orphaned.setForeground(QColor(0xb7, 0x1c, 0x1c));
            cursor.insertText(
                QStringLiteral("Orphaned: this quote is no longer in the essay's text."), orphaned);
        }
        const QString note = annotation.note.trimmed();
        if (!note.isEmpty()) {
            for (const QString &line : note.split(u'\n')) {
                cursor.insertBlock(indented);
                cursor.insertText(line, textFormat(Language::English));
            }
        }
        QStringList details;
        if (!annotation.tags.isEmpty())
            details << u'#' + annotation.tags.join(QStringLiteral("  #"));
        if (annotation.isClaim())
            details << QStringLiteral("claim: %1 · verdict: %2")
                           .arg(annotation.claimType, annotation.verdict);
        details << QStringLiteral("block %1").arg(annotation.anchor.block);
        cursor.insertBlock(indented);
        cursor.insertText(details.join(QStringLiteral("  ·  ")), metaFormat());
    }
}

void writeEssay(QTextCursor &cursor, const ExportedEssay &exported, bool first, bool withText)
{
    const Essay &essay = exported.essay;
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(4);
    if (!first) {
        titleBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(titleBlock);
    } else {
        cursor.setBlockFormat(titleBlock);
    }
    QTextCharFormat title =
        textFormat(essay.script == Language::Undetermined ? Language::English : essay.script);
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(16);
    cursor.insertText(essay.title, title);

    QStringList meta;
    for (const QString &field : {essay.author, essay.outlet, essay.date}) {
        if (!field.isEmpty())
            meta << field;
    }
    meta << essay.file;
    QTextCharFormat metaText = metaFormat();
    metaText.setFontFamilies(families(essay.script));
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(meta.join(QStringLiteral(" · ")), metaText);
    if (withText)
        writeText(cursor, exported);
    writeNotes(cursor, exported);
}

} // namespace

std::unique_ptr<QTextDocument> PdfExporter::document(const ExportSet &set)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(families(Language::English));
    font.setPointSizeF(10.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    QTextCursor cursor(document.get());
    bool first = true;
    for (const ExportedEssay &exported : set.essays) {
        writeEssay(cursor, exported, first, !set.notesOnly);
        first = false;
    }
    if (set.essays.isEmpty())
        cursor.insertText(QStringLiteral("Nothing to export."), metaFormat());
    return document;
}

QHash<char16_t, char16_t> PdfExporter::radicalReplacements(const QTextDocument &document)
{
    // The ideographs the text holds (BMP only: the CMap Qt writes is BMP only).
    QString ideographs;
    QSet<char16_t> seen;
    for (QChar c : document.toPlainText()) {
        const char16_t u = c.unicode();
        if (u >= 0x3400 && u < 0xA000 && !seen.contains(u)) {
            seen.insert(u);
            ideographs += c;
        }
    }
    QHash<char16_t, char16_t> replacements;
    if (ideographs.isEmpty())
        return replacements;
    QString radicals;
    for (char16_t u = 0x2E80; u < 0x2FE0; ++u)
        radicals += QChar(u);

    QStringList fonts =
        families(Language::ChineseSimplified) + families(Language::ChineseTraditional);
    // Qt may fall back to any installed Chinese font for a glyph the named ones lack.
    fonts += QFontDatabase::families(QFontDatabase::SimplifiedChinese).mid(0, 8);
    fonts += QFontDatabase::families(QFontDatabase::TraditionalChinese).mid(0, 8);
    fonts.removeDuplicates();
    for (const QString &family : std::as_const(fonts)) {
        QFont font(family);
        font.setPixelSize(16);
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        // Several radicals can share one glyph (U+2ED1 and U+2FA7 both draw 長 in Noto CJK).
        QMultiHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
            if (radicalGlyphs[i] != 0)
                byGlyph.insert(radicalGlyphs[i], radicals[i].unicode());
        }
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i) {
            if (glyphs[i] == 0)
                continue;
            for (auto radical = byGlyph.constFind(glyphs[i]);
                 radical != byGlyph.cend() && radical.key() == glyphs[i]; ++radical) {
                if (!replacements.contains(*radical))
                    replacements.insert(*radical, ideographs[i].unicode());
            }
        }
    }
    return replacements;
}

QByteArray PdfExporter::write(const ExportSet &set) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw std::runtime_error("PDF export needs a QGuiApplication");
    const std::unique_ptr<QTextDocument> doc = document(set);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print adds 2 cm margins of its own to an unpaginated document.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Duizhao"));
        writer.setTitle(set.essays.size() == 1
                            ? set.essays.front().essay.title
                            : (set.claimsOnly ? QStringLiteral("Duizhao claims")
                                              : QStringLiteral("Duizhao notes")));
        doc->print(&writer);
    }
    return PdfToUnicodeRepair::repair(bytes, radicalReplacements(*doc));
}

} // namespace duizhao
