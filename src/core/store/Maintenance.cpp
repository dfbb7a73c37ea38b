#include "Maintenance.h"

#include "Database.h"
#include "DatabaseError.h"
#include "EssayText.h"
#include "SearchEngine.h"
#include "Statement.h"

namespace duizhao {

Maintenance::Maintenance(Database &db, SearchEngine &search)
    : m_db(db)
    , m_search(search)
{}

QStringList Maintenance::checkIntegrity()
{
    QStringList problems;
    Statement pages = m_db.prepare(u"PRAGMA integrity_check");
    while (pages.step()) {
        const QString line = pages.text(0);
        if (line != u"ok")
            problems << QStringLiteral("integrity_check: ") + line;
    }

    Statement keys = m_db.prepare(u"PRAGMA foreign_key_check");
    while (keys.step()) {
        problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3 row")
                        .arg(keys.text(0))
                        .arg(keys.int64(1))
                        .arg(keys.text(2));
    }

    // Each essay is stored with its blocks in one transaction; an essay without blocks
    // would be a write that stopped halfway.
    Statement empty = m_db.prepare(u"SELECT e.id, e.file FROM essay e WHERE NOT EXISTS (SELECT 1 "
                                   u"FROM block b WHERE b.essay_id = e.id)");
    while (empty.step())
        problems
            << QStringLiteral("essay %1 (%2) has no blocks").arg(empty.int64(0)).arg(empty.text(1));

    // Every block's text lies within its essay's stored text, and that text inflates.
    Statement spans = m_db.prepare(u"SELECT essay_id, min(text_start), max(text_start + "
                                   u"text_bytes), min(text_bytes) FROM block GROUP BY essay_id");
    EssayTextReader texts(m_db);
    while (spans.step()) {
        const qint64 essayId = spans.int64(0);
        try {
            const QByteArray &text = texts.essay(essayId);
            if (spans.int64(1) < 0 || spans.int64(3) < 0 || spans.int64(2) > text.size())
                problems << QStringLiteral("essay %1: a block lies outside the stored text")
                                .arg(essayId);
        } catch (const DatabaseError &error) {
            if (!error.isDamage())
                throw;
            problems << error.message();
        }
    }

    // FTS5's integrity-check is run as an INSERT, which a read-only connection refuses:
    // a read-only library is checked without it (the CLI's check says so).
    if (m_db.isReadOnly())
        return problems;
    try {
        m_search.checkIndex();
    } catch (const DatabaseError &error) {
        // FTS5 reports a mismatch as SQLITE_CORRUPT_VTAB; anything else (busy, I/O) is
        // not an answer about the index.
        if (!error.isDamage())
            throw;
        problems << QStringLiteral("full-text index does not match the blocks (duizhao-cli reindex "
                                   "rebuilds it): ") +
                        error.message();
    }
    return problems;
}

qint64 Maintenance::dataVersion()
{
    return m_db.dataVersion();
}

} // namespace duizhao
