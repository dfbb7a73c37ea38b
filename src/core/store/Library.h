#pragma once

#include "AnnotationRepository.h"
#include "Corrections.h"
#include "Database.h"
#include "EssayCatalog.h"
#include "EssayWriter.h"
#include "GlossaryRepository.h"
#include "LibraryBackups.h"
#include "Maintenance.h"
#include "SearchEngine.h"
#include "StructureRules.h"
#include "TagCodebook.h"

#include <QString>

#include <memory>

namespace duizhao {

class CorrectionReplay;
class EssayContent;
class SiteChrome;

// The essay library on disk: one SQLite file, opened (created if needed) and migrated.
// A short facade over the repositories that share its connection; everything the app
// and the CLI read or write goes through one of them, and no SQL lives outside the
// store and the layers below it.
//
//   essays()       read essays back: listing, details, full text (EssayCatalog)
//   writer()       store what an import parsed, in batches (EssayWriter)
//   corrections()  metadata, block kinds, alignment, attached translations (Corrections)
//   annotations()  highlights, notes and claims (AnnotationRepository)
//   tags()         the tag codebook (TagCodebook)
//   glossary()     the EN ↔ ZH term base (GlossaryRepository)
//   rules()        the structure rules the reader taught (StructureRules; apply them to
//                  the library's essays with writer().rederive, or StructureTeacher)
//   search()       full-text search and its index (SearchEngine)
//   maintenance()  integrity and change detection (Maintenance)
//
// A Library is one connection: use it from one thread at a time. Workers open their own.
class Library
{
public:
    // Throws DatabaseError with a message fit for the user when the file is damaged,
    // foreign or from a newer version.
    explicit Library(const QString &path, const DatabaseOptions &options = {});
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Whether opening the library at `path` will migrate it from an older schema: a step
    // that can take a minute on a large library (its text is rewritten and its index
    // rebuilt), which a front end should say is happening.
    static bool needsUpgrade(const QString &path);
    // Where the library lives when the user names none: the platform's app-data folder.
    static QString defaultPath();

    QString path() const { return m_db.path(); }
    // Opened for reading only (DatabaseOptions::readOnly, or the file or its folder is not
    // writable): reading, search and export work; every write is refused with a
    // DatabaseError whose isReadOnly() is true.
    bool isReadOnly() const { return m_db.isReadOnly(); }
    // Throws DatabaseError::readOnly(what) when the library is read-only: front ends
    // call it before a change, so the refusal names the change.
    void requireWritable(const QString &what) const;

    // The library's backups (LibraryBackups: the "backups" folder beside the file).
    LibraryBackups backups() const { return LibraryBackups(path()); }
    // A backup now, in the backup folder; returns its path.
    QString backUp(BackupInfo::Kind kind = BackupInfo::Kind::Manual);
    // A backup to a file of the caller's choosing.
    void backUpTo(const QString &file);
    // The day's automatic backup if none was made today (and then rotation); returns the
    // new file or empty. A read-only library is not backed up (it cannot change).
    QString dailyBackup(const BackupPolicy &policy = {});
    // One transaction over several repositories' writes (each of which then runs in a
    // savepoint of it): committed by commit(), rolled back when it goes out of scope.
    Transaction transaction() { return Transaction(m_db); }

    EssayCatalog &essays() { return m_catalog; }
    EssayWriter &writer() { return m_writer; }
    Corrections &corrections() { return m_corrections; }
    AnnotationRepository &annotations() { return m_annotations; }
    TagCodebook &tags() { return m_tags; }
    GlossaryRepository &glossary() { return m_glossary; }
    StructureRules &rules() { return m_rules; }
    SearchEngine &search() { return m_search; }
    Maintenance &maintenance() { return m_maintenance; }

private:
    // Declaration order is construction order: the connection first, the search engine
    // (which registers the tokenizer a migration's reindex needs) before the migration.
    Database m_db;
    SearchEngine m_search;
    EssayCatalog m_catalog;
    std::unique_ptr<EssayContent> m_content;
    std::unique_ptr<CorrectionReplay> m_replay;
    std::unique_ptr<SiteChrome> m_chrome;
    StructureRules m_rules;
    AnnotationRepository m_annotations;
    EssayWriter m_writer;
    Corrections m_corrections;
    TagCodebook m_tags;
    GlossaryRepository m_glossary;
    Maintenance m_maintenance;
};

} // namespace duizhao
