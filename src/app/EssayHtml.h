#pragma once

#include "store/EssayRecord.h"
#include "text/ScriptConverter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

// Turns an essay into the HTML subset QTextDocument renders, for EssayView. Pure
// functions of the record: no widgets, so layouts can be checked without a display.
//
// Clean view (what a reader wants):
//  - a header with the title (every title block: "Silicon Valley has a China envy
//    problem." over "矽谷陷入了對中國的羨慕。"), then author · outlet · date · counts;
//  - bilingual essays (pairs non-empty): a two-column table, one row per pair, so the
//    English and the Chinese of a paragraph start on the same line; unpaired English
//    blocks sit alone on the left, unpaired Chinese (captions) alone on the right,
//    blocks of neither language (image placeholders) span both columns;
//  - Chinese-only essays: the original on the left, the other script on the right
//    (zh-Hant → simplified, zh-Hans → traditional, OpenCC via ScriptConverter), one
//    row per block;
//  - anything else: one column.
//  Ads, disclaimers, footers and duplicated ledes are left out; images become a small
//  grey "[image]"; headings are bold and larger; captions small and italic.
//
// Raw view (what the parser made of the file): every block in file order with its
// index, line, kind, language, pair and text exactly as decoded (spaces kept).
//
// All essay text goes through QString::toHtmlEscaped(): files are scraped from the
// web, and a line reading "<img src=x onerror=...>" must show as those characters.
class EssayHtml
{
    Q_DECLARE_TR_FUNCTIONS(EssayHtml)

public:
    enum class Layout { Bilingual, ScriptCompanion, SingleColumn };

    static Layout layoutFor(const EssayRecord &essay);
    // What the right-hand column of a Chinese-only essay shows: the other script.
    static ScriptView companionView(const EssayRecord &essay);
    // CJK-capable families, the regional glyph style first for traditional text.
    static QStringList fontFamilies(Language language = Language::Undetermined);
    // Title blocks are shown in the header, the rest of the essay text in the body.
    static bool isShownInCleanView(BlockKind kind) { return !isBoilerplate(kind); }

    static QString clean(const EssayRecord &essay);
    static QString raw(const EssayRecord &essay);
    // A page with one centred line, for "no essay selected" and errors.
    static QString message(const QString &text);

    // Block identity in the page, for annotations: every paragraph that shows a block's
    // ORIGINAL text (clean, title and raw views) starts with an empty <a name="dz-block-N">,
    // which QTextDocument keeps as an anchor name on the paragraph's first character
    // (see EssayPositionMap). Script-converted text carries none: it is not annotatable.
    static QString blockAnchorName(int blockIndex);
    static std::optional<int> blockIndexOfAnchor(QStringView anchorName);
};

} // namespace duizhao
