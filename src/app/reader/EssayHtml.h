#pragma once

#include "store/EssayRecord.h"
#include "text/ScriptConverter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QColor;
class QPalette;

namespace duizhao {

// CSS colours ("#rrggbb") of an essay page (see EssayHtml).
struct EssayColours {
    QString text = QStringLiteral("#202124");
    QString muted = QStringLiteral("#5f6368");
    QString faint = QStringLiteral("#80868b");
    QString stripe = QStringLiteral("#f6f7f9");
    QString rule = QStringLiteral("#dadce0");
    QString imageBackground = QStringLiteral("#ececec");
    QString note = QStringLiteral("#b06000");
    QString choice = QStringLiteral("#fff3c4"); // a character the conversion chose
    // Derived from a widget palette: text and base blended, so light and dark
    // system themes both read.
    static EssayColours fromPalette(const QPalette &palette);
    // `amount` (0..1) of `to` over `from`: tints that suit light and dark palettes.
    static QColor blend(const QColor &from, const QColor &to, double amount);
};

// A block's Chinese text as a script view shows it: the converted text and the
// characters to mark, [start, start + length) in UTF-16 offsets of `text`, each with
// its tooltip ("后: 後 后").
struct ConvertedText {
    struct Mark {
        qsizetype start = 0;
        qsizetype length = 0;
        QString toolTip;
    };
    QString text;
    QList<Mark> marks;
};

// How EssayHtml builds a page.
struct EssayOptions {
    static constexpr int kDefaultPointSize = 11;

    // Chinese text shown in the left (or only) column.
    ScriptView leftScript = ScriptView::Original;
    // Chinese text in the right column; nullopt: the layout's default (a bilingual
    // essay's Chinese as written, a Chinese-only essay's companionView()).
    std::optional<ScriptView> rightScript;
    // Chinese-only essays: false shows one column, the left one.
    bool rightPane = true;
    // Mark characters a conversion had to choose for (后 → 後 or 后).
    bool markChoices = true;
    int pointSize = kDefaultPointSize;
    EssayColours colours;
};

// Turns an essay into the HTML subset QTextDocument renders, for EssayView. Pure
// functions of the record: no widgets, so layouts can be checked without a display.
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
//    row per block;
//  - anything else: one column.
//  Ads, disclaimers, footers and duplicated ledes are left out; images become a small
//  grey "[image]"; headings are bold and larger; captions small and italic.
//
// Raw view (what the parser made of the file): every block in file order with its
// index, line, kind, language, pair and text exactly as decoded (spaces kept).
//
// Every shown block paragraph starts with an empty named anchor, "b<index>" (and
// "c<index>" for the converted copy of a Chinese-only essay's block in the right
// column), so the view can map a place on the page back to the essay's block: for
// counterpart highlighting, find, search hits and the block-kind menu.
//
// Colours come from Options::colours (the widget palette), so a dark system theme
// gets a dark page; sizes scale with Options::pointSize.
//
// All essay text goes through QString::toHtmlEscaped(): files are scraped from the
// web, and a line reading "<img src=x onerror=...>" must show as those characters.
class EssayHtml
{
    Q_DECLARE_TR_FUNCTIONS(EssayHtml)

public:
    enum class Layout { Bilingual, ScriptCompanion, SingleColumn };

    using Colours = EssayColours;
    using Options = EssayOptions;
    static constexpr int kDefaultPointSize = EssayOptions::kDefaultPointSize;

    static QString anchorName(int blockIndex, bool convertedCopy = false);
    // How a page carries those names: as its paragraphs' QTextBlock::userState, written
    // with Qt's CSS extension -qt-user-state, which the HTML importer reads and a text
    // edit inside the paragraph keeps. Not <a name> anchors: an anchor is one more
    // element for the importer to style (its CSS resolved up through every ancestor) and
    // splits the paragraph's first fragment; on a 106-block page they were a third of
    // setHtml (17.5 → 12.8 ms without them). The state is 2 + 2 × block index, + 1 for
    // a converted copy; 1 is the right column's heading; -1 (Qt's default) is no block.
    static constexpr int kRightHeadState = 1;
    static constexpr int kFirstBlockState = 2;
    static int paragraphState(int blockIndex, bool convertedCopy);
    static QString paragraphStateCss(int state);
    // The anchor name a paragraph's state stands for; empty for none.
    static QString anchorOfState(int state);

    static Layout layoutFor(const EssayRecord &essay);
    // What the right-hand column of a Chinese-only essay shows: the other script.
    static ScriptView companionView(const EssayRecord &essay);
    // CJK-capable families, the regional glyph style first for traditional text.
    static QStringList fontFamilies(Language language = Language::Undetermined);
    // Title blocks are shown in the header, the rest of the essay text in the body.
    static bool isShownInCleanView(BlockKind kind) { return !isBoilerplate(kind); }

    // The script the right column shows under `options`.
    static ScriptView rightScript(const EssayRecord &essay, const Options &options);

    static QString clean(const EssayRecord &essay, const Options &options = {});

    // `text` in `view` (OpenCC through ScriptConverter). With `markChoices`, the
    // characters the conversion changed although OpenCC lists other candidates (后 → 後,
    // where 后 was possible too) are marked; none are when a phrase changed the length,
    // since positions no longer line up. Throws what ScriptConverter throws.
    static ConvertedText convertedText(const QString &text, Language language, ScriptView view,
                                       bool markChoices);
    // The same for many texts (the lines of a page), converted together: one OpenCC call
    // for all instead of one each, which is most of what converting a page costs.
    static QList<ConvertedText> convertedTexts(const QStringList &texts, Language language,
                                               ScriptView view, bool markChoices);

    // What the right column of a clean page shows under `options`, for changing its
    // script in place: the page keeps its structure and only these paragraphs' text
    // changes (a bilingual essay's Chinese blocks, "bN"; a Chinese-only essay's
    // converted copies, "cN"), along with the column's heading (the paragraph in
    // state kRightHeadState, named rightHeadAnchorName()). nullopt when a switch changes more than that and the page
    // has to be built again: one column, a header title without a block, a conversion
    // that fails (the page says so).
    struct RightColumn {
        struct Paragraph {
            QString anchor;
            ConvertedText text;
            Language script; // of the text shown: the font to use
        };
        QString head;
        QList<Paragraph> paragraphs;
    };
    static std::optional<RightColumn> rightColumn(const EssayRecord &essay,
                                                  const Options &options);
    static QString rightHeadAnchorName() { return QStringLiteral("right-head"); }
    static QString raw(const EssayRecord &essay, const Options &options = {});
    // A page with one centred line, for "no essay selected" and errors.
    static QString message(const QString &text, const Options &options = {});

    // Block identity in the page, for annotations: every paragraph that shows a block
    // carries "bN" (anchorName), "cN" for the converted copy of a Chinese-only essay's
    // block, in its user state (paragraphState; see EssayPositionMap). Only "bN" paragraphs can carry
    // annotations, and only where their text is the original (a pane switched to another
    // script does not line up with the original and is not annotatable).
    static QString blockAnchorName(int blockIndex);
    static std::optional<int> blockIndexOfAnchor(QStringView anchorName);
};

} // namespace duizhao
