// Library's full-text search: the FTS5 side of the repository.
#include "Library.h"

#include "text/CodePoints.h"

#include <QHash>

#include <algorithm>

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
    SearchResults results;
    const QString expression = query.toFts5();
    results.query = expression;
    const bool verifyText = !options.foldVocabulary || !options.foldScript;

    QString sql = QStringLiteral(
        "SELECT b.id, b.essay_id, b.position, b.kind, b.lang, "
        "bm25(block_fts) * CASE b.kind WHEN 'title' THEN 2.0 WHEN 'heading' THEN 1.5 ELSE 1.0 END "
        "AS score, %1 "
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
    sql += QStringLiteral(" ORDER BY score");

    Statement select = m_db.prepare(sql);
    select.bind(1, expression);
    if (options.essayId > 0)
        select.bind(2, options.essayId);
    if (options.language)
        select.bind(3, languageTag(*options.language));
    if (options.kind)
        select.bind(4, blockKindName(*options.kind));

    // Rows come best first, so the first row of an essay is its best block.
    struct Best {
        qint64 blockId;
        SearchHit hit;
    };
    QList<Best> essays;
    QHash<qint64, qsizetype> essayIndex;
    const SearchFolder::Options strict{options.foldScript, options.foldVocabulary && options.foldScript};
    while (select.step()) {
        if (verifyText && !query.matches(select.text(6), strict))
            continue;
        const qint64 essayId = select.int64(1);
        const auto known = essayIndex.constFind(essayId);
        if (known != essayIndex.cend()) {
            ++essays[*known].hit.matchingBlocks;
            continue;
        }
        SearchHit hit;
        hit.essayId = essayId;
        hit.block = select.int32(2);
        hit.kind = blockKindFromName(select.text(3)).value_or(BlockKind::Paragraph);
        hit.language = languageFromTag(select.text(4)).value_or(Language::Undetermined);
        hit.matchingBlocks = 1;
        essayIndex.insert(essayId, essays.size());
        essays.append({select.int64(0), hit});
    }
    results.total = int(essays.size());
    if (essays.size() > options.limit)
        essays.resize(options.limit);

    // Details only for the hits shown: score, title, snippet, highlight ranges.
    Statement detail = m_db.prepare(QStringLiteral(
        "SELECT bm25(block_fts) * CASE b.kind WHEN 'title' THEN 2.0 WHEN 'heading' THEN 1.5 ELSE 1.0 END, "
        "snippet(block_fts, 0, '«', '»', '…', 24), "
        "highlight(block_fts, 0, char(1), char(2)), e.title "
        "FROM block_fts JOIN block b ON b.id = block_fts.rowid JOIN essay e ON e.id = b.essay_id "
        "WHERE block_fts MATCH ?1 AND block_fts.rowid = ?2"));
    for (Best &best : essays) {
        detail.bind(1, expression).bind(2, best.blockId);
        if (detail.step()) {
            best.hit.score = -detail.real(0);
            best.hit.snippet = detail.text(1);
            best.hit.highlights = highlightRanges(detail.text(2));
            best.hit.title = detail.text(3);
        }
        detail.reset();
        results.hits.append(best.hit);
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
