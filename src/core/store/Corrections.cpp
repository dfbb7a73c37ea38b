#include "Corrections.h"

#include "BlockRefs.h"
#include "CorrectionReplay.h"
#include "Database.h"
#include "EssayCatalog.h"
#include "EssayContent.h"
#include "EssayParser.h"
#include "EssayWriter.h"
#include "Statement.h"
#include "TranslationAttacher.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

Corrections::Corrections(Database &db, EssayCatalog &catalog, EssayContent &content,
                         CorrectionReplay &replay, EssayWriter &writer)
    : m_db(db)
    , m_catalog(catalog)
    , m_content(content)
    , m_replay(replay)
    , m_writer(writer)
{}

void Corrections::setMetadata(qint64 essayId, MetadataField field,
                              const std::optional<QString> &value)
{
    Transaction transaction(m_db);
    Statement exists = m_db.prepare(u"SELECT 1 FROM essay WHERE id = ?1");
    if (!exists.bind(1, essayId).step())
        throw std::invalid_argument("no such essay");
    if (value) {
        Statement write = m_db.prepare(
            u"INSERT INTO essay_edit (essay_id, field, value, edited_at) VALUES (?1, ?2, ?3, ?4) "
            u"ON CONFLICT (essay_id, field) DO UPDATE SET value = excluded.value, edited_at = "
            u"excluded.edited_at");
        write.bind(1, essayId)
            .bind(2, metadataFieldName(field))
            .bind(3, *value)
            .bind(4, now())
            .execute();
    } else {
        Statement remove =
            m_db.prepare(u"DELETE FROM essay_edit WHERE essay_id = ?1 AND field = ?2");
        remove.bind(1, essayId).bind(2, metadataFieldName(field)).execute();
    }
    transaction.commit();
}

std::optional<QString> Corrections::metadataCorrection(qint64 essayId, MetadataField field)
{
    Statement select =
        m_db.prepare(u"SELECT value FROM essay_edit WHERE essay_id = ?1 AND field = ?2");
    select.bind(1, essayId).bind(2, metadataFieldName(field));
    if (!select.step())
        return std::nullopt;
    return select.text(0);
}

std::optional<BlockKind> Corrections::blockKindCorrection(qint64 essayId, int blockIndex)
{
    const std::optional<Essay> record = m_catalog.find(essayId);
    if (!record || blockIndex < 0 || blockIndex >= record->blocks.size())
        return std::nullopt;
    Statement select =
        m_db.prepare(u"SELECT kind FROM block_kind_edit WHERE essay_id = ?1 AND block_ref = ?2");
    select.bind(1, essayId).bind(2, BlockRefs::refsOf(record->blocks).at(blockIndex));
    if (!select.step())
        return std::nullopt;
    return blockKindFromName(select.text(0));
}

void Corrections::clearBlockKind(qint64 essayId, int blockIndex)
{
    Transaction transaction(m_db);
    const std::optional<Essay> record = m_catalog.find(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    if (blockIndex < 0 || blockIndex >= record->blocks.size())
        throw std::invalid_argument("no such block");
    Statement remove =
        m_db.prepare(u"DELETE FROM block_kind_edit WHERE essay_id = ?1 AND block_ref = ?2");
    remove.bind(1, essayId).bind(2, BlockRefs::refsOf(record->blocks).at(blockIndex)).execute();
    m_writer.rederive(essayId);
    transaction.commit();
}

void Corrections::setBlockKind(qint64 essayId, int blockIndex, BlockKind kind)
{
    Transaction transaction(m_db);
    std::optional<Essay> record = m_catalog.find(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    if (blockIndex < 0 || blockIndex >= record->blocks.size())
        throw std::invalid_argument("no such block");
    const QString ref = BlockRefs::refsOf(record->blocks).at(blockIndex);
    Statement write = m_db.prepare(u"INSERT INTO block_kind_edit (essay_id, block_ref, kind, "
                                   u"edited_at) VALUES (?1, ?2, ?3, ?4) "
                                   u"ON CONFLICT (essay_id, block_ref) DO UPDATE SET kind = "
                                   u"excluded.kind, edited_at = excluded.edited_at");
    write.bind(1, essayId).bind(2, ref).bind(3, blockKindName(kind)).bind(4, now()).execute();
    // The essay is derived again as a re-import would (parse, translation, chrome, rules,
    // the user's corrections, this one among them): pairs and the kinds Pairer gives
    // depend only on the corrections, not on the order they were made in, so undoing one
    // gives back exactly the essay from before (CorrectionEdit).
    m_writer.rederive(essayId);
    transaction.commit();
}

void Corrections::setAlignment(qint64 essayId, const QList<Pair> &pairs)
{
    Transaction transaction(m_db);
    const std::optional<Essay> record = m_catalog.find(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    validatePairs(pairs, int(record->blocks.size()));
    const QList<QString> refs = BlockRefs::refsOf(record->blocks);
    QJsonArray array;
    for (const Pair &pair : pairs)
        array.append(QJsonObject{{QStringLiteral("en"), refArray(pair.english, refs)},
                                 {QStringLiteral("zh"), refArray(pair.chinese, refs)}});
    Statement write =
        m_db.prepare(u"INSERT INTO alignment_edit (essay_id, pairs, edited_at) VALUES (?1, ?2, ?3) "
                     u"ON CONFLICT (essay_id) DO UPDATE SET pairs = excluded.pairs, edited_at = "
                     u"excluded.edited_at");
    write.bind(1, essayId)
        .bind(2, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)))
        .bind(3, now())
        .execute();
    m_content.replacePairs(essayId, pairs);
    transaction.commit();
}

void Corrections::resetAlignment(qint64 essayId)
{
    Transaction transaction(m_db);
    std::optional<Essay> record = m_catalog.find(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    Statement remove = m_db.prepare(u"DELETE FROM alignment_edit WHERE essay_id = ?1");
    remove.bind(1, essayId).execute();
    m_content.replacePairs(essayId, m_replay.automaticPairs(essayId, record->blocks));
    transaction.commit();
}

std::optional<QString> Corrections::translationFile(qint64 essayId)
{
    Statement query = m_db.prepare(u"SELECT file FROM translation WHERE essay_id = ?1");
    query.bind(1, essayId);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

std::optional<AttachedTranslation> Corrections::translation(qint64 essayId)
{
    Statement query =
        m_db.prepare(u"SELECT file, sha256, text FROM translation WHERE essay_id = ?1");
    query.bind(1, essayId);
    if (!query.step())
        return std::nullopt;
    return AttachedTranslation{query.text(0), query.text(1), query.text(2)};
}

void Corrections::attachTranslation(qint64 essayId, const QString &file, const QString &sha256,
                                    const QString &text)
{
    Transaction transaction(m_db);
    const std::optional<Essay> record = m_catalog.find(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    if (m_replay.attachedFrom(essayId))
        throw std::invalid_argument("the essay has a translation already; detach it first");
    ParsedEssay own;
    own.blocks = record->blocks;
    own.pairs = record->pairs;
    own.languages = record->languages;
    own.script = record->script;
    const ParsedEssay joined = TranslationAttacher::attach(own, EssayParser().parseText(text));

    Statement insert = m_db.prepare(
        u"INSERT INTO translation (essay_id, file, sha256, text, first_block, attached_at) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, essayId)
        .bind(2, file)
        .bind(3, sha256)
        .bind(4, text)
        .bind(5, qint64(own.blocks.size()))
        .bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .execute();
    m_writer.replace(essayId, joined);
    transaction.commit();
}

void Corrections::detachTranslation(qint64 essayId)
{
    Transaction transaction(m_db);
    const std::optional<Essay> record = m_catalog.find(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    const std::optional<int> first = m_replay.attachedFrom(essayId);
    if (!first)
        throw std::invalid_argument("the essay has no attached translation");
    ParsedEssay own;
    own.blocks = record->blocks.mid(0, *first);
    // The essay's own language: the side that is not the translation's.
    int english = 0;
    int text = 0;
    for (const Block &block : std::as_const(own.blocks)) {
        if (TranslationAttacher::isAligned(block)) {
            ++text;
            english += block.language == Language::English ? 1 : 0;
        }
    }
    const bool englishEssay = english * 2 > text;
    own.languages = {englishEssay ? Language::English : record->script};
    own.script = englishEssay ? Language::Undetermined : record->script;
    Statement remove = m_db.prepare(u"DELETE FROM translation WHERE essay_id = ?1");
    remove.bind(1, essayId).execute();
    // A user alignment points at blocks that are gone.
    Statement alignment = m_db.prepare(u"DELETE FROM alignment_edit WHERE essay_id = ?1");
    alignment.bind(1, essayId).execute();
    m_writer.replace(essayId, own);
    transaction.commit();
}

} // namespace duizhao
