#pragma once

#include "Database.h"
#include "EssayRecord.h"
#include "EssayText.h"
#include "annotate/Annotation.h"
#include "annotate/Tag.h"
#include "ingest/ParsedEssay.h"
#include "search/SearchQuery.h"
#include "search/SearchResults.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace duizhao {

struct SearchCache;
class SearchShards;

// The essay library on disk: one SQLite file. Everything the app and CLI read or
// write goes through here; no SQL outside core/store.
//
// Each store operation is one transaction, or one savepoint inside a batch (see
// beginBatch): a crash or kill leaves every essay either whole (blocks and pairs as a
// clean import makes them) or absent.
class Library
{
public:
    // Metadata a user can correct; a correction overrides what parsing found and
    // survives re-import.
    enum class MetadataField { Title, Author, Outlet, Date, Url };
    static QString metadataFieldName(MetadataField field);
    static std::optional<MetadataField> metadataFieldFromName(QStringView name);

    enum class StoreStatus { Imported, Updated, Unchanged };
    struct StoreResult {
        StoreStatus status;
        qint64 essayId;
    };

    // Opens (creating if needed) and migrates. Throws DatabaseError with a message
    // fit for the user when the file is damaged, foreign or from a newer version.
    explicit Library(const QString &path);
    ~Library();

    // Whether opening the library at `path` will migrate it from an older schema: a step
    // that can take a minute on a large library (its text is rewritten and its index
    // rebuilt), which a front end should say is happening.
    static bool needsUpgrade(const QString &path);

    // Where the library lives when the user names none: the platform's app-data folder.
    static QString defaultPath();

    QString path() const { return m_db.path(); }

    struct KnownFile {
        qint64 id = 0;
        QString sha256;
    };
    // Every essay's id and content hash by file path: lets an import skip unchanged
    // files without parsing them.
    QHash<QString, KnownFile> knownFiles();

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
    bool inBatch() const { return m_batch != nullptr; }

    QList<EssayRecord> essays();
    std::optional<EssayRecord> essay(qint64 id);

    // User corrections (LibraryEdits.cpp). Each is one transaction, is kept apart from
    // what parsing found, and is applied again when the file is re-imported. Invalid
    // arguments (unknown essay, block index out of range, a block in two pairs) throw
    // std::invalid_argument; nothing is written then.
    //
    // `value` nullopt: back to the value parsing found.
    void setMetadata(qint64 essayId, MetadataField field, const std::optional<QString> &value);
    // "This is not a footer": re-classifies one block and re-pairs the essay (unless the
    // user has corrected its alignment, which is then kept).
    void setBlockKind(qint64 essayId, int blockIndex, BlockKind kind);
    // Replaces the essay's alignment with the user's (see AlignmentEditor for the edits).
    void setAlignment(qint64 essayId, const QList<Pair> &pairs);
    // Drops the user's alignment; the automatic one comes back.
    void resetAlignment(qint64 essayId);

    // Attached translations (LibraryTranslation.cpp). For a one-language essay, the text
    // of its translation in a separate file (decoded by the caller): the translation's
    // blocks are added after the essay's own and the two aligned by length
    // (TranslationAttacher). Kept in the library, so re-importing the essay's own file
    // joins it again; the user's corrections apply to the joined essay as to any other.
    // Throws std::invalid_argument for an unknown essay, an essay that is bilingual or
    // already has a translation, or a translation in the wrong language.
    void attachTranslation(qint64 essayId, const QString &file, const QString &sha256,
                           const QString &text);
    // Back to the essay's own blocks; annotations on the translation become orphaned.
    void detachTranslation(qint64 essayId);
    // The attached translation's file, if any.
    std::optional<QString> translationFile(qint64 essayId);

    // Annotations (LibraryAnnotations.cpp). Every change is committed at once. Invalid
    // input (unknown essay, a block or span that does not exist, an anchor whose quote
    // is not the text at its position, an unknown verdict) throws std::invalid_argument.
    //
    // Adds and returns the new id. Tags are created in the codebook as needed. When the
    // block is in a pair and no counterpart is given, the pair's other side is recorded.
    // Valid created/modified dates are kept (an imported annotation keeps its history);
    // invalid ones become now.
    qint64 addAnnotation(Annotation annotation);
    // Note, colour, tags, claim type, verdict, counterpart. A new anchor position — or,
    // for an orphaned annotation, `orphaned` set to false — re-attaches it there (quote
    // and context taken from the text at that position).
    void updateAnnotation(const Annotation &annotation);
    // Deletes on the user's explicit request and returns what was deleted, so an undo
    // can put it back with restoreAnnotation (same id, same dates).
    std::optional<Annotation> removeAnnotation(qint64 id);
    // Writes the annotation exactly as given (id, anchor, orphaned flag, dates, tags),
    // replacing one with the same id if there is one: undo and redo put back snapshots.
    void restoreAnnotation(const Annotation &annotation);
    std::optional<Annotation> annotation(qint64 id);
    // An essay's annotations (0: the whole library's) in text order.
    QList<Annotation> annotations(qint64 essayId = 0);
    QStringList tagNames();

    // The tag codebook (LibraryTags.cpp). Names are trimmed, non-empty and unique
    // regardless of case; colours are "#rrggbb" or empty; a parent must exist and must
    // not be the tag itself or one of its descendants. Invalid input throws
    // std::invalid_argument and writes nothing. No operation here deletes an annotation.
    //
    // Every tag, by name, with its usage count.
    QList<Tag> tags();
    std::optional<Tag> tag(qint64 id);
    std::optional<Tag> tagNamed(const QString &name);
    qint64 createTag(Tag tag);
    // Rename (refused when another tag has the name; a change of case is a rename),
    // colour, description, parent.
    void updateTag(const Tag &tag);
    // Merges `from` into `into`: every annotation tagged `from` is tagged `into`, `from`
    // is deleted and its child tags move under `into`. Returns the number of annotations
    // that carried `from`.
    int mergeTags(qint64 from, qint64 into);
    // Deletes a tag; child tags move up to its parent. With RefuseWhenUsed and
    // annotations carrying it, throws std::invalid_argument (nothing deleted); with
    // RemoveFromAnnotations they lose the tag and keep everything else. Returns the
    // number of annotations untagged.
    int deleteTag(qint64 id, TagDeletion policy);

    // Full-text search over block text (LibrarySearch.cpp). Best essays first; a query
    // is satisfied by a block (AND and NOT hold within one), an essay is listed once
    // with its best block.
    SearchResults search(const SearchQuery &query, const SearchOptions &options = {});
    // Rebuilds the full-text index from the stored blocks.
    void reindex();
    // The index checked: FTS5's structural check, and every essay indexed with the
    // blocks it has; throws DatabaseError (damage) when they disagree.
    void checkIndex();

    // Health (LibraryIntegrity.cpp). Everything wrong with the file, one line each; empty
    // when it is sound: SQLite's integrity_check (pages, indexes), foreign keys, the
    // full-text index against the blocks, and the library's own invariant that every
    // essay has its blocks. Reads the whole file: seconds for a large library.
    QStringList checkIntegrity();
    // A number that changes whenever another connection commits to the library (the CLI
    // importing while the app is open). Costs one read of a counter SQLite keeps in
    // memory; poll it to notice external changes.
    qint64 dataVersion();

    // ---- The library list (LibraryListing.cpp) ----
    // Every essay's summary as a library table shows it, in id order, read in one pass
    // without essays()' per-essay subqueries: id, file, warnings, title, titleDerived,
    // author, outlet, date, url when corrected, languages, script, block / pair /
    // annotation counts, editedFields. Left empty: sha256, size, encoding, import and
    // update dates, alignmentEdited (Library::essay has them all).
    QList<EssayRecord> essayListing();
    // Title (as corrected) by essay id, for the essays named; unknown ids are left out.
    QHash<qint64, QString> essayTitles(const QList<qint64> &essayIds);

private:
    StoreResult storeEssay(const QString &file, const QString &sha256, qint64 size,
                           const ParsedEssay &essay, const EssayText::Packed *packed);
    void insertContent(qint64 essayId, const ParsedEssay &essay, const EssayText::Packed *packed = nullptr);
    // Replaces an essay's blocks and pairs (user edits applied) and its languages.
    void replaceContent(qint64 essayId, const ParsedEssay &essay);
    void writeLanguages(qint64 essayId, const ParsedEssay &essay);
    // Where an attached translation's blocks start; nullopt without one.
    std::optional<int> attachedFrom(qint64 essayId);
    // A freshly parsed essay joined with its attached translation, if it has one.
    ParsedEssay withTranslation(qint64 essayId, const ParsedEssay &parsed);
    // The automatic alignment of an essay's blocks: Pairer for a file that interleaves
    // its languages (it may turn untranslated lines into captions), the length aligner
    // for an essay with an attached translation.
    QList<Pair> automaticPairs(qint64 essayId, QList<Block> &blocks);
    // Sets the kinds the user chose on `blocks` (found by BlockRefs `index`); true if any.
    bool applyKindEdits(qint64 essayId, QList<Block> &blocks, const QHash<QString, int> &index);
    // Applies stored kind and alignment corrections to freshly parsed content.
    ParsedEssay withUserEdits(qint64 essayId, const ParsedEssay &parsed);
    // After an update: finds every annotation of the essay again in the new blocks.
    void reanchorAnnotations(qint64 essayId, const QList<Block> &blocks);
    void writeTags(qint64 annotationId, const QStringList &tags);
    void validateTag(Tag &tag);
    int tagUsage(qint64 tagId);
    void validate(Annotation &annotation, const EssayRecord &essay);
    void replacePairs(qint64 essayId, const QList<Pair> &pairs);
    QList<qint64> blockIds(qint64 essayId);
    EssayRecord readSummary(const Statement &row) const;

    // Essays stored but not yet indexed: (essay id, blocks).
    void writePendingIndex();
    // Takes an essay's blocks, text and pairs away (and the essay out of the index).
    void clearContent(qint64 essayId);

    Database m_db;
    std::unique_ptr<Transaction> m_batch;
    QList<QPair<qint64, QList<Block>>> m_pendingIndex;
    QString m_batchFailure; // why SQLite rolled the open batch back, if it did
    bool m_searchMapped = false; // search() has turned on memory-mapped reads
    std::unique_ptr<SearchCache> m_searchCache;
    std::unique_ptr<SearchShards> m_searchShards;
    // The cache, refilled first if the library changed since it was filled.
    SearchCache &searchCache();
};

} // namespace duizhao
