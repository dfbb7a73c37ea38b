#include "Segmenter.h"

#include <unicode/ubrk.h>

#include <memory>

namespace duizhao {

namespace {

QList<Segmenter::Range> segments(UBreakIteratorType type, const char *locale, QStringView text,
                                 bool wordsOnly)
{
    QList<Segmenter::Range> ranges;
    if (text.isEmpty())
        return ranges;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> breaker(
        ubrk_open(type, locale, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                  &status),
        &ubrk_close);
    if (U_FAILURE(status))
        return {{0, text.size()}};
    int32_t start = ubrk_first(breaker.get());
    for (int32_t end = ubrk_next(breaker.get()); end != UBRK_DONE;
         start = end, end = ubrk_next(breaker.get())) {
        // Word status 0 (UBRK_WORD_NONE) marks spaces and punctuation.
        if (wordsOnly && ubrk_getRuleStatus(breaker.get()) == UBRK_WORD_NONE)
            continue;
        ranges.append({start, end});
    }
    return ranges;
}

} // namespace

QList<Segmenter::Range> Segmenter::words(QStringView text)
{
    return segments(UBRK_WORD, "zh", text, true);
}

QList<Segmenter::Range> Segmenter::sentences(QStringView text, bool english)
{
    return segments(UBRK_SENTENCE, english ? "en@ss=standard" : "zh", text, false);
}

} // namespace duizhao
