#include "CodePoints.h"

namespace duizhao {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = text.size();
    for (QChar c : text)
        count -= c.isLowSurrogate();
    return count;
}

qsizetype utf16OffsetToCodePoint(QStringView text, qsizetype utf16Offset)
{
    utf16Offset = std::clamp<qsizetype>(utf16Offset, 0, text.size());
    return codePointCount(text.first(utf16Offset));
}

qsizetype codePointToUtf16Offset(QStringView text, qsizetype codePoint)
{
    qsizetype offset = 0;
    for (qsizetype seen = 0; seen < codePoint && offset < text.size(); ++seen) {
        const bool pair = text[offset].isHighSurrogate() && offset + 1 < text.size() &&
                          text[offset + 1].isLowSurrogate();
        offset += pair ? 2 : 1;
    }
    return offset;
}

bool isScrapedSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0x200B || c.unicode() == 0xFEFF;
}

QStringView trimmedScraped(QStringView text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && isScrapedSpace(text[begin]))
        ++begin;
    while (end > begin && isScrapedSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

} // namespace duizhao
