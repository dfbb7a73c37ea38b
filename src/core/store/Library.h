#pragma once

#include "Database.h"
#include "EssayRecord.h"
#include "annotate/Annotation.h"
#include "ingest/ParsedEssay.h"
#include "search/SearchQuery.h"
#include "search/SearchResults.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

// The essay library on disk: one SQLite file. Everything the app and CLI read or
// write goes through here; no SQL outside core/store.
//
// Each store operation is one transaction: a crash or kill leaves every essay either
// whole (blocks and pairs as a clean import makes them) or absent.
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
    // Same path, new hash: Updated in place, keeping the essay id.
    StoreResult store(const QString &file, const QString &sha256, qint64 size,
                      const ParsedEssay &essay);

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

    // Annotations (LibraryAnnotations.cpp). Every change is committed at once. Invalid
    // input (unknown essay, a block or span that does not exist, an anchor whose quote
    // is not the text at its position, an unknown verdict) throws std::invalid_argument.
    //
    // Adds and returns the new id. Tags are created in the codebook as needed. When the
    // block is in a pair and no counterpart is given, the pair's other side is recorded.
    qint64 addAnnotation(Annotation annotation);
    // Note, colour, tags, claim type, verdict, counterpart; a new anchor re-attaches an
    // orphaned annotation.
    void updateAnnotation(const Annotation &annotation);
    // Deletes on the user's explicit request and returns what was deleted, so an undo
    // can put it back with restoreAnnotation (same id, same dates).
    std::optional<Annotation> removeAnnotation(qint64 id);
    void restoreAnnotation(const Annotation &annotation);
    std::optional<Annotation> annotation(qint64 id);
    // An essay's annotations (0: the whole library's) in text order.
    QList<Annotation> annotations(qint64 essayId = 0);
    QStringList tagNames();

    // Full-text search over block text (LibrarySearch.cpp). Best essays first.
    SearchResults search(const SearchQuery &query, const SearchOptions &options = {});
    // Rebuilds the full-text index from the stored blocks.
    void reindex();
    // FTS5's own integrity check of the index against the blocks; throws DatabaseError
    // when they disagree.
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

private:
    void insertContent(qint64 essayId, const ParsedEssay &essay);
    // Applies stored kind and alignment corrections to freshly parsed content.
    ParsedEssay withUserEdits(qint64 essayId, const ParsedEssay &parsed);
    // After an update: finds every annotation of the essay again in the new blocks.
    void reanchorAnnotations(qint64 essayId, const QList<Block> &blocks);
    void writeTags(qint64 annotationId, const QStringList &tags);
    void validate(Annotation &annotation, const EssayRecord &essay);
    void replacePairs(qint64 essayId, const QList<Pair> &pairs);
    QList<qint64> blockIds(qint64 essayId);
    EssayRecord readSummary(const Statement &row) const;

    Database m_db;
};

} // namespace duizhao
