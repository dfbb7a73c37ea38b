#pragma once

#include "EssayText.h"
#include "ParsedEssay.h"

#include <QSet>
#include <QString>

namespace duizhao {

class AnnotationRepository;
class CorrectionReplay;
class Database;
class EssayContent;
class SiteChrome;
class StructureRules;

// Storing what an import parsed. Each store() is one transaction, or one savepoint inside
// a batch (beginBatch): a crash or kill leaves every essay either whole (blocks and pairs
// as a clean import makes them) or absent. Re-importing a changed file keeps the essay's
// id, its attached translation, the user's corrections and its annotations (re-anchored).
class EssayWriter
{
public:
    enum class StoreStatus { Imported, Updated, Unchanged };
    struct StoreResult {
        StoreStatus status;
        qint64 essayId;
    };

    EssayWriter(Database &db, EssayContent &content, CorrectionReplay &replay,
                AnnotationRepository &annotations, SiteChrome &chrome, StructureRules &rules);

    // Stores a parsed file. Same path and same hash: Unchanged, nothing written.
    // Same path, new hash: Updated in place, keeping the essay id. `packed`, when
    // given, is EssayText::pack(essay.blocks) made off the writing thread (Importer's
    // parse threads); it is used for a new essay, whose blocks are stored as parsed.
    StoreResult store(const QString &file, const QString &sha256, qint64 size,
                      const ParsedEssay &essay, const EssayText::Packed *packed = nullptr);

    // Groups the store() calls that follow into one transaction, up to commitBatch().
    // An import writes megabytes per commit instead of one file, and the blocks of the
    // whole batch enter the full-text index together at commitBatch(): FTS5 then writes
    // a few large segments instead of a small one per file, which was most of what an
    // import cost. Each store() still runs in its own savepoint, so a failed essay leaves
    // nothing behind and the others stay; a crash before commitBatch() loses the
    // uncommitted essays whole. If commitBatch() throws, the whole batch is rolled back.
    // A batch left open is rolled back when the Library is destroyed.
    void beginBatch();
    void commitBatch();
    bool inBatch() const;

    // Replaces an essay's blocks and pairs (user edits applied) and its languages, and
    // finds its annotations again in the new blocks. Inside the caller's transaction.
    void replace(qint64 essayId, const ParsedEssay &essay);

    // Derives the essays again from their stored text, as a re-import of an unchanged
    // file would: parse, attached translation, site chrome, structure rules, the user's
    // corrections; annotations re-anchored. Each essay in its own savepoint (or
    // transaction). What a structure rule or a new essay of the site changed lands here.
    void rederive(const QSet<qint64> &essayIds);
    void rederive(qint64 essayId);

private:
    // What the library decides about a parsed essay beyond the file itself: the site's
    // recurring chrome, then the reader's structure rules; re-pairs when a kind changed.
    bool decide(qint64 essayId, const QString &site, ParsedEssay &essay);
    // The essays whose site chrome changed while storing others.
    void rederiveStale();
    StoreResult storeEssay(const QString &file, const QString &sha256, qint64 size,
                           const ParsedEssay &essay, const EssayText::Packed *packed);

    Database &m_db;
    EssayContent &m_content;
    CorrectionReplay &m_replay;
    AnnotationRepository &m_annotations;
    SiteChrome &m_chrome;
    StructureRules &m_rules;
    QSet<qint64> m_stale; // essays to derive again before the batch (or store) commits
};

} // namespace duizhao
