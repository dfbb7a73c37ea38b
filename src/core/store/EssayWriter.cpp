#include "EssayWriter.h"

#include "AnnotationRepository.h"
#include "CorrectionReplay.h"
#include "Database.h"
#include "DatabaseError.h"
#include "EssayContent.h"

#include <QDateTime>

namespace duizhao {

namespace {

// One essay's writes: a transaction of its own, or a savepoint inside the caller's
// batch. Rolled back unless committed (an exception, or an unchanged file).
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

} // namespace

EssayWriter::EssayWriter(Database &db, EssayContent &content, CorrectionReplay &replay,
                         AnnotationRepository &annotations)
    : m_db(db)
    , m_content(content)
    , m_replay(replay)
    , m_annotations(annotations)
{}

void EssayWriter::beginBatch()
{
    m_content.beginBatch();
}

void EssayWriter::commitBatch()
{
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
        return storeEssay(file, sha256, size, essay, packed);
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

    if (known) {
        m_content.clear(essayId);
        const ParsedEssay joined = m_replay.withTranslation(essayId, essay);
        const ParsedEssay edited = m_replay.withUserEdits(essayId, joined);
        m_content.insert(essayId, edited);
        if (joined.languages != essay.languages)
            m_content.writeLanguages(essayId, joined);
        m_annotations.reanchor(essayId, edited.blocks);
    } else {
        m_content.insert(essayId, essay, packed);
    }
    transaction.commit();
    return {known ? StoreStatus::Updated : StoreStatus::Imported, essayId};
}

void EssayWriter::replace(qint64 essayId, const ParsedEssay &essay)
{
    m_content.clear(essayId);
    const ParsedEssay edited = m_replay.withUserEdits(essayId, essay);
    m_content.insert(essayId, edited);
    m_content.writeLanguages(essayId, edited);
    m_annotations.reanchor(essayId, edited.blocks);
}

} // namespace duizhao
