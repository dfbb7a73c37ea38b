#include "EssayContent.h"

#include "Database.h"
#include "DatabaseError.h"
#include "EssayIndex.h"
#include "Statement.h"

#include <sqlite3.h>

#include <utility>

namespace duizhao {

EssayContent::EssayContent(Database &db)
    : m_db(db)
{}

// A batch left open is rolled back (the Transaction's destructor).
EssayContent::~EssayContent() = default;

void EssayContent::beginBatch()
{
    if (!m_batch) {
        m_batch = std::make_unique<Transaction>(m_db);
    }
}

void EssayContent::commitBatch()
{
    if (!m_batch)
        return;
    // Moved out first: if indexing or COMMIT fails, the Transaction's destructor rolls
    // the whole batch back, so no essay is left without its index.
    const std::unique_ptr<Transaction> batch = std::move(m_batch);
    if (m_db.isAutocommit()) {
        // SQLite already rolled the batch back (some errors do, e.g. a full disk): its
        // blocks are gone, so their pending index rows must not be written.
        m_pendingIndex.clear();
        const QString reason = std::exchange(m_batchFailure, QString());
        throw DatabaseError(reason.isEmpty()
                                ? QStringLiteral("the batch was rolled back after an error")
                                : QStringLiteral("the batch was rolled back: ") + reason,
                            SQLITE_ABORT);
    }
    try {
        writePendingIndex();
    } catch (...) {
        m_pendingIndex.clear();
        throw;
    }
    batch->commit();
}

void EssayContent::writePendingIndex()
{
    if (m_pendingIndex.isEmpty())
        return;
    EssayIndex index(m_db);
    for (const auto &[essayId, blocks] : std::as_const(m_pendingIndex))
        index.add(essayId, blocks);
    m_pendingIndex.clear();
}

void EssayContent::clear(qint64 essayId)
{
    // Out of the index first: a contentless row is deleted with the text it was
    // indexed with. Pairs and their links go with the blocks (ON DELETE CASCADE).
    EssayIndex(m_db).remove(essayId);
    Statement clearPairs = m_db.prepare(u"DELETE FROM pair WHERE essay_id = ?1");
    clearPairs.bind(1, essayId).execute();
    Statement clearBlocks = m_db.prepare(u"DELETE FROM block WHERE essay_id = ?1");
    clearBlocks.bind(1, essayId).execute();
    Statement clearText = m_db.prepare(u"DELETE FROM essay_text WHERE essay_id = ?1");
    clearText.bind(1, essayId).execute();
}

void EssayContent::insert(qint64 essayId, const ParsedEssay &essay, const EssayText::Packed *packed)
{
    EssayText::Packed packedHere;
    if (!packed || packed->spans.size() != size_t(essay.blocks.size())) {
        packedHere = EssayText::pack(essay.blocks);
        packed = &packedHere;
    }
    CachedStatement insertText =
        m_db.cached(u"INSERT INTO essay_text (essay_id, packed) VALUES (?1, ?2)");
    insertText->bind(1, essayId)
        .bindBlob(2, std::string_view(packed->bytes.constData(), size_t(packed->bytes.size())))
        .execute();
    CachedStatement insertBlock = m_db.cached(
        u"INSERT INTO block (essay_id, position, line, kind, lang, text_start, text_bytes) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    // The index is written when the essay is stored; in a batch, only when the batch
    // commits, outside every savepoint, because FTS5 flushes its pending index at each
    // savepoint.
    for (qsizetype i = 0; i < essay.blocks.size(); ++i) {
        const Block &block = essay.blocks[i];
        const EssayText::Span span = packed->spans[size_t(i)];
        insertBlock->bind(1, essayId)
            .bind(2, block.index)
            .bind(3, block.line)
            .bind(4, blockKindName(block.kind))
            .bind(5, languageTag(block.language))
            .bind(6, span.start)
            .bind(7, span.bytes);
        insertBlock->execute();
        insertBlock->reset();
    }
    m_pendingIndex.append({essayId, essay.blocks});
    if (!inBatch())
        writePendingIndex();

    replacePairs(essayId, essay.pairs);
}

void EssayContent::writeLanguages(qint64 essayId, const ParsedEssay &essay)
{
    Statement update = m_db.prepare(u"UPDATE essay SET languages = ?2, script = ?3 WHERE id = ?1");
    update.bind(1, essayId)
        .bind(2, languageTagList(essay.languages))
        .bind(3, languageTag(essay.script))
        .execute();
}

QList<qint64> EssayContent::blockIds(qint64 essayId)
{
    QList<qint64> ids;
    CachedStatement statement =
        m_db.cached(u"SELECT id FROM block WHERE essay_id = ?1 ORDER BY position");
    statement->bind(1, essayId);
    while (statement->step())
        ids << statement->int64(0);
    return ids;
}

void EssayContent::replacePairs(qint64 essayId, const QList<Pair> &pairs)
{
    const QList<qint64> ids = blockIds(essayId);
    m_db.cached(u"DELETE FROM pair WHERE essay_id = ?1")->bind(1, essayId).execute();
    CachedStatement insertPair =
        m_db.cached(u"INSERT INTO pair (essay_id, position) VALUES (?1, ?2)");
    CachedStatement insertMember =
        m_db.cached(u"INSERT INTO pair_block (pair_id, block_id, side) VALUES (?1, ?2, ?3)");
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        insertPair->bind(1, essayId).bind(2, qint64(i));
        insertPair->execute();
        insertPair->reset();
        const qint64 pairId = m_db.lastInsertId();
        for (const auto &[indexes, side] :
             {std::pair{pairs[i].english, u"en"}, std::pair{pairs[i].chinese, u"zh"}}) {
            for (int index : indexes) {
                insertMember->bind(1, pairId).bind(2, ids.at(index)).bind(3, QStringView(side));
                insertMember->execute();
                insertMember->reset();
            }
        }
    }
}

} // namespace duizhao
