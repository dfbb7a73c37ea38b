// Library's full-text search over the per-essay index (EssayIndex, QueryPlan).
#include "Library.h"

#include "DatabaseError.h"
#include "EssayIndex.h"
#include "HitMarker.h"
#include "HitsFunction.h"
#include "SearchCache.h"
#include "search/QueryPlan.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace duizhao {

namespace {

// BM25's constants, as FTS5's bm25() has them.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

double saturated(double count)
{
    return count * (kK1 + 1) / (count + kK1);
}

// One essay that satisfies the query, with the weighted matches of each positive term.
struct Candidate {
    qint64 essayId = 0;
    std::vector<float> counts;
    int bestBlock = -1;     // known once blocks were looked at
    int matchingBlocks = 0;
    double score = 0;
};

// The matches of one essay grouped by block, in the order of the essay's layout.
struct BlockMatches {
    std::vector<char> present;  // by leaf
    std::vector<float> counts;  // weighted, by positive leaf
};

std::vector<BlockMatches> byBlock(const EssayIndex::Layout &layout, const std::vector<HitsFunction::Hit> &hits,
                                  size_t leaves, size_t positives, bool withBoilerplate)
{
    std::vector<BlockMatches> blocks(layout.blocks.size());
    for (const HitsFunction::Hit &hit : hits) {
        if (!withBoilerplate && hit.column == EssayIndex::Boilerplate)
            continue;
        const int at = layout.placeOf(hit.column, hit.position);
        if (at < 0 || size_t(hit.phrase) >= leaves)
            continue;
        BlockMatches &block = blocks[size_t(at)];
        if (block.present.empty()) {
            block.present.assign(leaves, 0);
            block.counts.assign(positives, 0.0f);
        }
        block.present[size_t(hit.phrase)] = 1;
        if (size_t(hit.phrase) < positives)
            block.counts[size_t(hit.phrase)] += HitsFunction::columnWeight(hit.column);
    }
    return blocks;
}

} // namespace

SearchCache &Library::searchCache()
{
    if (!m_searchCache)
        m_searchCache = std::make_unique<SearchCache>();
    SearchCache &cache = *m_searchCache;
    const qint64 version = m_db.dataVersion();
    const qint64 changes = sqlite3_total_changes64(m_db.handle());
    if (cache.dataVersion == version && cache.changes == changes)
        return cache;
    cache.tokens.clear();
    cache.layouts.clear();
    Statement lengths = m_db.prepare(u"SELECT essay_id, tokens FROM essay_search");
    double total = 0;
    while (lengths.step()) {
        cache.tokens.emplace(lengths.int64(0), lengths.int32(1));
        total += lengths.int32(1);
    }
    cache.averageTokens = cache.tokens.empty() ? 1.0 : std::max(1.0, total / double(cache.tokens.size()));
    cache.dataVersion = version;
    cache.changes = changes;
    return cache;
}

SearchResults Library::search(const SearchQuery &query, const SearchOptions &options)
{
    if (!m_searchMapped) {
        // Searches read through a memory map (up to SQLite's 2 GB cap): a fresh process,
        // such as one `duizhao-cli search`, then touches index pages in the OS cache
        // directly instead of copying each one in with a read(). Only once a search
        // runs: an import maps nothing, so its resident memory stays that of its own
        // buffers. The cost SQLite documents: an I/O error while reading shows as SIGBUS
        // rather than an error code — acceptable for a library on a local disk.
        m_db.execute(u"PRAGMA mmap_size = 2147418112");
        m_searchMapped = true;
    }
    SearchResults results;
    results.query = query.toFts5();
    const QueryPlan plan(query);
    SearchCache &cache = searchCache();
    if (!cache.tokenizer)
        cache.tokenizer = std::make_unique<SearchTokenizer::Session>(m_db.handle());

    const bool verifyText = !options.foldVocabulary || !options.foldScript;
    const SearchFolder::Options strict{options.foldScript, options.foldVocabulary && options.foldScript};
    // Whether blocks must be looked at for every essay FTS5 finds: when AND or NOT hold
    // within a block, when a block's language or kind is asked for, or when the text
    // itself must be checked (the index folds every script and spelling).
    const bool perBlock = plan.needsBlocks() || verifyText || options.language || options.kind;
    const QString columns = options.includeBoilerplate ? QString() : QStringLiteral("{title heading body}");
    const size_t leaves = plan.leaves().size();
    const size_t positives = size_t(plan.positiveCount());

    const QString restriction = options.essayId > 0 ? QStringLiteral(" AND rowid = ?2") : QString();
    const auto rows = [&](const QString &expression, int mode) {
        Statement select = m_db.prepare(
            QStringLiteral("SELECT rowid, duizhao_hits(essay_fts, %1) FROM essay_fts WHERE essay_fts MATCH ?1")
                .arg(mode)
            + restriction);
        select.bind(1, expression);
        if (options.essayId > 0)
            select.bind(2, options.essayId);
        return select;
    };

    // The layout of an essay's blocks in the index, read once per library state.
    Statement layoutOf = m_db.prepare(u"SELECT layout FROM essay_search WHERE essay_id = ?1");
    const auto layout = [&](qint64 essayId) -> const EssayIndex::Layout & {
        auto known = cache.layouts.find(essayId);
        if (known == cache.layouts.end()) {
            layoutOf.bind(1, essayId);
            EssayIndex::Layout decoded;
            if (layoutOf.step())
                decoded = EssayIndex::decodeLayout(layoutOf.bytes(0));
            layoutOf.reset();
            known = cache.layouts.emplace(essayId, std::move(decoded)).first;
        }
        return known->second;
    };

    std::vector<Candidate> candidates;
    if (!perBlock) {
        Statement select = rows(plan.positiveExpression(columns), 0);
        while (select.step()) {
            Candidate candidate;
            candidate.essayId = select.int64(0);
            candidate.counts = HitsFunction::weightedCounts(select.bytes(1));
            candidate.counts.resize(positives);
            candidates.push_back(std::move(candidate));
        }
    } else {
        // Where the excluded terms are, essay by essay: one pass over their rows.
        std::unordered_map<qint64, std::vector<HitsFunction::Hit>> excludedHits;
        const QString excluded = plan.excludedExpression(columns);
        if (!excluded.isEmpty()) {
            Statement select = rows(excluded, 1);
            while (select.step()) {
                std::vector<HitsFunction::Hit> hits = HitsFunction::hits(select.bytes(1));
                for (HitsFunction::Hit &hit : hits)
                    hit.phrase += int(positives);
                excludedHits.emplace(select.int64(0), std::move(hits));
            }
        }
        Statement blockInfo = m_db.prepare(u"SELECT kind, lang, text FROM block WHERE essay_id = ?1 AND position = ?2");
        Statement select = rows(plan.positiveExpression(columns), 1);
        while (select.step()) {
            const qint64 essayId = select.int64(0);
            std::vector<HitsFunction::Hit> hits = HitsFunction::hits(select.bytes(1));
            if (const auto more = excludedHits.find(essayId); more != excludedHits.end())
                hits.insert(hits.end(), more->second.begin(), more->second.end());
            const EssayIndex::Layout &places = layout(essayId);
            const std::vector<BlockMatches> blocks = byBlock(places, hits, leaves, positives,
                                                             options.includeBoilerplate);
            Candidate candidate;
            candidate.essayId = essayId;
            candidate.counts.assign(positives, 0.0f);
            double bestWeight = -1;
            for (size_t at = 0; at < blocks.size(); ++at) {
                const BlockMatches &block = blocks[at];
                if (block.present.empty() || !plan.matches(block.present))
                    continue;
                const int blockIndex = places.blocks[at].block;
                if (options.language || options.kind || verifyText) {
                    blockInfo.bind(1, essayId).bind(2, blockIndex);
                    const bool found = blockInfo.step();
                    const bool wanted =
                        found
                        && (!options.kind || blockKindFromName(blockInfo.text(0)) == options.kind)
                        && (!options.language || languageFromTag(blockInfo.text(1)) == options.language)
                        && (!verifyText || query.matches(blockInfo.text(2), strict));
                    blockInfo.reset();
                    if (!wanted)
                        continue;
                }
                double weight = 0;
                for (size_t leaf = 0; leaf < positives; ++leaf) {
                    candidate.counts[leaf] += block.counts[leaf];
                    weight += saturated(block.counts[leaf]);
                }
                ++candidate.matchingBlocks;
                if (weight > bestWeight) {
                    bestWeight = weight;
                    candidate.bestBlock = blockIndex;
                }
            }
            if (candidate.matchingBlocks > 0)
                candidates.push_back(std::move(candidate));
        }
    }

    // BM25 over essays: each term's weight falls with the number of essays that have it.
    const double essays = double(std::max<size_t>(cache.tokens.size(), candidates.size()));
    std::vector<double> idf(positives, 0.0);
    for (size_t leaf = 0; leaf < positives; ++leaf) {
        double having = 0;
        for (const Candidate &candidate : candidates)
            having += candidate.counts[leaf] > 0;
        idf[leaf] = std::log(1.0 + (essays - having + 0.5) / (having + 0.5));
    }
    for (Candidate &candidate : candidates) {
        const auto length = cache.tokens.find(candidate.essayId);
        const double tokens = length == cache.tokens.end() ? cache.averageTokens : double(length->second);
        const double norm = kK1 * (1 - kB + kB * tokens / cache.averageTokens);
        for (size_t leaf = 0; leaf < positives; ++leaf) {
            const double count = candidate.counts[leaf];
            candidate.score += idf[leaf] * count * (kK1 + 1) / (count + norm);
        }
    }
    results.total = int(candidates.size());
    const size_t shown = std::min(candidates.size(), size_t(std::max(0, options.limit)));
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(shown), candidates.end(),
                      [](const Candidate &a, const Candidate &b) {
                          return a.score != b.score ? a.score > b.score : a.essayId < b.essayId;
                      });
    candidates.resize(shown);

    // The hits shown: which block (when not known yet), its snippet and highlights.
    const QString expression = plan.positiveExpression(columns);
    Statement hitsOf = m_db.prepare(
        u"SELECT duizhao_hits(essay_fts, 1) FROM essay_fts WHERE essay_fts MATCH ?1 AND rowid = ?2");
    Statement detail = m_db.prepare(
        u"SELECT b.text, b.kind, b.lang, coalesce((SELECT value FROM essay_edit x WHERE x.essay_id = e.id "
        u"AND x.field = 'title'), e.title) FROM block b JOIN essay e ON e.id = b.essay_id "
        u"WHERE b.essay_id = ?1 AND b.position = ?2");
    const HitMarker marker(*cache.tokenizer, plan);
    for (Candidate &candidate : candidates) {
        if (candidate.bestBlock < 0) {
            hitsOf.bind(1, expression).bind(2, candidate.essayId);
            std::vector<HitsFunction::Hit> hits;
            if (hitsOf.step())
                hits = HitsFunction::hits(hitsOf.bytes(0));
            hitsOf.reset();
            const EssayIndex::Layout &places = layout(candidate.essayId);
            const std::vector<BlockMatches> blocks = byBlock(places, hits, leaves, positives,
                                                             options.includeBoilerplate);
            double bestWeight = -1;
            for (size_t at = 0; at < blocks.size(); ++at) {
                if (blocks[at].present.empty())
                    continue;
                double weight = 0;
                for (size_t leaf = 0; leaf < positives; ++leaf)
                    weight += idf[leaf] * saturated(blocks[at].counts[leaf]);
                ++candidate.matchingBlocks;
                if (weight > bestWeight) {
                    bestWeight = weight;
                    candidate.bestBlock = places.blocks[at].block;
                }
            }
        }
        SearchHit hit;
        hit.essayId = candidate.essayId;
        hit.matchingBlocks = candidate.matchingBlocks;
        hit.score = candidate.score;
        hit.block = std::max(0, candidate.bestBlock);
        detail.bind(1, candidate.essayId).bind(2, hit.block);
        if (detail.step()) {
            const HitMarker::Marked marked = marker.mark(detail.text(0));
            hit.snippet = marked.snippet;
            hit.highlights = marked.highlights;
            hit.kind = blockKindFromName(detail.text(1)).value_or(BlockKind::Paragraph);
            hit.language = languageFromTag(detail.text(2)).value_or(Language::Undetermined);
            hit.title = detail.text(3);
        }
        detail.reset();
        results.hits.append(hit);
    }
    return results;
}

void Library::reindex()
{
    Transaction transaction(m_db);
    EssayIndex(m_db).rebuild();
    transaction.commit();
}

void Library::checkIndex()
{
    const QStringList problems = EssayIndex(m_db).check();
    if (!problems.isEmpty())
        throw DatabaseError(problems.join(QStringLiteral("; ")), SQLITE_CORRUPT_VTAB);
}

} // namespace duizhao
