#include "CorrectionReplay.h"

#include "BlockRefs.h"
#include "Database.h"
#include "EssayParser.h"
#include "Pairer.h"
#include "Statement.h"
#include "TranslationAttacher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace duizhao {

namespace {

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

} // namespace

CorrectionReplay::CorrectionReplay(Database &db)
    : m_db(db)
{}

bool CorrectionReplay::applyKindEdits(qint64 essayId, QList<Block> &blocks,
                                      const QHash<QString, int> &index)
{
    bool applied = false;
    Statement kinds =
        m_db.prepare(u"SELECT block_ref, kind FROM block_kind_edit WHERE essay_id = ?1");
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

ParsedEssay CorrectionReplay::withUserEdits(qint64 essayId, const ParsedEssay &parsed)
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

std::optional<int> CorrectionReplay::attachedFrom(qint64 essayId)
{
    Statement query = m_db.prepare(u"SELECT first_block FROM translation WHERE essay_id = ?1");
    query.bind(1, essayId);
    if (!query.step())
        return std::nullopt;
    return query.int32(0);
}

QList<Pair> CorrectionReplay::automaticPairs(qint64 essayId, QList<Block> &blocks)
{
    if (const std::optional<int> first = attachedFrom(essayId))
        return TranslationAttacher::align(blocks, *first);
    return Pairer::pair(blocks);
}

ParsedEssay CorrectionReplay::withTranslation(qint64 essayId, const ParsedEssay &parsed)
{
    Statement query = m_db.prepare(u"SELECT text FROM translation WHERE essay_id = ?1");
    query.bind(1, essayId);
    if (!query.step())
        return parsed;
    try {
        const ParsedEssay joined =
            TranslationAttacher::attach(parsed, EssayParser().parseText(query.text(0)));
        // The essay's own file may have gained or lost lines.
        Statement update =
            m_db.prepare(u"UPDATE translation SET first_block = ?2 WHERE essay_id = ?1");
        update.bind(1, essayId).bind(2, qint64(parsed.blocks.size())).execute();
        return joined;
    } catch (const std::invalid_argument &) {
        // The file became bilingual itself: its own pairs win, the attachment goes.
        Statement remove = m_db.prepare(u"DELETE FROM translation WHERE essay_id = ?1");
        remove.bind(1, essayId).execute();
        return parsed;
    }
}

} // namespace duizhao
