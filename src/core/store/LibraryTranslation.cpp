// Library's attached translations: a one-language essay joined with the text of its
// translation from another file, kept so that re-import joins them again.
#include "Library.h"

#include "ingest/EssayParser.h"
#include "ingest/Pairer.h"
#include "ingest/TranslationAttacher.h"

#include <QDateTime>

#include <stdexcept>

namespace duizhao {

std::optional<int> Library::attachedFrom(qint64 essayId)
{
    Statement query = m_db.prepare(u"SELECT first_block FROM translation WHERE essay_id = ?1");
    query.bind(1, essayId);
    if (!query.step())
        return std::nullopt;
    return query.int32(0);
}

std::optional<QString> Library::translationFile(qint64 essayId)
{
    Statement query = m_db.prepare(u"SELECT file FROM translation WHERE essay_id = ?1");
    query.bind(1, essayId);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

QList<Pair> Library::automaticPairs(qint64 essayId, QList<Block> &blocks)
{
    if (const std::optional<int> first = attachedFrom(essayId))
        return TranslationAttacher::align(blocks, *first);
    return Pairer::pair(blocks);
}

ParsedEssay Library::withTranslation(qint64 essayId, const ParsedEssay &parsed)
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

void Library::replaceContent(qint64 essayId, const ParsedEssay &essay)
{
    clearContent(essayId);
    const ParsedEssay edited = withUserEdits(essayId, essay);
    insertContent(essayId, edited);
    writeLanguages(essayId, edited);
    reanchorAnnotations(essayId, edited.blocks);
}

void Library::attachTranslation(qint64 essayId, const QString &file, const QString &sha256,
                                const QString &text)
{
    Transaction transaction(m_db);
    const std::optional<EssayRecord> record = essay(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    if (attachedFrom(essayId))
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
    replaceContent(essayId, joined);
    transaction.commit();
}

void Library::detachTranslation(qint64 essayId)
{
    Transaction transaction(m_db);
    const std::optional<EssayRecord> record = essay(essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    const std::optional<int> first = attachedFrom(essayId);
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
    replaceContent(essayId, own);
    transaction.commit();
}

} // namespace duizhao
