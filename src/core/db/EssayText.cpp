#include "EssayText.h"

#include "Database.h"
#include "DatabaseError.h"

#include <sqlite3.h>

namespace duizhao {

namespace {

constexpr int kCompressionLevel = 3;

DatabaseError damaged(qint64 essayId, const QString &what)
{
    return DatabaseError(
        QStringLiteral("the stored text of essay %1 is damaged (%2)").arg(essayId).arg(what),
        SQLITE_CORRUPT);
}

} // namespace

EssayText::Packed EssayText::pack(const QList<Block> &blocks)
{
    Packed packed;
    packed.spans.reserve(size_t(blocks.size()));
    QByteArray text;
    for (const Block &block : blocks) {
        const QByteArray utf8 = block.text.toUtf8();
        packed.spans.push_back({int(text.size()), int(utf8.size())});
        text += utf8;
    }
    packed.bytes = qCompress(text, kCompressionLevel);
    return packed;
}

QByteArray EssayText::unpack(const QByteArray &packed, qint64 essayId)
{
    // qCompress puts the unpacked size first (4 bytes, big-endian); qUncompress returns
    // an empty array for damaged bytes, which only that size can tell from empty text.
    if (packed.size() < 4)
        throw damaged(essayId, QStringLiteral("too short"));
    const quint32 size = (quint32(quint8(packed[0])) << 24) | (quint32(quint8(packed[1])) << 16) |
                         (quint32(quint8(packed[2])) << 8) | quint32(quint8(packed[3]));
    if (size == 0)
        return {};
    QByteArray text = qUncompress(packed);
    if (quint32(text.size()) != size)
        throw damaged(essayId, QStringLiteral("does not inflate"));
    return text;
}

EssayTextReader::EssayTextReader(Database &db)
    : m_db(db)
    , m_select(db.prepare(u"SELECT packed FROM essay_text WHERE essay_id = ?1"))
{}

QList<Block> EssayTextReader::blocks(qint64 essayId)
{
    QList<Block> blocks;
    Statement select =
        m_db.prepare(u"SELECT position, line, kind, lang, text_start, text_bytes FROM block "
                     u"WHERE essay_id = ?1 ORDER BY position");
    select.bind(1, essayId);
    while (select.step()) {
        Block block;
        block.index = select.int32(0);
        block.line = select.int32(1);
        block.kind = blockKindFromName(select.text(2)).value_or(BlockKind::Paragraph);
        block.language = languageFromTag(select.text(3)).value_or(Language::Undetermined);
        block.text = this->block(essayId, {select.int32(4), select.int32(5)});
        blocks << block;
    }
    return blocks;
}

const QByteArray &EssayTextReader::essay(qint64 essayId)
{
    if (essayId == m_essayId)
        return m_text;
    m_essayId = -1;
    m_select.bind(1, essayId);
    if (!m_select.step()) {
        m_select.reset();
        throw damaged(essayId, QStringLiteral("missing"));
    }
    const std::string_view packed = m_select.bytes(0);
    QByteArray bytes = QByteArray::fromRawData(packed.data(), qsizetype(packed.size()));
    try {
        m_text = EssayText::unpack(bytes, essayId);
    } catch (...) {
        m_select.reset();
        throw;
    }
    m_select.reset();
    m_essayId = essayId;
    return m_text;
}

QString EssayTextReader::block(qint64 essayId, EssayText::Span span)
{
    const QByteArray &text = essay(essayId);
    if (span.start < 0 || span.bytes < 0 || qsizetype(span.start) + span.bytes > text.size())
        throw damaged(essayId, QStringLiteral("a block lies outside it"));
    return QString::fromUtf8(text.constData() + span.start, span.bytes);
}

} // namespace duizhao
