#include "EssayWriter.h"

#include "AnnotationRepository.h"
#include "CorrectionReplay.h"
#include "Database.h"
#include "DatabaseError.h"
#include "EssayContent.h"
#include "EssayParser.h"
#include "SiteChrome.h"
#include "Statement.h"
#include "StructureRules.h"

#include <QDateTime>

namespace duizhao {

namespace {

// One essay's writes: a transaction of its own, or a savepoint inside the caller's
// batch or transaction. Rolled back unless committed (an exception, an unchanged file).
class EssayWrite
{
public:
    EssayWrite(Database &db, bool inBatch)
        : m_db(db)
        , m_inBatch(inBatch)
    {
        m_db.cached(m_inBatch ? u"SAVEPOINT essay" : u"BEGIN IMMEDIATE")->execute();
    }
    EssayWrite(const EssayWrite &) = delete;
    EssayWrite &operator=(const EssayWrite &) = delete;
    ~EssayWrite()
    {
        if (!m_open)
            return;
        try {
            m_db.execute(m_inBatch ? u"ROLLBACK TO essay; RELEASE essay" : u"ROLLBACK");
        } catch (...) {
            // SQLite already left the transaction (it rolls back by itself on some
            // errors); nothing left to undo.
        }
    }
    void commit()
    {
        m_db.cached(m_inBatch ? u"RELEASE essay" : u"COMMIT")->execute();
        m_open = false;
    }

private:
    Database &m_db;
    bool m_inBatch;
    bool m_open = true;
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The text a stored essay was parsed from, as far as its blocks keep it: every block's
// text on its own line, blank lines where the file had blank ones. Parsing it again
// gives the same blocks, so what was derived from them can be decided again.
QString textOfBlocks(const QList<Block> &blocks)
{
    QString text;
    int line = 1;
    for (const Block &block : blocks) {
        for (; line < block.line; ++line)
            text += u'\n';
        text += block.text;
    }
    return text;
}

} // namespace

EssayWriter::EssayWriter(Database &db, EssayContent &content, CorrectionReplay &replay,
                         AnnotationRepository &annotations, SiteChrome &chrome,
                         StructureRules &rules)
    : m_db(db)
    , m_content(content)
    , m_replay(replay)
    , m_annotations(annotations)
    , m_chrome(chrome)
    , m_rules(rules)
{}

bool EssayWriter::decide(qint64 essayId, const QString &site, ParsedEssay &essay)
{
    // The title the file gave (not a correction): what tells one article from another.
    QString title;
    {
        CachedStatement row = m_db.cached(u"SELECT title FROM essay WHERE id = ?1");
        row->bind(1, essayId);
        if (row->step())
            title = row->text(0);
    }
    bool changed = m_chrome.apply(essayId, site, title, essay.blocks, &m_stale);
    changed = m_rules.apply(site, essay.blocks) || changed;
    if (changed) {
        essay.pairs = m_replay.automaticPairs(essayId, essay.blocks);
        // The pairer may make an untranslated line a caption; a rule says otherwise.
        m_rules.apply(site, essay.blocks);
        essay.languages = EssayParser::languagesOf(essay.blocks, essay.pairs, essay.script);
    }
    return changed;
}

void EssayWriter::rederive(const QSet<qint64> &essayIds)
{
    for (qint64 essayId : essayIds)
        rederive(essayId);
}

void EssayWriter::rederive(qint64 essayId)
{
    QString site;
    {
        CachedStatement row = m_db.cached(u"SELECT url, outlet FROM essay WHERE id = ?1");
        row->bind(1, essayId);
        if (!row->step())
            return; // deleted meanwhile
        site = SiteChrome::siteOf(row->text(0), row->text(1));
    }
    EssayWrite transaction(m_db, !m_db.isAutocommit());
    QList<Block> own = EssayTextReader(m_db).blocks(essayId);
    if (const std::optional<int> first = m_replay.attachedFrom(essayId))
        own = own.mid(0, *first);
    const ParsedEssay parsed = EssayParser().parseText(textOfBlocks(own));
    m_content.clear(essayId);
    ParsedEssay joined = m_replay.withTranslation(essayId, parsed);
    decide(essayId, site, joined);
    const ParsedEssay edited = m_replay.withUserEdits(essayId, joined);
    m_content.insert(essayId, edited);
    m_content.writeLanguages(essayId, edited);
    m_annotations.reanchor(essayId, edited.blocks);
    transaction.commit();
}

void EssayWriter::rederiveStale()
{
    // Essays stored earlier in a batch must be in the index before one is replaced.
    m_content.writePendingIndex();
    while (!m_stale.isEmpty()) {
        const qint64 essayId = *m_stale.cbegin();
        m_stale.erase(m_stale.cbegin());
        rederive(essayId);
    }
}

void EssayWriter::beginBatch()
{
    m_content.beginBatch();
}

void EssayWriter::commitBatch()
{
    if (m_content.inBatch() && !m_stale.isEmpty() && !m_db.isAutocommit()) {
        try {
            rederiveStale();
        } catch (const DatabaseError &) {
            // The import's own essays are what the batch is for: an earlier essay that
            // could not be decided again keeps its kinds, and commitBatch reports the
            // error if the batch itself is lost.
            m_stale.clear();
        }
    }
    m_content.commitBatch();
}

bool EssayWriter::inBatch() const
{
    return m_content.inBatch();
}

EssayWriter::StoreResult EssayWriter::store(const QString &file, const QString &sha256, qint64 size,
                                            const ParsedEssay &essay,
                                            const EssayText::Packed *packed)
{
    // An update takes the old blocks out of the index, so essays stored earlier in the
    // batch must be in it first, and written outside this essay's savepoint: rolling
    // this essay back must not take their index with it.
    if (m_content.pendingCount() > 0) {
        bool stored = false;
        {
            CachedStatement known = m_db.cached(u"SELECT 1 FROM essay WHERE file = ?1");
            known->bind(1, file);
            stored = known->step();
        }
        if (stored)
            m_content.writePendingIndex();
    }
    const qsizetype pendingBefore = m_content.pendingCount();
    try {
        const StoreResult result = storeEssay(file, sha256, size, essay, packed);
        if (!m_content.inBatch() && !m_stale.isEmpty())
            rederiveStale();
        return result;
    } catch (const DatabaseError &error) {
        m_content.dropPendingFrom(pendingBefore); // this essay's blocks were rolled back
        // Some errors (a full disk) make SQLite roll back the whole batch: keep why, so
        // the essays stored before this one are reported with the real reason.
        if (m_content.inBatch() && m_db.isAutocommit())
            m_content.noteBatchFailure(error.message());
        throw;
    } catch (...) {
        m_content.dropPendingFrom(pendingBefore); // this essay's blocks were rolled back
        throw;
    }
}

EssayWriter::StoreResult EssayWriter::storeEssay(const QString &file, const QString &sha256,
                                                 qint64 size, const ParsedEssay &essay,
                                                 const EssayText::Packed *packed)
{
    EssayWrite transaction(m_db, m_content.inBatch());
    bool known = false;
    qint64 knownId = 0;
    {
        CachedStatement existing = m_db.cached(u"SELECT id, sha256 FROM essay WHERE file = ?1");
        existing->bind(1, file);
        known = existing->step();
        knownId = known ? existing->int64(0) : 0;
        if (known && existing->text(1) == sha256)
            return {StoreStatus::Unchanged, knownId};
    }

    const QString timestamp = now();
    CachedStatement write = m_db.cached(
        known
            ? QStringView(
                  u"UPDATE essay SET sha256 = ?2, size = ?3, encoding = ?4, "
                  u"encoding_confidence = ?5, warnings = ?6, title = ?7, title_derived = ?8, "
                  u"author = ?9, outlet = ?10, date = ?11, url = ?12, languages = ?13, "
                  u"script = ?14, updated_at = ?15 WHERE id = ?1")
            : QStringView(u"INSERT INTO essay (file, sha256, size, encoding, encoding_confidence, "
                          u"warnings, title, title_derived, author, outlet, date, url, languages, "
                          u"script, updated_at, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                          u"?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)"));
    if (known)
        write->bind(1, knownId);
    else
        write->bind(1, file);
    write->bind(2, sha256)
        .bind(3, size)
        .bind(4, essay.encoding)
        .bind(5, essay.encodingConfidence)
        .bind(6, essay.warnings.join(u'\n'))
        .bind(7, essay.title)
        .bind(8, essay.titleDerived ? 1 : 0)
        .bind(9, essay.author)
        .bind(10, essay.outlet)
        .bind(11, essay.date)
        .bind(12, essay.url)
        .bind(13, languageTagList(essay.languages))
        .bind(14, languageTag(essay.script))
        .bind(15, timestamp);
    write->execute();
    const qint64 essayId = known ? knownId : m_db.lastInsertId();

    const QString site = SiteChrome::siteOf(essay.url, essay.outlet);
    if (known) {
        m_content.clear(essayId);
        ParsedEssay joined = m_replay.withTranslation(essayId, essay);
        decide(essayId, site, joined);
        const ParsedEssay edited = m_replay.withUserEdits(essayId, joined);
        m_content.insert(essayId, edited);
        if (joined.languages != essay.languages)
            m_content.writeLanguages(essayId, joined);
        m_annotations.reanchor(essayId, edited.blocks);
    } else {
        ParsedEssay decided = essay;
        if (decide(essayId, site, decided)) {
            m_content.insert(essayId, decided, packed); // the text is the same: still packed
            if (decided.languages != essay.languages)
                m_content.writeLanguages(essayId, decided);
        } else {
            m_content.insert(essayId, essay, packed);
        }
    }
    transaction.commit();
    return {known ? StoreStatus::Updated : StoreStatus::Imported, essayId};
}

void EssayWriter::replace(qint64 essayId, const ParsedEssay &essay)
{
    QString site;
    {
        CachedStatement row = m_db.cached(u"SELECT url, outlet FROM essay WHERE id = ?1");
        row->bind(1, essayId);
        if (row->step())
            site = SiteChrome::siteOf(row->text(0), row->text(1));
    }
    m_content.clear(essayId);
    ParsedEssay decided = essay;
    decide(essayId, site, decided);
    const ParsedEssay edited = m_replay.withUserEdits(essayId, decided);
    m_content.insert(essayId, edited);
    m_content.writeLanguages(essayId, edited);
    m_annotations.reanchor(essayId, edited.blocks);
}

} // namespace duizhao
