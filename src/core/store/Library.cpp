#include "Library.h"

#include "DatabaseError.h"
#include "EssayIndex.h"
#include "RowVisitor.h"
#include "SearchCache.h"
#include "SearchShards.h"
#include "Schema.h"
#include "SearchTokenizer.h"

#include <QDir>

#include <utility>
#include <QHash>
#include <QStandardPaths>

#include <sqlite3.h>

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

// Metadata columns read the user's correction first, then what parsing found.
#define DUIZHAO_EDITED(field) \
    "coalesce((SELECT value FROM essay_edit x WHERE x.essay_id = e.id AND x.field = '" field \
    "'), e." field ")"
const QString kSummaryColumns = QStringLiteral(
    "e.id, e.file, e.sha256, e.size, e.encoding, e.encoding_confidence, e.warnings, "
    DUIZHAO_EDITED("title") ", e.title_derived, " DUIZHAO_EDITED("author") ", "
    DUIZHAO_EDITED("outlet") ", " DUIZHAO_EDITED("date") ", " DUIZHAO_EDITED("url") ", "
    "e.languages, e.script, e.imported_at, "
    "e.updated_at, (SELECT count(*) FROM block b WHERE b.essay_id = e.id), "
    "(SELECT count(*) FROM pair p WHERE p.essay_id = e.id), "
    "(SELECT group_concat(field) FROM essay_edit x WHERE x.essay_id = e.id), "
    "EXISTS (SELECT 1 FROM alignment_edit a WHERE a.essay_id = e.id), "
    "(SELECT count(*) FROM annotation n WHERE n.essay_id = e.id)");
#undef DUIZHAO_EDITED

} // namespace

Library::Library(const QString &path)
    : m_db(path)
{
    SearchTokenizer::registerWith(m_db.handle());
    RowVisitor::registerWith(m_db.handle());
    Schema::migrate(m_db);
    // Up to 64 MB of page cache (SQLite's default is 2 MB): a search over a common
    // character reads tens of thousands of index and block pages, and a second search
    // then finds them in memory (a 1-character search on 1,000 essays: ~110 → ~55 ms).
    // Pages are only allocated as they are read.
    m_db.execute(u"PRAGMA cache_size = -65536");
}

Library::~Library() = default;

bool Library::needsUpgrade(const QString &path)
{
    const int version = Schema::fileVersion(path);
    return version > 0 && version < Schema::kCurrentVersion;
}

QString Library::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/library.sqlite");
}

QHash<QString, Library::KnownFile> Library::knownFiles()
{
    QHash<QString, KnownFile> files;
    Statement statement = m_db.prepare(u"SELECT file, id, sha256 FROM essay");
    while (statement.step())
        files.insert(statement.text(0), KnownFile{statement.int64(1), statement.text(2)});
    return files;
}

Library::StoreResult Library::store(const QString &file, const QString &sha256, qint64 size,
                                    const ParsedEssay &essay, const EssayText::Packed *packed)
{
    // An update takes the old blocks out of the index, so essays stored earlier in the
    // batch must be in it first, and written outside this essay's savepoint: rolling
    // this essay back must not take their index with it.
    if (!m_pendingIndex.isEmpty()) {
        bool stored = false;
        {
            CachedStatement known = m_db.cached(u"SELECT 1 FROM essay WHERE file = ?1");
            known->bind(1, file);
            stored = known->step();
        }
        if (stored)
            writePendingIndex();
    }
    const qsizetype pendingBefore = m_pendingIndex.size();
    try {
        return storeEssay(file, sha256, size, essay, packed);
    } catch (const DatabaseError &error) {
        m_pendingIndex.resize(pendingBefore); // this essay's blocks were rolled back
        // Some errors (a full disk) make SQLite roll back the whole batch: keep why, so
        // the essays stored before this one are reported with the real reason.
        if (m_batch && sqlite3_get_autocommit(m_db.handle()))
            m_batchFailure = error.message();
        throw;
    } catch (...) {
        m_pendingIndex.resize(pendingBefore); // this essay's blocks were rolled back
        throw;
    }
}

Library::StoreResult Library::storeEssay(const QString &file, const QString &sha256, qint64 size,
                                         const ParsedEssay &essay, const EssayText::Packed *packed)
{
    EssayWrite transaction(m_db, inBatch());
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
        known ? QStringView(u"UPDATE essay SET sha256 = ?2, size = ?3, encoding = ?4, "
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
        clearContent(essayId);
        const ParsedEssay joined = withTranslation(essayId, essay);
        const ParsedEssay edited = withUserEdits(essayId, joined);
        insertContent(essayId, edited);
        if (joined.languages != essay.languages)
            writeLanguages(essayId, joined);
        reanchorAnnotations(essayId, edited.blocks);
    } else {
        insertContent(essayId, essay, packed);
    }
    transaction.commit();
    return {known ? StoreStatus::Updated : StoreStatus::Imported, essayId};
}

void Library::beginBatch()
{
    if (!m_batch) {
        m_batch = std::make_unique<Transaction>(m_db);
    }
}

void Library::commitBatch()
{
    if (!m_batch)
        return;
    // Moved out first: if indexing or COMMIT fails, the Transaction's destructor rolls
    // the whole batch back, so no essay is left without its index.
    const std::unique_ptr<Transaction> batch = std::move(m_batch);
    if (sqlite3_get_autocommit(m_db.handle())) {
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

void Library::writePendingIndex()
{
    if (m_pendingIndex.isEmpty())
        return;
    EssayIndex index(m_db);
    for (const auto &[essayId, blocks] : std::as_const(m_pendingIndex))
        index.add(essayId, blocks);
    m_pendingIndex.clear();
}

void Library::clearContent(qint64 essayId)
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

void Library::insertContent(qint64 essayId, const ParsedEssay &essay, const EssayText::Packed *packed)
{
    EssayText::Packed packedHere;
    if (!packed || packed->spans.size() != size_t(essay.blocks.size())) {
        packedHere = EssayText::pack(essay.blocks);
        packed = &packedHere;
    }
    CachedStatement insertText = m_db.cached(u"INSERT INTO essay_text (essay_id, packed) VALUES (?1, ?2)");
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

void Library::writeLanguages(qint64 essayId, const ParsedEssay &essay)
{
    Statement update = m_db.prepare(u"UPDATE essay SET languages = ?2, script = ?3 WHERE id = ?1");
    update.bind(1, essayId)
        .bind(2, languageTagList(essay.languages))
        .bind(3, languageTag(essay.script))
        .execute();
}

EssayRecord Library::readSummary(const Statement &row) const
{
    EssayRecord record;
    record.id = row.int64(0);
    record.file = row.text(1);
    record.sha256 = row.text(2);
    record.size = row.int64(3);
    record.encoding = row.text(4);
    record.encodingConfidence = row.int32(5);
    record.warnings = row.text(6).split(u'\n', Qt::SkipEmptyParts);
    record.title = row.text(7);
    record.titleDerived = row.int32(8) != 0 && !row.text(19).contains(QStringLiteral("title"));
    record.author = row.text(9);
    record.outlet = row.text(10);
    record.date = row.text(11);
    record.url = row.text(12);
    record.languages = languagesFromTagList(row.text(13));
    record.script = languageFromTag(row.text(14)).value_or(Language::Undetermined);
    record.importedAt = QDateTime::fromString(row.text(15), Qt::ISODateWithMs);
    record.updatedAt = QDateTime::fromString(row.text(16), Qt::ISODateWithMs);
    record.blockCount = row.int32(17);
    record.pairCount = row.int32(18);
    record.editedFields = row.text(19).split(u',', Qt::SkipEmptyParts);
    record.alignmentEdited = row.int32(20) != 0;
    record.annotationCount = row.int32(21);
    return record;
}

QList<EssayRecord> Library::essays()
{
    QList<EssayRecord> records;
    Statement statement = m_db.prepare(
        QString(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM essay e ORDER BY e.id")));
    while (statement.step())
        records << readSummary(statement);
    return records;
}

std::optional<EssayRecord> Library::essay(qint64 id)
{
    Statement summary = m_db.prepare(QString(
        QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM essay e WHERE e.id = ?1")));
    summary.bind(1, id);
    if (!summary.step())
        return std::nullopt;
    EssayRecord record = readSummary(summary);

    record.blocks = EssayTextReader(m_db).blocks(id);

    Statement pairs = m_db.prepare(
        u"SELECT p.position, pb.side, b.position FROM pair p JOIN pair_block pb ON pb.pair_id = p.id "
        u"JOIN block b ON b.id = pb.block_id WHERE p.essay_id = ?1 ORDER BY p.position, b.position");
    pairs.bind(1, id);
    while (pairs.step()) {
        const int position = pairs.int32(0);
        while (record.pairs.size() <= position)
            record.pairs.append(Pair{});
        Pair &pair = record.pairs[position];
        (pairs.text(1) == u"en" ? pair.english : pair.chinese).append(pairs.int32(2));
    }
    return record;
}

} // namespace duizhao
