#include "EssayPositionMap.h"

#include "BlockAnchor.h"
#include "CodePoints.h"

#include <QTextBlock>
#include <QTextDocument>

namespace duizhao {

namespace {

bool isSpaceOnPage(QChar c)
{
    return c.isSpace() || isScrapedSpace(c);
}

// The block the paragraph shows in its original text (see BlockAnchor): not a converted
// copy, whose text is not the original.
std::optional<int> anchoredBlock(const QTextBlock &paragraph)
{
    const BlockAnchor anchor = BlockAnchor::fromParagraphState(paragraph.userState());
    if (!anchor.isValid() || anchor.isConvertedCopy())
        return std::nullopt;
    return anchor.blockIndex();
}

} // namespace

QList<int> EssayPositionMap::align(QStringView page, QStringView original)
{
    QList<int> map;
    map.reserve(page.size());
    qsizetype j = 0;
    for (qsizetype i = 0; i < page.size();) {
        if (j < original.size() && page[i] == original[j]) {
            map << int(j);
            ++i;
            ++j;
        } else if (j < original.size() && isSpaceOnPage(page[i]) && isSpaceOnPage(original[j])) {
            map << int(j); // one space on the page for a run in the original
            ++i;
            ++j;
        } else if (j < original.size() && isSpaceOnPage(original[j])) {
            ++j; // trimmed or collapsed away
        } else {
            return {};
        }
    }
    for (; j < original.size(); ++j) {
        if (!isSpaceOnPage(original[j]))
            return {};
    }
    return map;
}

EssayPositionMap::EssayPositionMap(const QTextDocument &document, const Essay &essay)
{
    for (QTextBlock paragraph = document.begin(); paragraph.isValid();
         paragraph = paragraph.next()) {
        const std::optional<int> index = anchoredBlock(paragraph);
        if (!index || *index >= essay.blocks.size() || m_paragraphs.contains(*index))
            continue;
        const QString &original = essay.blocks[*index].text;
        const QString text = paragraph.text();
        QList<int> toOriginal = align(text, original);
        if (toOriginal.isEmpty() && !text.isEmpty())
            continue;
        m_paragraphs.insert(
            *index, Paragraph{paragraph.position(), int(text.size()), std::move(toOriginal)});
        m_texts.insert(*index, original);
    }
}

int EssayPositionMap::blockAt(int pagePosition) const
{
    for (auto it = m_paragraphs.cbegin(); it != m_paragraphs.cend(); ++it) {
        const Paragraph &paragraph = it.value();
        if (pagePosition >= paragraph.pagePosition &&
            pagePosition <= paragraph.pagePosition + paragraph.pageLength)
            return it.key();
    }
    return -1;
}

std::optional<EssayPositionMap::BlockSpan> EssayPositionMap::toBlockSpan(int pageStart,
                                                                         int pageEnd) const
{
    if (pageEnd < pageStart)
        std::swap(pageStart, pageEnd);
    const int block = blockAt(pageStart);
    if (block < 0)
        return std::nullopt;
    const Paragraph &paragraph = m_paragraphs[block];
    const int from = pageStart - paragraph.pagePosition;
    const int to =
        std::min(pageEnd - paragraph.pagePosition, paragraph.pageLength); // clipped to the block
    if (to <= from || paragraph.toOriginal.isEmpty())
        return std::nullopt;
    const QString &text = m_texts[block];
    const int utf16Start = paragraph.toOriginal[from];
    const int utf16End = paragraph.toOriginal[to - 1] + 1;
    return BlockSpan{block, int(utf16OffsetToCodePoint(text, utf16Start)),
                     int(utf16OffsetToCodePoint(text, utf16End))};
}

std::optional<std::pair<int, int>> EssayPositionMap::toPage(const BlockSpan &span) const
{
    const auto found = m_paragraphs.constFind(span.block);
    if (found == m_paragraphs.cend() || found->toOriginal.isEmpty())
        return std::nullopt;
    const Paragraph &paragraph = *found;
    const QString &text = m_texts[span.block];
    const int utf16Start = int(codePointToUtf16Offset(text, span.start));
    const int utf16End = int(codePointToUtf16Offset(text, span.end));
    // First page character showing an original character at or after start; the end is
    // after the last one before end.
    int from = -1;
    int to = -1;
    for (int i = 0; i < paragraph.toOriginal.size(); ++i) {
        const int original = paragraph.toOriginal[i];
        if (from < 0 && original >= utf16Start)
            from = i;
        if (original < utf16End)
            to = i + 1;
    }
    if (from < 0 || to <= from)
        return std::nullopt;
    return std::pair{paragraph.pagePosition + from, paragraph.pagePosition + to};
}

} // namespace duizhao
