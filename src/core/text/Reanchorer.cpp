#include "Reanchorer.h"
#include "SelectionAnchor.h"

#include "CodePoints.h"
#include "SearchFolder.h"

#include <limits>
#include <vector>

namespace duizhao {

namespace {

// How many characters of `context` agree with the text next to a match, reading away
// from the match (backwards for a prefix, forwards for a suffix).
int agreement(QStringView text, qsizetype from, QStringView context, bool backwards)
{
    int same = 0;
    if (backwards) {
        for (qsizetype i = from - 1, k = context.size() - 1;
             i >= 0 && k >= 0 && text[i] == context[k]; --i, --k)
            ++same;
    } else {
        for (qsizetype i = from, k = 0;
             i < text.size() && k < context.size() && text[i] == context[k]; ++i, ++k)
            ++same;
    }
    return same;
}

struct Candidate {
    int block = -1;
    qsizetype from = 0; // UTF-16 offsets in the block's original text
    qsizetype to = 0;
    int cost = std::numeric_limits<int>::max(); // lower is better
};

bool better(const Candidate &a, const Candidate &b, int oldBlock)
{
    if (a.cost != b.cost)
        return a.cost < b.cost;
    return std::abs(a.block - oldBlock) < std::abs(b.block - oldBlock);
}

Anchor anchorAt(const QList<Block> &blocks, const Candidate &candidate)
{
    const QString &text = blocks[candidate.block].text;
    return anchorFromSelection(text, candidate.block,
                               int(utf16OffsetToCodePoint(text, candidate.from)),
                               int(utf16OffsetToCodePoint(text, candidate.to)));
}

std::optional<Candidate> findQuote(const Anchor &anchor, const QList<Block> &blocks)
{
    std::optional<Candidate> best;
    for (const Block &block : blocks) {
        for (qsizetype at = block.text.indexOf(anchor.quote); at >= 0;
             at = block.text.indexOf(anchor.quote, at + 1)) {
            Candidate candidate{block.index, at, at + anchor.quote.size(), 0};
            // More agreeing context is better: cost counts the context that disagrees.
            candidate.cost = int(anchor.prefix.size() + anchor.suffix.size()) -
                             agreement(block.text, at, anchor.prefix, true) -
                             agreement(block.text, at + anchor.quote.size(), anchor.suffix, false);
            if (!best || better(candidate, *best, anchor.block))
                best = candidate;
        }
    }
    return best;
}

struct Folded {
    QString text;
    std::vector<FoldedChar> chars; // spans in UTF-16 units of the original
};

Folded fold(QStringView text)
{
    Folded folded;
    SearchFolder::instance().fold(text, {true, false}, folded.chars);
    folded.text.reserve(qsizetype(folded.chars.size()));
    for (const FoldedChar &c : folded.chars)
        folded.text.append(QChar::fromUcs4(c.codePoint));
    return folded;
}

// Folded positions are per code point of the folded text; map a UTF-16 range of the
// folded string back to the original through the chars' spans.
Candidate mapBack(const Folded &folded, int block, qsizetype from, qsizetype to, int cost)
{
    // Folded text is built from chars one code point each; convert UTF-16 → index.
    const qsizetype first = utf16OffsetToCodePoint(folded.text, from);
    const qsizetype last = utf16OffsetToCodePoint(folded.text, to) - 1;
    return {block, folded.chars[size_t(first)].begin, folded.chars[size_t(last)].end, cost};
}

// Sellers' approximate substring search: the substring of `text` with the fewest
// edits to `pattern`, if within `maxEdits`. Returns [from, to) in UTF-16 of `text`.
std::optional<std::pair<std::pair<qsizetype, qsizetype>, int>>
approximate(QStringView pattern, QStringView text, int maxEdits)
{
    const qsizetype m = pattern.size();
    std::vector<int> previous(size_t(m) + 1), current(size_t(m) + 1);
    std::vector<qsizetype> previousStart(size_t(m) + 1), currentStart(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        previous[size_t(i)] = int(i);
        previousStart[size_t(i)] = 0;
    }
    int bestCost = maxEdits + 1;
    qsizetype bestFrom = 0, bestTo = 0;
    for (qsizetype j = 1; j <= text.size(); ++j) {
        current[0] = 0; // a match may start anywhere
        currentStart[0] = j;
        for (qsizetype i = 1; i <= m; ++i) {
            const int substitute =
                previous[size_t(i - 1)] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
            const int insert = previous[size_t(i)] + 1;
            const int remove = current[size_t(i - 1)] + 1;
            if (substitute <= insert && substitute <= remove) {
                current[size_t(i)] = substitute;
                currentStart[size_t(i)] = previousStart[size_t(i - 1)];
            } else if (insert <= remove) {
                current[size_t(i)] = insert;
                currentStart[size_t(i)] = previousStart[size_t(i)];
            } else {
                current[size_t(i)] = remove;
                currentStart[size_t(i)] = currentStart[size_t(i - 1)];
            }
        }
        if (current[size_t(m)] < bestCost) {
            bestCost = current[size_t(m)];
            bestFrom = currentStart[size_t(m)];
            bestTo = j;
        }
        std::swap(previous, current);
        std::swap(previousStart, currentStart);
    }
    if (bestCost > maxEdits)
        return std::nullopt;
    return std::pair{std::pair{bestFrom, bestTo}, bestCost};
}

// Quotes longer than this skip the fuzzy step: its cost grows with quote × essay.
constexpr qsizetype kFuzzyQuoteMax = 2000;

} // namespace

std::optional<Reanchorer::Result> Reanchorer::reanchor(const Anchor &anchor,
                                                       const QList<Block> &blocks)
{
    if (anchor.quote.isEmpty())
        return std::nullopt;

    if (anchor.block >= 0 && anchor.block < blocks.size()) {
        const QString &text = blocks[anchor.block].text;
        const qsizetype from = codePointToUtf16Offset(text, anchor.start);
        const qsizetype to = codePointToUtf16Offset(text, anchor.end);
        if (QStringView(text).sliced(from, to - from) == anchor.quote &&
            utf16OffsetToCodePoint(text, from) == anchor.start)
            return Result{anchorFromSelection(text, anchor.block, anchor.start, anchor.end),
                          Method::Exact};
    }

    if (const auto found = findQuote(anchor, blocks))
        return Result{anchorAt(blocks, *found), Method::Quote};

    const QString foldedQuote = fold(anchor.quote).text;
    if (foldedQuote.isEmpty())
        return std::nullopt;
    std::optional<Candidate> folded;
    std::optional<Candidate> fuzzy;
    // A fifth of the quote may differ; quotes under eight characters must match whole,
    // or a two-character quote would "find" any word sharing one character.
    const int maxEdits = int(codePointCount(foldedQuote) / 5);
    for (const Block &block : blocks) {
        const Folded text = fold(block.text);
        const qsizetype at = text.text.indexOf(foldedQuote);
        if (at >= 0) {
            const Candidate candidate = mapBack(text, block.index, at, at + foldedQuote.size(), 0);
            if (!folded || better(candidate, *folded, anchor.block))
                folded = candidate;
            continue;
        }
        if (folded || maxEdits == 0 || foldedQuote.size() > kFuzzyQuoteMax)
            continue;
        if (const auto match = approximate(foldedQuote, text.text, maxEdits)) {
            const auto [range, cost] = *match;
            if (range.second <= range.first)
                continue;
            const Candidate candidate = mapBack(text, block.index, range.first, range.second, cost);
            if (!fuzzy || better(candidate, *fuzzy, anchor.block))
                fuzzy = candidate;
        }
    }
    if (folded)
        return Result{anchorAt(blocks, *folded), Method::Folded};
    if (fuzzy)
        return Result{anchorAt(blocks, *fuzzy), Method::Fuzzy};
    return std::nullopt;
}

} // namespace duizhao
