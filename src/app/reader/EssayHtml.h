#pragma once

#include "BlockAnchor.h"
#include "ConvertedText.h"
#include "Essay.h"
#include "EssayOptions.h"
#include "ScriptConverter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

// Turns an essay into the HTML subset QTextDocument renders, for EssayView. Functions
// of the record and the options: no widgets, so layouts can be checked without a
// display. The style sheet is essay.css (a resource) with the options' colours and
// sizes filled in; the Chinese text is converted for each page by PageConversions.
//
// Clean view (what a reader wants):
//  - a header with the title (every title block: "Silicon Valley has a China envy
//    problem." over "矽谷陷入了對中國的羨慕。"), then author · outlet · date · counts;
//  - bilingual essays (pairs non-empty): two-column tables (of a few rows each, so Qt
//    can lay a long page out lazily), one row per pair, so the
//    English and the Chinese of a paragraph start on the same line; unpaired English
//    blocks sit alone on the left, unpaired Chinese (captions) alone on the right,
//    blocks of neither language (image placeholders) span both columns;
//  - Chinese-only essays: the original on the left, the other script on the right
//    (zh-Hant → simplified, zh-Hans → traditional, OpenCC via ScriptConverter), one
//    row per block; characters a conversion chose among several are tinted, with the
//    candidates in a tooltip (PageConversions);
//  - anything else: one column.
//  Ads, disclaimers, footers and duplicated ledes are left out; images become a small
//  grey "[image]"; headings are bold and larger; captions small and italic.
//
// Raw view (what the parser made of the file): every block in file order with its
// index, line, kind, language, pair and text exactly as decoded (spaces kept).
//
// Every shown block paragraph carries its block, BlockAnchor(index) ("b<index>"), or
// BlockAnchor(index, true) ("c<index>") for the converted copy of a Chinese-only
// essay's block in the right column, as its user state (BlockAnchor::paragraphState),
// so the view can map a place on the page back to the essay's block: for counterpart
// highlighting, find, search hits, the block-kind menu and annotations. Only a block's
// own paragraphs can carry annotations, and only where their text is the original (a
// pane switched to another script does not line up with the original).
//
// Colours come from EssayOptions::colours (the widget palette), so a dark system theme
// gets a dark page; sizes scale with EssayOptions::pointSize.
//
// All essay text goes through QString::toHtmlEscaped(): files are scraped from the
// web, and a line reading "<img src=x onerror=...>" must show as those characters.
class EssayHtml
{
    Q_DECLARE_TR_FUNCTIONS(EssayHtml)

public:
    enum class Layout { Bilingual, ScriptCompanion, SingleColumn };

    static constexpr int kDefaultPointSize = EssayOptions::kDefaultPointSize;

    static Layout layoutFor(const Essay &essay);
    // What the right-hand column of a Chinese-only essay shows: the other script.
    static ScriptView companionView(const Essay &essay);
    // CJK-capable families, the regional glyph style first for traditional text.
    static QStringList fontFamilies(Language language = Language::Undetermined);
    // Title blocks are shown in the header, the rest of the essay text in the body.
    static bool isShownInCleanView(BlockKind kind) { return !isBoilerplate(kind); }

    // The script the right column shows under `options`.
    static ScriptView rightScript(const Essay &essay, const EssayOptions &options);

    static QString clean(const Essay &essay, const EssayOptions &options = {});

    // What the right column of a clean page shows under `options`, for changing its
    // script in place: the page keeps its structure and only these paragraphs' text
    // changes (a bilingual essay's Chinese blocks, "bN"; a Chinese-only essay's
    // converted copies, "cN"), along with the column's heading (the paragraph in state
    // BlockAnchor::kRightHeadState). nullopt when a switch changes more than that and the
    // page has to be built again: one column, a header title without a block, a
    // conversion that fails (the page says so).
    struct RightColumn {
        struct Paragraph {
            BlockAnchor anchor;
            ConvertedText text;
            Language script; // of the text shown: the font to use
        };
        QString head;
        QList<Paragraph> paragraphs;
    };
    static std::optional<RightColumn> rightColumn(const Essay &essay, const EssayOptions &options);
    static QString raw(const Essay &essay, const EssayOptions &options = {});
    // A page with one centred line, for "no essay selected" and errors.
    static QString message(const QString &text, const EssayOptions &options = {});
};

} // namespace duizhao
