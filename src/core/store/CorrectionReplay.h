#pragma once

#include "Block.h"
#include "Pair.h"
#include "ParsedEssay.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

class Database;

// The user's stored corrections put back on freshly parsed content: an attached
// translation joined again, the block kinds the user chose, the user's alignment. Each
// correction names blocks by BlockRefs, so it survives lines added or removed elsewhere;
// one whose blocks are gone is kept but not applied.
class CorrectionReplay
{
public:
    explicit CorrectionReplay(Database &db);

    // A freshly parsed essay joined with its attached translation, if it has one. When
    // the file has become bilingual itself, its own pairs win and the attachment goes.
    ParsedEssay withTranslation(qint64 essayId, const ParsedEssay &parsed);
    // Stored kind and alignment corrections applied to freshly parsed content.
    ParsedEssay withUserEdits(qint64 essayId, const ParsedEssay &parsed);
    // The automatic alignment of an essay's blocks: Pairer for a file that interleaves
    // its languages (it may turn untranslated lines into captions), the length aligner
    // for an essay with an attached translation.
    QList<Pair> automaticPairs(qint64 essayId, QList<Block> &blocks);
    // Sets the kinds the user chose on `blocks` (found by BlockRefs `index`); true if any.
    bool applyKindEdits(qint64 essayId, QList<Block> &blocks, const QHash<QString, int> &index);
    // Where an attached translation's blocks start; nullopt without one.
    std::optional<int> attachedFrom(qint64 essayId);

private:
    Database &m_db;
};

} // namespace duizhao
