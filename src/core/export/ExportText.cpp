#include "ExportText.h"

#include "CodePoints.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace duizhao::ExportText {

bool isBilingual(const Essay &essay)
{
    const bool english = essay.languages.contains(Language::English);
    const bool chinese = std::any_of(essay.languages.cbegin(), essay.languages.cend(), isChinese);
    return english && chinese;
}

QString counterpartText(const Essay &essay, const Annotation &annotation)
{
    if (!annotation.counterpartQuote.isEmpty())
        return annotation.counterpartQuote;
    if (annotation.counterpartBlock >= 0 && annotation.counterpartBlock < essay.blocks.size())
        return essay.blocks[annotation.counterpartBlock].text;
    return {};
}

QString defaultColor()
{
    return QStringLiteral("#ffd54f");
}

QString safeColor(const QString &color)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(color).hasMatch() ? color.toLower() : defaultColor();
}

QString timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QList<Row> rows(const Essay &essay, const QSet<int> &annotatedBlocks)
{
    const bool bilingual = isBilingual(essay);
    const auto shown = [&](int index) {
        if (index < 0 || index >= essay.blocks.size())
            return false;
        if (annotatedBlocks.contains(index))
            return true;
        const Block &block = essay.blocks[index];
        if (block.kind == BlockKind::Title)
            return bilingual || trimmedScraped(block.text) != trimmedScraped(essay.title);
        return !isBoilerplate(block.kind);
    };
    QHash<int, int> pairOf; // block index → pair index
    if (bilingual) {
        for (qsizetype p = 0; p < essay.pairs.size(); ++p) {
            for (int index : essay.pairs[p].english)
                pairOf.insert(index, int(p));
            for (int index : essay.pairs[p].chinese)
                pairOf.insert(index, int(p));
        }
    }
    QList<Row> result;
    QSet<int> donePairs;
    for (const Block &block : essay.blocks) {
        const auto pair = pairOf.constFind(block.index);
        if (pair == pairOf.cend()) {
            if (shown(block.index))
                result << Row{{block.index}, {}, false};
            continue;
        }
        if (donePairs.contains(*pair))
            continue;
        donePairs.insert(*pair);
        Row row;
        row.paired = true;
        for (int index : essay.pairs[*pair].english) {
            if (shown(index))
                row.left << index;
        }
        for (int index : essay.pairs[*pair].chinese) {
            if (shown(index))
                row.right << index;
        }
        if (!row.left.isEmpty() || !row.right.isEmpty())
            result << row;
    }
    return result;
}

QList<Run> runs(QStringView text, QList<Span> spans)
{
    QList<qsizetype> cuts{0, text.size()};
    for (Span &span : spans) {
        span.start = std::clamp<qsizetype>(span.start, 0, text.size());
        span.end = std::clamp<qsizetype>(span.end, span.start, text.size());
        cuts << span.start << span.end;
    }
    spans.removeIf([](const Span &span) { return span.start >= span.end; });
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<Run> result;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype from = cuts[i], to = cuts[i + 1];
        Run run;
        run.text = text.sliced(from, to - from).toString();
        qsizetype innermost = -1;
        for (const Span &span : std::as_const(spans)) {
            if (span.start <= from && span.end >= to && span.start >= innermost) {
                innermost = span.start;
                run.color = span.color;
            }
            if (span.end == to && span.footnote > 0)
                run.footnotes << span.footnote;
        }
        result << run;
    }
    return result;
}

QList<Span> spansForBlock(const Essay &essay, const QList<Annotation> &annotations, int block)
{
    QList<Span> spans;
    if (block < 0 || block >= essay.blocks.size())
        return spans;
    const QString &text = essay.blocks[block].text;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &annotation = annotations[i];
        if (annotation.orphaned)
            continue;
        const QString color = safeColor(annotation.color);
        if (annotation.anchor.block == block) {
            spans << Span{codePointToUtf16Offset(text, annotation.anchor.start),
                          codePointToUtf16Offset(text, annotation.anchor.end), color, int(i + 1)};
        }
        if (annotation.counterpartBlock == block && !annotation.counterpartQuote.isEmpty()) {
            const qsizetype at = text.indexOf(annotation.counterpartQuote);
            if (at >= 0)
                spans << Span{at, at + annotation.counterpartQuote.size(), color, 0};
        }
    }
    return spans;
}

QString count(qsizetype n, const QString &singular, const QString &plural)
{
    return QString::number(n) + u' ' + (n == 1 ? singular : plural);
}

QString setSummary(const ExportSet &set)
{
    qsizetype annotations = 0;
    for (const ExportedEssay &exported : set.essays)
        annotations += exported.annotations.size();
    return count(set.essays.size(), QStringLiteral("essay"), QStringLiteral("essays")) +
           QStringLiteral(" \u00B7 ") +
           count(annotations, QStringLiteral("annotation"), QStringLiteral("annotations"));
}

} // namespace duizhao::ExportText
