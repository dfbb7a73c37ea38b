#include "SelectionAnchor.h"

#include "CodePoints.h"

#include <unicode/ubrk.h>

#include <memory>

namespace duizhao {

namespace {

// UTF-16 offsets of the grapheme boundaries at or around [start, end).
std::pair<qsizetype, qsizetype> snapToGraphemes(QStringView text, qsizetype start, qsizetype end)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> breaker(
        ubrk_open(UBRK_CHARACTER, "", reinterpret_cast<const UChar *>(text.utf16()),
                  int32_t(text.size()), &status),
        &ubrk_close);
    if (U_FAILURE(status))
        return {start, end};
    if (!ubrk_isBoundary(breaker.get(), int32_t(start)))
        start = ubrk_preceding(breaker.get(), int32_t(start));
    if (!ubrk_isBoundary(breaker.get(), int32_t(end)))
        end = ubrk_following(breaker.get(), int32_t(end));
    return {start, end};
}

QString lastCodePoints(QStringView text, int count)
{
    const qsizetype total = codePointCount(text);
    return text.sliced(codePointToUtf16Offset(text, std::max<qsizetype>(0, total - count)))
        .toString();
}

QString firstCodePoints(QStringView text, int count)
{
    return text.first(codePointToUtf16Offset(text, count)).toString();
}

} // namespace

Anchor anchorFromSelection(QStringView blockText, int block, int start, int end)
{
    Anchor anchor;
    anchor.block = block;
    const qsizetype length = codePointCount(blockText);
    if (start < 0 || end > length || start >= end)
        return anchor;
    const auto [from, to] = snapToGraphemes(blockText, codePointToUtf16Offset(blockText, start),
                                            codePointToUtf16Offset(blockText, end));
    anchor.start = int(utf16OffsetToCodePoint(blockText, from));
    anchor.end = int(utf16OffsetToCodePoint(blockText, to));
    anchor.quote = blockText.sliced(from, to - from).toString();
    anchor.prefix = lastCodePoints(blockText.first(from), Anchor::kContextLength);
    anchor.suffix = firstCodePoints(blockText.sliced(to), Anchor::kContextLength);
    return anchor;
}

} // namespace duizhao
