#pragma once

#include "Block.h"
#include "EssayText.h"
#include "Pair.h"
#include "ParsedEssay.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace duizhao {

class Database;
class Transaction;

// An essay's content as stored: its blocks (text packed once per essay), its pairs, its
// languages, and its rows in the full-text index. Shared by the import's writes
// (EssayWriter) and the user's corrections (Corrections).
//
// Also the open import batch: inside one, the blocks of every essay stored wait for the
// index until commitBatch(), because FTS5 flushes its pending index at each savepoint
// and a few large segments cost far less than one per file.
class EssayContent
{
public:
    explicit EssayContent(Database &db);
    ~EssayContent();

    // `packed`, when given, is EssayText::pack(essay.blocks) made off the writing thread.
    void insert(qint64 essayId, const ParsedEssay &essay,
                const EssayText::Packed *packed = nullptr);
    // Takes an essay's blocks, text and pairs away (and the essay out of the index).
    void clear(qint64 essayId);
    void writeLanguages(qint64 essayId, const ParsedEssay &essay);
    void replacePairs(qint64 essayId, const QList<Pair> &pairs);
    QList<qint64> blockIds(qint64 essayId);

    void beginBatch();
    // Indexes the batch's blocks and commits. If SQLite rolled the batch back already (a
    // full disk), or indexing or COMMIT fails, throws and the whole batch is rolled back.
    void commitBatch();
    bool inBatch() const { return m_batch != nullptr; }
    // Writes the index rows of essays stored but not indexed yet.
    void writePendingIndex();
    // Essays waiting for the index; an essay that fails is cut from the end again.
    qsizetype pendingCount() const { return m_pendingIndex.size(); }
    void dropPendingFrom(qsizetype count) { m_pendingIndex.resize(count); }
    // Why SQLite rolled the open batch back, told by the write that saw it happen.
    void noteBatchFailure(const QString &reason) { m_batchFailure = reason; }

private:
    Database &m_db;
    std::unique_ptr<Transaction> m_batch;
    QList<QPair<qint64, QList<Block>>> m_pendingIndex;
    QString m_batchFailure;
};

} // namespace duizhao
