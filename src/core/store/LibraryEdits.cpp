// Library's user corrections: metadata, block kinds and alignment, stored stand-off
// and applied again on re-import.
#include "Library.h"

#include "EssayIndex.h"

#include "BlockRefs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace duizhao {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonArray refArray(const QList<int> &indexes, const QList<QString> &refs)
{
    QJsonArray array;
    for (int index : indexes)
        array.append(refs.at(index));
    return array;
}

// The user's alignment against new blocks; nullopt when a block it names is gone (the
// automatic alignment is used then, and the correction is kept for review).
std::optional<QList<Pair>> resolveAlignment(const QString &json, const QHash<QString, int> &index)
{
    QList<Pair> pairs;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        Pair pair;
        for (const char *side : {"en", "zh"}) {
            for (const QJsonValue &ref : value.toObject().value(QLatin1String(side)).toArray()) {
                const auto found = index.constFind(ref.toString());
                if (found == index.cend())
                    return std::nullopt;
                (side[0] == 'e' ? pair.english : pair.chinese).append(*found);
            }
        }
        pairs.append(pair);
    }
    return pairs;
}

void validatePairs(const QList<Pair> &pairs, int blockCount)
{
    QSet<int> used;
    for (const Pair &pair : pairs) {
        if (pair.english.isEmpty() && pair.chinese.isEmpty())
            throw std::invalid_argument("an alignment row needs at least one block");
        for (int index : pair.english + pair.chinese) {
            if (index < 0 || index >= blockCount)
                throw std::invalid_argument("alignment names a block the essay does not have");
            if (used.contains(index))
                throw std::invalid_argument("a block can only be in one alignment row");
            used.insert(index);
        }
    }
}

} // namespace

QString Library::metadataFieldName(MetadataField field)
{
    switch (field) {
    case MetadataField::Title: return QStringLiteral("title");
    case MetadataField::Author: return QStringLiteral("author");
    case MetadataField::Outlet: return QStringLiteral("outlet");
    case MetadataField::Date: return QStringLiteral("date");
    case MetadataField::Url: return QStringLiteral("url");
    }
    return QStringLiteral("title");
}

std::optional<Library::MetadataField> Library::metadataFieldFromName(QStringView name)
{
    for (MetadataField field : {MetadataField::Title, MetadataField::Author, MetadataField::Outlet,
                                MetadataField::Date, MetadataField::Url}) {
        if (name == metadataFieldName(field))
            return field;
    }
    return std::nullopt;
}

QList<qint64> Library::blockIds(qint64 essayId)
{
    QList<qint64> ids;
    CachedStatement statement = m_db.cached(u"SELECT id FROM block WHERE essay_id = ?1 ORDER BY position");
    statement->bind(1, essayId);
    while (statement->step())
        ids << statement->int64(0);
    return ids;
}

void Library::replacePairs(qint64 essayId, const QList<Pair> &pairs)
{
    const QList<qint64> ids = blockIds(essayId);
    m_db.cached(u"DELETE FROM pair WHERE essay_id = ?1")->bind(1, essayId).execute();
    CachedStatement insertPair = m_db.cached(u"INSERT INTO pair (essay_id, position) VALUES (?1, ?2)");
    CachedStatement insertMember = m_db.cached(
        u"INSERT INTO pair_block (pair_id, block_id, side) VALUES (?1, ?2, ?3)");
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        insertPair->bind(1, essayId).bind(2, qint64(i));
        insertPair->execute();
        insertPair->reset();
        const qint64 pairId = m_db.lastInsertId();
        for (const auto &[indexes, side] : {std::pair{pairs[i].english, u"en"}, std::pair{pairs[i].chinese, u"zh"}}) {
            for (int index : indexes) {
                insertMember->bind(1, pairId).bind(2, ids.at(index)).bind(3, QStringView(side));
                insertMember->execute();
                insertMember->reset();
            }
        }
    }
}

bool Library::applyKindEdits(qint64 essayId, QList<Block> &blocks,
                             const QHash<QString, int> &index)
{
    bool applied = false;
    Statement kinds = m_db.prepare(u"SELECT block_ref, kind FROM block_kind_edit WHERE essay_id = ?1");
    kinds.bind(1, essayId);
    while (kinds.step()) {
        const auto found = index.constFind(kinds.text(0));
        const auto kind = blockKindFromName(kinds.text(1));
        if (found != index.cend() && kind) {
            blocks[*found].kind = *kind;
            applied = true;
        }
    }
    return applied;
}

ParsedEssay Library::withUserEdits(qint64 essayId, const ParsedEssay &parsed)
{
    ParsedEssay essay = parsed;
    const QHash<QString, int> index = BlockRefs::indexOf(essay.blocks);

    if (applyKindEdits(essayId, essay.blocks, index)) {
        essay.pairs = automaticPairs(essayId, essay.blocks);
        // The user's kinds win over the pairer's (an untranslated line it would make a
        // caption stays the paragraph the user said it is).
        applyKindEdits(essayId, essay.blocks, index);
    }

    Statement alignment = m_db.prepare(u"SELECT pairs FROM alignment_edit WHERE essay_id = ?1");
    alignment.bind(1, essayId);
    if (alignment.step()) {
        if (const auto pairs = resolveAlignment(alignment.text(0), index))
            essay.pairs = *pairs;
    }
    return essay;
}

void Library::setMetadata(qint64 essayId, MetadataField field, const std::optional<QString> &value)
{
    Transaction transaction(m_db);
    Statement exists = m_db.prepare(u"SELECT 1 FROM essay WHERE id = ?1");
    if (!exists.bind(1, essayId).step())
        throw std::invalid_argument("no such essay");
    if (value) {
        Statement write = m_db.prepare(
            u"INSERT INTO essay_edit (essay_id, field, value, edited_at) VALUES (?1, ?2, ?3, ?4) "
            u"ON CONFLICT (essay_id, field) DO UPDATE SET value = excluded.value, edited_at = excluded.edited_at");
        write.bind(1, essayId).bind(2, metadataFieldName(field)).bind(3, *value).bind(4, now()).execute();
    } else {
        Statement remove = m_db.prepare(u"DELETE FROM essay_edit WHERE essay_id = ?1 AND field = ?2");
        remove.bind(1, essayId).bind(2, metadataFieldName(field)).execute();
    }
    transaction.commit();
}

void Library::setBlockKind(qint64 essayId, int blockIndex, BlockKind kind)
{
    Transaction transaction(m_db);
    std::optional<EssayRecord> record = essay(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    if (blockIndex < 0 || blockIndex >= record->blocks.size())
        throw std::invalid_argument("no such block");
    const QString ref = BlockRefs::refsOf(record->blocks).at(blockIndex);
    Statement write = m_db.prepare(
        u"INSERT INTO block_kind_edit (essay_id, block_ref, kind, edited_at) VALUES (?1, ?2, ?3, ?4) "
        u"ON CONFLICT (essay_id, block_ref) DO UPDATE SET kind = excluded.kind, edited_at = excluded.edited_at");
    write.bind(1, essayId).bind(2, ref).bind(3, blockKindName(kind)).bind(4, now()).execute();
    // A kind decides the block's index column (boilerplate is searched only on request):
    // out of the index with the old kinds, back in with the new.
    EssayIndex index(m_db);
    index.remove(essayId);
    Statement update = m_db.prepare(u"UPDATE block SET kind = ?3 WHERE essay_id = ?1 AND position = ?2");
    update.bind(1, essayId).bind(2, blockIndex).bind(3, blockKindName(kind)).execute();
    if (!record->alignmentEdited) {
        record->blocks[blockIndex].kind = kind;
        replacePairs(essayId, automaticPairs(essayId, record->blocks));
        applyKindEdits(essayId, record->blocks, BlockRefs::indexOf(record->blocks));
        // Pairer may turn an untranslated line into a caption (unless the user said
        // what it is); keep the stored kinds in step.
        Statement caption = m_db.prepare(u"UPDATE block SET kind = ?3 WHERE essay_id = ?1 AND position = ?2");
        for (const Block &block : std::as_const(record->blocks)) {
            caption.bind(1, essayId).bind(2, block.index).bind(3, blockKindName(block.kind));
            caption.execute();
            caption.reset();
        }
    }
    index.add(essayId);
    transaction.commit();
}

void Library::setAlignment(qint64 essayId, const QList<Pair> &pairs)
{
    Transaction transaction(m_db);
    const std::optional<EssayRecord> record = essay(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    validatePairs(pairs, int(record->blocks.size()));
    const QList<QString> refs = BlockRefs::refsOf(record->blocks);
    QJsonArray array;
    for (const Pair &pair : pairs)
        array.append(QJsonObject{{QStringLiteral("en"), refArray(pair.english, refs)},
                                 {QStringLiteral("zh"), refArray(pair.chinese, refs)}});
    Statement write = m_db.prepare(
        u"INSERT INTO alignment_edit (essay_id, pairs, edited_at) VALUES (?1, ?2, ?3) "
        u"ON CONFLICT (essay_id) DO UPDATE SET pairs = excluded.pairs, edited_at = excluded.edited_at");
    write.bind(1, essayId)
        .bind(2, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)))
        .bind(3, now())
        .execute();
    replacePairs(essayId, pairs);
    transaction.commit();
}

void Library::resetAlignment(qint64 essayId)
{
    Transaction transaction(m_db);
    std::optional<EssayRecord> record = essay(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    Statement remove = m_db.prepare(u"DELETE FROM alignment_edit WHERE essay_id = ?1");
    remove.bind(1, essayId).execute();
    replacePairs(essayId, automaticPairs(essayId, record->blocks));
    transaction.commit();
}

} // namespace duizhao
