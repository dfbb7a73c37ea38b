// Library's full-text search: the FTS5 side of the repository.
#include "Library.h"

#include "text/CodePoints.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace duizhao {

namespace {

constexpr QChar kHighlightOpen = QChar(0x0001);
constexpr QChar kHighlightClose = QChar(0x0002);

// highlight() output with \x01…\x02 markers → [start, end) code point ranges of the
// unmarked text.
QList<QPair<int, int>> highlightRanges(const QString &marked)
{
    QList<QPair<int, int>> ranges;
    int codePoint = 0;
    int start = -1;
    for (qsizetype i = 0; i < marked.size(); ++i) {
        const QChar c = marked[i];
        if (c == kHighlightOpen) {
            start = codePoint;
        } else if (c == kHighlightClose) {
            if (start >= 0)
                ranges.append({start, codePoint});
            start = -1;
        } else if (!c.isLowSurrogate()) {
            ++codePoint;
        }
    }
    return ranges;
}

QString boilerplateList()
{
    QStringList kinds;
    for (BlockKind kind : {BlockKind::Ad, BlockKind::Disclaimer, BlockKind::Footer, BlockKind::Duplicate})
        kinds << u'\'' + blockKindName(kind) + u'\'';
    return kinds.join(u',');
}

} // namespace

SearchResults Library::search(const SearchQuery &query, const SearchOptions &options)
{
    if (!m_searchMapped) {
        // Searches read through a memory map (up to SQLite's 2 GB cap): a fresh process,
        // such as one `duizhao-cli search`, then touches index pages in the OS cache
        // directly instead of copying each one in with a read() (10k essays: `search 芯片`
        // ~380 → ~300 ms). Only once a search runs: an import maps nothing, so its
        // resident memory stays that of its own buffers. The cost SQLite documents: an I/O
        // error while reading shows as SIGBUS rather than an error code — acceptable for a
        // library on a local disk.
        m_db.execute(u"PRAGMA mmap_size = 2147418112");
        m_searchMapped = true;
    }
    SearchResults results;
    const QString expression = query.toFts5();
    results.query = expression;
    const bool verifyText = !options.foldVocabulary || !options.foldScript;

    // Every matching block is read once, unsorted, with only what picks each essay's
    // best block: sorting all of them (tens of thousands for a common character) cost as
    // much as scoring them. Details are fetched below for the hits shown.
    QString sql = QStringLiteral(
        "SELECT b.id, b.essay_id, "
        "bm25(block_fts) * CASE b.kind WHEN 'title' THEN 2.0 WHEN 'heading' THEN 1.5 ELSE 1.0 END, "
        "%1 "
        "FROM block_fts JOIN block b ON b.id = block_fts.rowid "
        "WHERE block_fts MATCH ?1")
                      .arg(verifyText ? QStringLiteral("b.text") : QStringLiteral("NULL"));
    if (!options.includeBoilerplate)
        sql += QStringLiteral(" AND b.kind NOT IN (%1)").arg(boilerplateList());
    if (options.essayId > 0)
        sql += QStringLiteral(" AND b.essay_id = ?2");
    if (options.language)
        sql += QStringLiteral(" AND b.lang = ?3");
    if (options.kind)
        sql += QStringLiteral(" AND b.kind = ?4");

    Statement select = m_db.prepare(sql);
    select.bind(1, expression);
    if (options.essayId > 0)
        select.bind(2, options.essayId);
    if (options.language)
        select.bind(3, languageTag(*options.language));
    if (options.kind)
        select.bind(4, blockKindName(*options.kind));

    // bm25 is lower for better matches; ties go to the earlier block.
    struct Best {
        qint64 essayId;
        qint64 blockId;
        double score;
        int matchingBlocks;
        bool operator<(const Best &other) const
        {
            return score != other.score ? score < other.score : blockId < other.blockId;
        }
    };
    QHash<qint64, Best> bestByEssay;
    const SearchFolder::Options strict{options.foldScript, options.foldVocabulary && options.foldScript};
    while (select.step()) {
        if (verifyText && !query.matches(select.text(3), strict))
            continue;
        const Best row{select.int64(1), select.int64(0), select.real(2), 1};
        const auto known = bestByEssay.find(row.essayId);
        if (known == bestByEssay.end()) {
            bestByEssay.insert(row.essayId, row);
            continue;
        }
        const int matchingBlocks = known->matchingBlocks + 1;
        if (row < *known)
            *known = row;
        known->matchingBlocks = matchingBlocks;
    }
    results.total = int(bestByEssay.size());
    std::vector<Best> essays(bestByEssay.cbegin(), bestByEssay.cend());
    const size_t shown = std::min(essays.size(), size_t(std::max(0, options.limit)));
    std::partial_sort(essays.begin(), essays.begin() + std::ptrdiff_t(shown), essays.end());
    essays.resize(shown);

    // Details only for the hits shown: block, title, snippet, highlight ranges. Not the
    // score again: bm25() scans every matching row of the library once per statement
    // run to weigh the terms, which for a common character made each of the 20 hits cost
    // as much as the whole search.
    Statement detail = m_db.prepare(QStringLiteral(
        "SELECT snippet(block_fts, 0, '«', '»', '…', 24), "
        "highlight(block_fts, 0, char(1), char(2)), e.title, b.position, b.kind, b.lang "
        "FROM block_fts JOIN block b ON b.id = block_fts.rowid JOIN essay e ON e.id = b.essay_id "
        "WHERE block_fts MATCH ?1 AND block_fts.rowid = ?2"));
    for (const Best &best : essays) {
        SearchHit hit;
        hit.essayId = best.essayId;
        hit.matchingBlocks = best.matchingBlocks;
        hit.score = -best.score;
        detail.bind(1, expression).bind(2, best.blockId);
        if (detail.step()) {
            hit.snippet = detail.text(0);
            hit.highlights = highlightRanges(detail.text(1));
            hit.title = detail.text(2);
            hit.block = detail.int32(3);
            hit.kind = blockKindFromName(detail.text(4)).value_or(BlockKind::Paragraph);
            hit.language = languageFromTag(detail.text(5)).value_or(Language::Undetermined);
        }
        detail.reset();
        results.hits.append(hit);
    }
    return results;
}

void Library::reindex()
{
    Transaction transaction(m_db);
    m_db.execute(u"INSERT INTO block_fts (block_fts) VALUES ('rebuild')");
    transaction.commit();
}

void Library::checkIndex()
{
    m_db.execute(u"INSERT INTO block_fts (block_fts, rank) VALUES ('integrity-check', 1)");
}

} // namespace duizhao
