#include "EssayPlainText.h"

#include "CodePoints.h"

#include <algorithm>

namespace duizhao {

EssayPlainText::EssayPlainText(const QList<Block> &blocks)
{
    QList<QString> texts;
    texts.reserve(blocks.size());
    for (const Block &block : blocks)
        texts << block.text;
    index(texts);
}

EssayPlainText::EssayPlainText(const QString &text)
{
    index(text.split(u'\n'));
}

void EssayPlainText::index(const QList<QString> &blocks)
{
    qint64 start = 0;
    for (const QString &block : blocks) {
        if (!m_starts.isEmpty()) {
            m_text += u'\n';
            ++start;
        }
        m_starts << start;
        m_utf16Starts << m_text.size();
        const qint64 length = codePointCount(block);
        m_lengths << length;
        m_text += block;
        start += length;
    }
}

QString EssayPlainText::blockText(int block) const
{
    const qsizetype from = m_utf16Starts.at(block);
    const qsizetype to =
        block + 1 < m_utf16Starts.size() ? m_utf16Starts.at(block + 1) - 1 : m_text.size();
    return m_text.mid(from, to - from);
}

std::optional<EssayPlainText::Place> EssayPlainText::place(qint64 position) const
{
    if (position < 0 || m_starts.isEmpty())
        return std::nullopt;
    // The last block starting at or before the position.
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), position);
    const int block = int(after - m_starts.cbegin()) - 1;
    const qint64 offset = position - m_starts.at(block);
    if (offset > m_lengths.at(block))
        return std::nullopt; // only past the last block: a newline belongs to the next one
    return Place{block, int(offset)};
}

} // namespace duizhao
