#include "Schema.h"

#include "Database.h"
#include "DatabaseError.h"
#include "EssayIndex.h"
#include "EssayText.h"
#include "LibraryBackups.h"

#include <QFile>

#include <sqlite3.h>

#include <array>
#include <filesystem>
#include <system_error>

namespace duizhao::Schema {

namespace {

// Migration N takes a library from version N to N + 1. Append, never edit.
constexpr std::array<const char16_t *, kCurrentVersion> kMigrations{{
    // 0 → 1: essays, blocks and stand-off pairs.
    uR"(
CREATE TABLE essay (
    id                  INTEGER PRIMARY KEY,
    file                TEXT NOT NULL UNIQUE,
    sha256              TEXT NOT NULL,
    size                INTEGER NOT NULL,
    encoding            TEXT NOT NULL,
    encoding_confidence INTEGER NOT NULL,
    warnings            TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    title_derived       INTEGER NOT NULL DEFAULT 0,
    author              TEXT NOT NULL DEFAULT '',
    outlet              TEXT NOT NULL DEFAULT '',
    date                TEXT NOT NULL DEFAULT '',
    url                 TEXT NOT NULL DEFAULT '',
    languages           TEXT NOT NULL DEFAULT '',
    script              TEXT NOT NULL DEFAULT 'und',
    imported_at         TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE TABLE block (
    id       INTEGER PRIMARY KEY,
    essay_id INTEGER NOT NULL REFERENCES essay(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    line     INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    lang     TEXT NOT NULL,
    text     TEXT NOT NULL,
    UNIQUE (essay_id, position)
);
CREATE TABLE pair (
    id       INTEGER PRIMARY KEY,
    essay_id INTEGER NOT NULL REFERENCES essay(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    UNIQUE (essay_id, position)
);
CREATE TABLE pair_block (
    pair_id  INTEGER NOT NULL REFERENCES pair(id) ON DELETE CASCADE,
    block_id INTEGER NOT NULL REFERENCES block(id) ON DELETE CASCADE,
    side     TEXT NOT NULL CHECK (side IN ('en', 'zh')),
    PRIMARY KEY (pair_id, block_id)
);
CREATE INDEX pair_block_by_block ON pair_block(block_id);
)",
    // 1 → 2: full-text index over block text (external content: the text is stored
    // once, in block). Triggers keep it in step with every insert, update and delete.
    uR"(
CREATE VIRTUAL TABLE block_fts USING fts5(
    text, content = 'block', content_rowid = 'id', tokenize = 'porter duizhao'
);
CREATE TRIGGER block_fts_after_insert AFTER INSERT ON block BEGIN
    INSERT INTO block_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER block_fts_after_delete AFTER DELETE ON block BEGIN
    INSERT INTO block_fts (block_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER block_fts_after_update AFTER UPDATE OF text ON block BEGIN
    INSERT INTO block_fts (block_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO block_fts (rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO block_fts (block_fts) VALUES ('rebuild');
)",
    // 2 → 3: the user's corrections, stand-off so that re-import keeps them. Blocks are
    // named by BlockRefs (hash of text + occurrence), never by position or id.
    uR"(
CREATE TABLE essay_edit (
    essay_id  INTEGER NOT NULL REFERENCES essay(id) ON DELETE CASCADE,
    field     TEXT NOT NULL CHECK (field IN ('title', 'author', 'outlet', 'date', 'url')),
    value     TEXT NOT NULL,
    edited_at TEXT NOT NULL,
    PRIMARY KEY (essay_id, field)
);
CREATE TABLE block_kind_edit (
    essay_id  INTEGER NOT NULL REFERENCES essay(id) ON DELETE CASCADE,
    block_ref TEXT NOT NULL,
    kind      TEXT NOT NULL,
    edited_at TEXT NOT NULL,
    PRIMARY KEY (essay_id, block_ref)
);
CREATE TABLE alignment_edit (
    essay_id  INTEGER PRIMARY KEY REFERENCES essay(id) ON DELETE CASCADE,
    pairs     TEXT NOT NULL,
    edited_at TEXT NOT NULL
);
)",
    // 3 → 4: annotations and the tag codebook. Annotations point at an essay and a
    // block position, not at block rows: blocks are replaced on re-import and the
    // annotations re-anchored, never cascaded away. An essay with annotations cannot be
    // deleted (RESTRICT).
    uR"(
CREATE TABLE annotation (
    id                INTEGER PRIMARY KEY,
    essay_id          INTEGER NOT NULL REFERENCES essay(id) ON DELETE RESTRICT,
    block             INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    quote             TEXT NOT NULL,
    prefix            TEXT NOT NULL DEFAULT '',
    suffix            TEXT NOT NULL DEFAULT '',
    counterpart_block INTEGER NOT NULL DEFAULT -1,
    counterpart_quote TEXT NOT NULL DEFAULT '',
    color             TEXT NOT NULL DEFAULT '#ffd54f',
    note              TEXT NOT NULL DEFAULT '',
    claim_type        TEXT NOT NULL DEFAULT '',
    verdict           TEXT NOT NULL DEFAULT '',
    orphaned          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    modified_at       TEXT NOT NULL
);
CREATE INDEX annotation_by_essay ON annotation(essay_id, block, start);
CREATE TABLE tag (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    parent_id   INTEGER REFERENCES tag(id) ON DELETE SET NULL
);
CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag(id) ON DELETE RESTRICT,
    PRIMARY KEY (annotation_id, tag_id)
);
)",
    // 4 → 5: a translation the user attached to a one-language essay, kept as decoded
    // text so a re-import of the essay's own file joins it again (see
    // TranslationAttacher). Its blocks follow the essay's own, from first_block on.
    uR"(
CREATE TABLE translation (
    essay_id    INTEGER PRIMARY KEY REFERENCES essay(id) ON DELETE CASCADE,
    file        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    text        TEXT NOT NULL,
    first_block INTEGER NOT NULL,
    attached_at TEXT NOT NULL
);
)",
    // 5 → 6: import speed. Blocks enter the full-text index from Library::store, no
    // longer from a trigger: a trigger that writes to an FTS5 table makes every INSERT
    // INTO block a statement transaction, and FTS5 (SQLite 3.40) flushes its pending
    // index at every savepoint, so each block became a tiny index segment to be merged
    // again and again. And the tokenizer stems words itself ('duizhao stem'), so CJK
    // tokens no longer pass through a porter wrapper. Same tokens, same queries. The
    // pending index may grow to 32 MB before FTS5 flushes it (default 1 MB), so that a
    // batch of essays (Library::beginBatch) becomes one segment.
    uR"(
DROP TRIGGER block_fts_after_insert;
DROP TRIGGER block_fts_after_delete;
DROP TRIGGER block_fts_after_update;
DROP TABLE block_fts;
CREATE VIRTUAL TABLE block_fts USING fts5(
    text, content = 'block', content_rowid = 'id', tokenize = 'duizhao stem'
);
CREATE TRIGGER block_fts_after_delete AFTER DELETE ON block BEGIN
    INSERT INTO block_fts (block_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER block_fts_after_update AFTER UPDATE OF text ON block BEGIN
    INSERT INTO block_fts (block_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO block_fts (rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO block_fts (block_fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO block_fts (block_fts) VALUES ('rebuild');
)",
    // 6 → 7: search speed. The index holds one row per essay instead of one per block
    // (EssayIndex says why), contentless (the text stays stored once, in block) and
    // without FTS5's per-row sizes (essay_search keeps the length ranking needs and where
    // each block starts). Filled from the stored blocks right after (rebuildSearchIndex).
    uR"(
DROP TRIGGER block_fts_after_delete;
DROP TRIGGER block_fts_after_update;
DROP TABLE block_fts;
CREATE VIRTUAL TABLE essay_fts USING fts5(
    title, heading, body, boilerplate, content = '', columnsize = 0, tokenize = 'duizhao stem'
);
INSERT INTO essay_fts (essay_fts, rank) VALUES ('hashsize', 33554432);
CREATE TABLE essay_search (
    essay_id INTEGER PRIMARY KEY REFERENCES essay(id) ON DELETE CASCADE,
    tokens   INTEGER NOT NULL,
    layout   BLOB NOT NULL
);
)",
    // 7 → 8: size on disk. The blocks' text is stored once per essay, compressed, in
    // essay_text (EssayText says why); the block rows say where theirs lies. The index
    // puts body first (EssayIndex says why). The text is packed from the old column
    // and the index rebuilt right after (packStoredText, then EssayIndex::rebuild).
    uR"(
DROP TABLE essay_fts;
CREATE VIRTUAL TABLE essay_fts USING fts5(
    body, title, heading, boilerplate, content = '', columnsize = 0, tokenize = 'duizhao stem'
);
INSERT INTO essay_fts (essay_fts, rank) VALUES ('hashsize', 33554432);
DELETE FROM essay_search;
CREATE TABLE essay_text (
    essay_id INTEGER PRIMARY KEY REFERENCES essay(id) ON DELETE CASCADE,
    packed   BLOB NOT NULL
);
ALTER TABLE block ADD COLUMN text_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE block ADD COLUMN text_bytes INTEGER NOT NULL DEFAULT 0;
)",
    // 8 → 9: structure that is decided again. The rules a reader teaches the importer
    // (StructureRules), and each essay's short lines by site (SiteChrome), which find the
    // chrome a site repeats on every page. Essays imported before 9 are counted when
    // they are next imported.
    uR"(
CREATE TABLE structure_rule (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL,
    match      TEXT NOT NULL CHECK (match IN ('exact', 'digits')),
    site       TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (text, match, site)
);
CREATE TABLE essay_line (
    essay_id INTEGER NOT NULL REFERENCES essay(id) ON DELETE CASCADE,
    site     TEXT NOT NULL,
    key      INTEGER NOT NULL,
    title    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (essay_id, key)
);
CREATE INDEX essay_line_by_site ON essay_line (site, key);
)",
    // 9 → 10: the glossary, a term base of English ↔ Chinese pairs (GlossaryRepository).
    uR"(
CREATE TABLE glossary_term (
    id         INTEGER PRIMARY KEY,
    english    TEXT NOT NULL,
    chinese    TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (english, chinese)
);
)",
}};

// Moves the text of every block from block.text into essay_text, essay by essay, then
// drops the old column.
void packStoredText(Database &db)
{
    Statement blocks =
        db.prepare(u"SELECT essay_id, id, text FROM block ORDER BY essay_id, position");
    Statement insertText = db.prepare(u"INSERT INTO essay_text (essay_id, packed) VALUES (?1, ?2)");
    Statement setSpan =
        db.prepare(u"UPDATE block SET text_start = ?2, text_bytes = ?3 WHERE id = ?1");
    qint64 essayId = 0;
    QList<qint64> blockIds;
    QList<Block> essayBlocks;
    const auto flush = [&] {
        if (essayId == 0)
            return;
        const EssayText::Packed packed = EssayText::pack(essayBlocks);
        insertText.bind(1, essayId)
            .bindBlob(2, std::string_view(packed.bytes.constData(), size_t(packed.bytes.size())))
            .execute();
        insertText.reset();
        for (qsizetype i = 0; i < blockIds.size(); ++i) {
            setSpan.bind(1, blockIds[i])
                .bind(2, packed.spans[size_t(i)].start)
                .bind(3, packed.spans[size_t(i)].bytes);
            setSpan.execute();
            setSpan.reset();
        }
        blockIds.clear();
        essayBlocks.clear();
    };
    while (blocks.step()) {
        if (blocks.int64(0) != essayId) {
            flush();
            essayId = blocks.int64(0);
        }
        blockIds << blocks.int64(1);
        Block block;
        block.text = blocks.text(2);
        essayBlocks << block;
    }
    flush();
    // Essays whose every block was lost still get their (empty) text row.
    db.execute(u"INSERT INTO essay_text (essay_id, packed) SELECT id, X'00000000' FROM essay "
               u"WHERE id NOT IN (SELECT essay_id FROM essay_text); "
               u"ALTER TABLE block DROP COLUMN text;");
}

// Work a migration needs beyond SQL, run in the same transaction right after it.
void afterMigration(Database &db, int toVersion)
{
    // Version 7's index is built again at 8, in its new column order, from the text as
    // 8 stores it.
    if (toVersion == 8) {
        packStoredText(db);
        EssayIndex(db).rebuild();
    }
}

// What the file says about itself, read in one statement so that all three come from
// the same snapshot: another process creating the library at this moment cannot make a
// half-read ("tables but version 0") look like a foreign database.
struct FileIdentity {
    int version = 0;
    int applicationId = 0;
    bool hasTables = false;
};

FileIdentity identify(Database &db)
{
    Statement statement = db.prepare(u"SELECT (SELECT user_version FROM pragma_user_version), "
                                     u"(SELECT application_id FROM pragma_application_id), "
                                     u"(SELECT count(*) FROM sqlite_schema WHERE type = 'table')");
    FileIdentity identity;
    if (statement.step()) {
        identity.version = statement.int32(0);
        identity.applicationId = statement.int32(1);
        identity.hasTables = statement.int64(2) > 0;
    }
    return identity;
}

// Before a migration: a backup in the library's backup folder (listed by Restore, never
// rotated away), also reachable as "<file>.v<N>.bak" beside the library (a hard link: the
// same file, no second copy), where earlier versions put it and where a user who knows
// them looks.
void backUp(Database &db, int version)
{
    const QString backup = LibraryBackups(db.path()).create(db, BackupInfo::Kind::Upgrade, version);
    const QString old = db.path() + QStringLiteral(".v%1.bak").arg(version);
    QFile::remove(old);
    std::error_code error;
    std::filesystem::create_hard_link(std::filesystem::path(backup.toStdU16String()),
                                      std::filesystem::path(old.toStdU16String()), error);
    if (error && !QFile::copy(backup, old))
        throw DatabaseError(QStringLiteral("cannot write the backup %1").arg(old), 0);
}

} // namespace

void migrate(Database &db, int targetVersion)
{
    const FileIdentity identity = identify(db);
    int version = identity.version;
    if (version > kCurrentVersion) {
        throw DatabaseError(
            QStringLiteral("this library was written by a newer Duizhao (schema %1; this version "
                           "reads up to %2); open it with that version")
                .arg(version)
                .arg(kCurrentVersion),
            0);
    }
    if (version == 0 && identity.hasTables) {
        throw DatabaseError(QStringLiteral("not a Duizhao library: the file is an SQLite database "
                                           "of another program"),
                            0);
    }
    if (version > 0 && identity.applicationId != kApplicationId)
        throw DatabaseError(QStringLiteral("not a Duizhao library (foreign application id)"), 0);
    if (version >= targetVersion)
        return;
    if (db.isReadOnly()) {
        throw DatabaseError(
            version == 0
                ? QStringLiteral("the file is not a Duizhao library (empty), and a read-only "
                                 "library cannot be set up")
                : QStringLiteral("this library (schema %1) needs an upgrade to schema %2 before "
                                 "this version can read it, and it is read-only; open it once "
                                 "with write access, or open a writable copy")
                      .arg(version)
                      .arg(kCurrentVersion),
            SQLITE_READONLY);
    }
    if (version > 0)
        backUp(db, version);
    for (; version < targetVersion; ++version) {
        Transaction transaction(db);
        // Another process may have migrated while this one waited for the write lock.
        if (db.userVersion() > version)
            continue;
        db.execute(QStringView(kMigrations[size_t(version)]));
        afterMigration(db, version + 1);
        db.execute(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                       .arg(kApplicationId)
                       .arg(version + 1));
        transaction.commit();
    }
}

int fileVersion(const QString &path)
{
    return Database::peekUserVersion(path);
}

} // namespace duizhao::Schema
