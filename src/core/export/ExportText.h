#pragma once

#include "ExportSet.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace duizhao {

// Pure helpers the exporters share: what counts as bilingual, which text stands for the
// counterpart, which blocks an annotated essay shows and how, and how highlights split a
// block's text into runs.
namespace ExportText {

// English and Chinese text in one essay.
bool isBilingual(const Essay &essay);

// The other language's text of an annotation: the user's counterpart selection when there
// is one, else the whole counterpart block, else empty.
QString counterpartText(const Essay &essay, const Annotation &annotation);

// `color` if it is #RRGGBB, else the default highlight colour. Exporters put colours into
// markup, so nothing else may pass.
QString safeColor(const QString &color);

// The default colour when an annotation's is unusable.
QString defaultColor();

// UTC, to the second, ISO 8601 ("2024-03-01T09:30:00Z"); empty for an invalid time.
QString timestamp(const QDateTime &time);

// "1 essay", "3 essays": English counts for headers and summaries.
QString count(qsizetype n, const QString &singular, const QString &plural);
// "2 essays · 5 annotations" for a set.
QString setSummary(const ExportSet &set);

// A row of an essay laid out for reading. Paired rows hold the English block(s) and the
// Chinese block(s) of one alignment pair; unpaired rows hold one block in `left`.
struct Row {
    QList<int> left;
    QList<int> right;
    bool paired = false;
};

// The clean view of an essay: essay text plus any block an annotation sits on, whatever
// its kind. A title line that only repeats the title the header shows is left out; a
// bilingual essay keeps its title pair (the header shows one language only). In a
// bilingual essay pairs become paired rows.
//   bilingual, blocks: 0 title "Chips", 1 title "晶片", 2 para "A.", 3 para "甲。", 4 ad;
//   pairs (0|1), (2|3); no annotations  →  rows: [0] | [1], [2] | [3]
QList<Row> rows(const Essay &essay, const QSet<int> &annotatedBlocks);

// A highlighted span of a block, in UTF-16 offsets [start, end).
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    QString color;    // already safe
    int footnote = 0; // 0: no footnote mark (a counterpart highlight)
};

// A stretch of block text with one look: `color` empty for plain text; `footnotes` are
// the marks that go right after it (spans that end here).
struct Run {
    QString text;
    QString color;
    QList<int> footnotes;
};

// Splits text at every span boundary. Overlapping spans: the one that starts last (the
// inner one) gives the colour. Empty and out-of-range spans are clipped or dropped.
//   "abcdef", spans [1,4) red #1, [2,3) blue #2
//   → "a" plain, "b" red, "c" blue [2], "d" red [1], "ef" plain
QList<Run> runs(QStringView text, QList<Span> spans);

// The highlight spans for one block of an essay: its annotations (with their footnote
// number, 1-based in `annotations` order) plus counterpart selections that sit in it.
// Orphaned annotations have no place in the text and give no span.
QList<Span> spansForBlock(const Essay &essay, const QList<Annotation> &annotations, int block);

} // namespace ExportText
} // namespace duizhao
