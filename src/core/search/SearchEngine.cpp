#include "SearchEngine.h"

#include "Database.h"

#include "DatabaseError.h"
#include "EssayIndex.h"
#include "EssayText.h"
#include "HitMarker.h"
#include "QueryPlan.h"
#include "RowVisitor.h"
#include "SearchCache.h"
#include "SearchShards.h"
#include "SearchTokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <vector>

namespace duizhao {

namespace {

// BM25's constants, as FTS5's bm25() has them.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
// Matches of one term counted per essay when ranking (MatchedRow::weightedCounts).
constexpr int kCountedMatches = 16;

using Hit = MatchedRow::Hit;

// One essay that satisfies the query, with the weighted matches of each positive term.
struct Candidate {
    qint64 essayId = 0;
    double score = 0;
    std::vector<float> counts;
    std::vector<Hit> hits; // kept for an essay shown whose blocks were not looked at yet
    int bestBlock = -1;
    int matchingBlocks = 0;
};

bool ranksBefore(const Candidate &a, const Candidate &b)
{
    return a.score != b.score ? a.score > b.score : a.essayId < b.essayId;
}

double bm25(const std::vector<float> &counts, const std::vector<double> &idf, double tokens,
            double averageTokens)
{
    const double norm = kK1 * (1 - kB + kB * tokens / averageTokens);
    double score = 0;
    for (size_t leaf = 0; leaf < idf.size() && leaf < counts.size(); ++leaf)
        score += idf[leaf] * counts[leaf] * (kK1 + 1) / (counts[leaf] + norm);
    return score;
}

double idfOf(double essays, double having)
{
    return std::log(1.0 + (essays - having + 0.5) / (having + 0.5));
}

// How well one block answers: BM25 within the essay, its blocks' lengths against their
// average, so that a short paragraph about the term beats a long one that mentions it.
double blockWeight(const std::vector<float> &counts, const EssayIndex::Layout &layout, int place)
{
    const double norm =
        kK1 * (1 - kB + kB * layout.places[size_t(place)].length / layout.averageLength);
    double weight = 0;
    for (const float count : counts)
        weight += count * (kK1 + 1) / (count + norm);
    return weight;
}

// The block an essay is listed with: the best of those that match.
struct BestBlock {
    int block = -1;
    double weight = -1;
    int matching = 0;
    void offer(int blockIndex, double blockWeight)
    {
        ++matching;
        if (blockWeight > weight) {
            weight = blockWeight;
            block = blockIndex;
        }
    }
};

// Which block of a layout holds a position, for positions read in (column, position)
// order: a cursor instead of a search per position. The answer is the block's place in
// the layout, or -1 before the column's first block.
class PlaceCursor
{
public:
    explicit PlaceCursor(const EssayIndex::Layout &layout)
        : m_layout(layout)
    {}

    int at(int column, int position)
    {
        if (column < 0 || column >= EssayIndex::ColumnCount)
            return -1;
        const int first = m_layout.columnStart[column];
        const int end = m_layout.columnStart[column + 1];
        if (column != m_column) {
            m_column = column;
            m_cursor = first;
        }
        const auto &places = m_layout.places;
        while (m_cursor + 1 < end && places[size_t(m_cursor + 1)].marker < position)
            ++m_cursor;
        if (m_cursor >= end || places[size_t(m_cursor)].marker >= position)
            return -1;
        return m_cursor;
    }

private:
    const EssayIndex::Layout &m_layout;
    int m_column = -1;
    int m_cursor = 0;
};

// The matches of one essay, block by block: `visit(place, present, counts)` for each
// block (its index in the layout) that holds a match, with the leaves it holds and the
// weighted matches of each positive leaf. `hits` must be in (column, position) order, as
// FTS5 lists them.
template <typename Visit>
void forEachMatchedBlock(const EssayIndex::Layout &layout, const std::vector<Hit> &hits,
                         size_t leaves, size_t positives, bool withBoilerplate, Visit &&visit)
{
    thread_local std::vector<char> present;
    thread_local std::vector<float> counts;
    present.assign(leaves, 0);
    counts.assign(positives, 0.0f);
    int current = -1;
    PlaceCursor cursor(layout);
    for (const Hit &hit : hits) {
        if (size_t(hit.phrase) >= leaves ||
            (!withBoilerplate && hit.column == EssayIndex::Boilerplate))
            continue;
        const int place = cursor.at(hit.column, hit.position);
        if (place < 0)
            continue;
        if (place != current) {
            if (current >= 0) {
                visit(current, present, counts);
                std::fill(present.begin(), present.end(), 0);
                std::fill(counts.begin(), counts.end(), 0.0f);
            }
            current = place;
        }
        present[size_t(hit.phrase)] = 1;
        if (size_t(hit.phrase) < positives)
            counts[size_t(hit.phrase)] += MatchedRow::columnWeight(hit.column);
    }
    if (current >= 0)
        visit(current, present, counts);
}

// Whether one block of the row holds a match of every phrase (a query of terms joined by
// AND). The phrases are walked side by side, block by block (a leapfrog join): each
// skips to the block the others have reached, and the walk stops at the first block
// they share. Most essays FTS5 finds for an AND have such a block early, so a common
// term's positions are rarely read to the end. `order` lists the phrases, the rarest
// first: it leads.
bool someBlockHoldsAll(const MatchedRow &row, const std::vector<int> &order,
                       const EssayIndex::Layout &layout, bool withBoilerplate)
{
    using Block = std::pair<int, int>; // (column, place): the reading order
    struct Walk {
        MatchedRow::PhraseCursor matches;
        PlaceCursor places;
        Block block{-1, -1};
    };
    std::vector<Walk> walks;
    walks.reserve(order.size());
    for (const int phrase : order)
        walks.push_back({MatchedRow::PhraseCursor(row, phrase), PlaceCursor(layout)});

    // Moves a walk to its first block at or after `target`; false at its end.
    const auto reach = [&](Walk &walk, const Block &target) {
        for (; !walk.matches.atEnd(); walk.matches.next()) {
            const int column = walk.matches.column();
            if (!withBoilerplate && column == EssayIndex::Boilerplate)
                return false; // boilerplate is the last column
            if (column < target.first)
                continue;
            const int at = walk.places.at(column, walk.matches.position());
            if (at < 0)
                continue;
            walk.block = {column, at};
            if (walk.block >= target)
                return true;
        }
        return false;
    };
    if (walks.empty() || !reach(walks[0], {0, 0}))
        return false;
    Block target = walks[0].block;
    size_t agreeing = 1;
    for (size_t i = 1 % walks.size(); agreeing < walks.size(); i = (i + 1) % walks.size()) {
        if (!reach(walks[i], target))
            return false;
        if (walks[i].block == target) {
            ++agreeing;
        } else {
            target = walks[i].block;
            agreeing = 1;
        }
    }
    return true;
}

// Essays' block layouts, read once per library state.
//
// A search asks for them in rowid order (FTS5's), so they are read with one cursor that
// moves forward through essay_search, seeking again only to go back or to jump far
// ahead: a lookup and a reset per essay were most of a first search at 100k.
class Layouts
{
public:
    Layouts(Database &db, SearchCache &cache)
        : m_db(db)
        , m_cache(cache)
    {}

    // Safe on several threads at once, one Layouts each, for essays of separate ranges:
    // each fills only its essays' slots, and the cache has a slot for every indexed id.
    const EssayIndex::Layout &of(qint64 essayId)
    {
        static const EssayIndex::Layout none;
        const size_t slot = size_t(std::max<qint64>(0, essayId));
        if (slot >= m_cache.layouts.size())
            return none; // not indexed
        std::unique_ptr<const EssayIndex::Layout> &known = m_cache.layouts[slot];
        if (!known) {
            auto decoded = std::make_unique<EssayIndex::Layout>();
            if (seek(essayId))
                *decoded = EssayIndex::decodeLayout(m_select->bytes(1));
            known = std::move(decoded);
        }
        return *known;
    }

private:
    // Ids are dense: past this many rows ahead, a new seek is cheaper than stepping.
    static constexpr qint64 kStepsBeforeSeek = 32;

    // Puts the cursor on essayId's row; false when it has none.
    bool seek(qint64 essayId)
    {
        if (!m_select) // prepared only when a layout is not cached yet
            m_select = m_db.prepare(u"SELECT essay_id, layout FROM essay_search WHERE essay_id >= "
                                    u"?1 ORDER BY essay_id");
        if (!m_onRow || m_current > essayId || essayId - m_current > kStepsBeforeSeek) {
            m_select->reset();
            m_select->bind(1, essayId);
            m_onRow = m_select->step();
            m_current = m_onRow ? m_select->int64(0) : 0;
        }
        while (m_onRow && m_current < essayId) {
            m_onRow = m_select->step();
            m_current = m_onRow ? m_select->int64(0) : 0;
        }
        return m_onRow && m_current == essayId;
    }

    Database &m_db;
    std::optional<Statement> m_select;
    SearchCache &m_cache;
    bool m_onRow = false;
    qint64 m_current = 0; // the essay id under the cursor, when on a row
};

// For a query whose blocks need not be looked at (terms joined by OR), or only to know
// that one holds every term (terms joined by AND, given `layouts`): counts every essay,
// scores it as it comes, and keeps the matches of the best `limit` only.
class RankingVisitor : public RowVisitor
{
public:
    RankingVisitor(const SearchCache &cache, std::vector<double> idf, size_t limit,
                   bool withBoilerplate, Layouts *allInOneBlock)
        : m_cache(cache)
        , m_idf(std::move(idf))
        , m_limit(limit)
        , m_withBoilerplate(withBoilerplate)
        , m_allInOneBlock(allInOneBlock)
    {
        // The rarest term in the library leads the walk of every row (the highest weight).
        m_rarestFirst.resize(m_idf.size());
        for (size_t i = 0; i < m_rarestFirst.size(); ++i)
            m_rarestFirst[i] = int(i);
        std::stable_sort(m_rarestFirst.begin(), m_rarestFirst.end(),
                         [&](int a, int b) { return m_idf[size_t(a)] > m_idf[size_t(b)]; });
    }

    void visit(const MatchedRow &row) override
    {
        // Most rows are counted and dropped: their buffers are reused, not allocated anew.
        Candidate &candidate = m_next;
        candidate.hits.clear();
        candidate.bestBlock = -1;
        candidate.matchingBlocks = 0;
        // An AND first asks for a block with every term: a fifth of the rows FTS5 finds
        // have none, and need no counting. Boilerplate is one of the row's columns: a
        // row that matches only there is no match unless boilerplate is searched.
        if (m_allInOneBlock &&
            !someBlockHoldsAll(row, m_rarestFirst, m_allInOneBlock->of(row.rowid()),
                               m_withBoilerplate))
            return;
        if (!row.weightedCounts(candidate.counts, m_withBoilerplate, kCountedMatches))
            return;
        ++total;
        if (m_limit == 0)
            return;
        candidate.essayId = row.rowid();
        candidate.score = bm25(candidate.counts, m_idf, m_cache.lengthOf(candidate.essayId),
                               m_cache.averageTokens);
        // The heap's front is the worst of the best so far.
        if (best.size() == m_limit && !ranksBefore(candidate, best.front()))
            return;
        row.hits(candidate.hits);
        best.push_back(std::move(candidate));
        std::push_heap(best.begin(), best.end(), ranksBefore);
        if (best.size() > m_limit) {
            std::pop_heap(best.begin(), best.end(), ranksBefore);
            m_next = std::move(best.back()); // its buffers serve the next row
            best.pop_back();
        }
    }

    int total = 0;
    std::vector<Candidate> best;

private:
    const SearchCache &m_cache;
    const std::vector<double> m_idf;
    const size_t m_limit;
    const bool m_withBoilerplate;
    Layouts *m_allInOneBlock;
    std::vector<int> m_rarestFirst; // phrases by weight, the highest first
    Candidate m_next;
};

// Every match of each row, by essay: where the excluded terms are.
class HitCollector : public RowVisitor
{
public:
    explicit HitCollector(int phraseOffset)
        : m_phraseOffset(phraseOffset)
    {}

    void visit(const MatchedRow &row) override
    {
        std::vector<Hit> &hits = byEssay[row.rowid()];
        row.hits(hits);
        for (Hit &hit : hits)
            hit.phrase += m_phraseOffset;
    }

    std::unordered_map<qint64, std::vector<Hit>> byEssay;

private:
    const int m_phraseOffset;
};

// Whether a block that satisfies the query's plan is wanted: its language and kind when
// the options ask for them, and its text checked as written when folding is turned off
// (the index folds every script and spelling).
class BlockFilter
{
public:
    BlockFilter(Database &db, const SearchQuery &query, const SearchOptions &options)
        : m_blockInfo(db.prepare(u"SELECT kind, lang, text_start, text_bytes FROM block WHERE "
                                 u"essay_id = ?1 AND position = ?2"))
        , m_texts(db)
        , m_query(query)
        , m_options(options)
        , m_verifyText(!options.foldVocabulary || !options.foldScript)
        , m_strict{options.foldScript, options.foldVocabulary && options.foldScript}
    {}

    bool wanted(qint64 essayId, int blockIndex)
    {
        if (!m_options.language && !m_options.kind && !m_verifyText)
            return true;
        m_blockInfo.bind(1, essayId).bind(2, blockIndex);
        const bool wanted =
            m_blockInfo.step() &&
            (!m_options.kind || blockKindFromName(m_blockInfo.text(0)) == m_options.kind) &&
            (!m_options.language || languageFromTag(m_blockInfo.text(1)) == m_options.language) &&
            (!m_verifyText ||
             m_query.matches(m_texts.block(essayId, {m_blockInfo.int32(2), m_blockInfo.int32(3)}),
                             m_strict));
        m_blockInfo.reset();
        return wanted;
    }

private:
    Statement m_blockInfo;
    EssayTextReader m_texts;
    const SearchQuery &m_query;
    const SearchOptions &m_options;
    const bool m_verifyText;
    const SearchFolder::Options m_strict;
};

// The row's matches with those of the excluded terms (collected by a walk of their own)
// merged in, in (column, position) order.
void hitsWithExcluded(const MatchedRow &row,
                      const std::unordered_map<qint64, std::vector<Hit>> &excluded,
                      std::vector<Hit> &hits)
{
    row.hits(hits);
    if (const auto more = excluded.find(row.rowid()); more != excluded.end()) {
        hits.insert(hits.end(), more->second.begin(), more->second.end());
        std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
            return a.column != b.column ? a.column < b.column : a.position < b.position;
        });
    }
}

// For a query that holds within a block (AND, NOT, a block's language or kind, the text
// checked as written): every essay FTS5 finds is looked at block by block.
class BlockVisitor : public RowVisitor
{
public:
    BlockVisitor(Database &db, Layouts &layouts, const QueryPlan &plan, const SearchQuery &query,
                 const SearchOptions &options,
                 const std::unordered_map<qint64, std::vector<Hit>> &excluded)
        : m_filter(db, query, options)
        , m_layouts(layouts)
        , m_plan(plan)
        , m_options(options)
        , m_excluded(excluded)
    {}

    void visit(const MatchedRow &row) override
    {
        const qint64 essayId = row.rowid();
        hitsWithExcluded(row, m_excluded, m_hits);
        const EssayIndex::Layout &layout = m_layouts.of(essayId);
        const size_t positives = size_t(m_plan.positiveCount());
        m_counts.assign(positives, 0.0f);
        BestBlock best;
        const auto visitBlock = [&](int place, const std::vector<char> &present,
                                    const std::vector<float> &counts) {
            if (!m_plan.matches(present))
                return;
            const int blockIndex = layout.places[size_t(place)].block;
            if (!m_filter.wanted(essayId, blockIndex))
                return;
            for (size_t leaf = 0; leaf < positives; ++leaf)
                m_counts[leaf] += counts[leaf];
            best.offer(blockIndex, blockWeight(counts, layout, place));
        };
        forEachMatchedBlock(layout, m_hits, m_plan.leaves().size(), positives,
                            m_options.includeBoilerplate, visitBlock);
        if (best.matching == 0)
            return;
        Candidate candidate;
        candidate.essayId = essayId;
        candidate.counts = m_counts;
        candidate.bestBlock = best.block;
        candidate.matchingBlocks = best.matching;
        candidates.push_back(std::move(candidate));
    }

    std::vector<Candidate> candidates;

private:
    BlockFilter m_filter;
    Layouts &m_layouts;
    const QueryPlan &m_plan;
    const SearchOptions &m_options;
    const std::unordered_map<qint64, std::vector<Hit>> &m_excluded;
    std::vector<Hit> m_hits;
    std::vector<float> m_counts;
};

// Every block of every essay FTS5 finds that satisfies the query, with the positions
// of positive terms in it (two terms at one position count once: 芯片 OR 晶片 match
// the same bigram).
class EveryBlockVisitor : public RowVisitor
{
public:
    EveryBlockVisitor(Database &db, Layouts &layouts, const QueryPlan &plan,
                      const SearchQuery &query, const SearchOptions &options,
                      const std::unordered_map<qint64, std::vector<Hit>> &excluded,
                      const std::function<bool(qint64)> &wantEssay)
        : m_filter(db, query, options)
        , m_layouts(layouts)
        , m_plan(plan)
        , m_options(options)
        , m_excluded(excluded)
        , m_wantEssay(wantEssay)
    {}

    void visit(const MatchedRow &row) override
    {
        const qint64 essayId = row.rowid();
        if (m_wantEssay && !m_wantEssay(essayId))
            return;
        hitsWithExcluded(row, m_excluded, m_hits);
        const EssayIndex::Layout &layout = m_layouts.of(essayId);
        const size_t leaves = m_plan.leaves().size();
        const int positives = m_plan.positiveCount();
        m_present.assign(leaves, 0);
        const size_t first = blocks.size();
        int current = -1;
        int matches = 0;
        std::pair<int, int> lastCounted{-1, -1};
        const auto close = [&] {
            if (current < 0 || matches == 0 || !m_plan.matches(m_present))
                return;
            const int blockIndex = layout.places[size_t(current)].block;
            if (m_filter.wanted(essayId, blockIndex))
                blocks.push_back({essayId, blockIndex, matches});
        };
        PlaceCursor cursor(layout);
        for (const Hit &hit : m_hits) {
            if (size_t(hit.phrase) >= leaves ||
                (!m_options.includeBoilerplate && hit.column == EssayIndex::Boilerplate))
                continue;
            const int place = cursor.at(hit.column, hit.position);
            if (place < 0)
                continue;
            if (place != current) {
                close();
                std::fill(m_present.begin(), m_present.end(), 0);
                matches = 0;
                current = place;
            }
            m_present[size_t(hit.phrase)] = 1;
            if (hit.phrase < positives && lastCounted != std::pair(hit.column, hit.position)) {
                ++matches;
                lastCounted = {hit.column, hit.position};
            }
        }
        close();
        // The layout lists body blocks before titles and headings: back to block order.
        std::sort(blocks.begin() + std::ptrdiff_t(first), blocks.end(),
                  [](const MatchedBlock &a, const MatchedBlock &b) { return a.block < b.block; });
    }

    std::vector<MatchedBlock> blocks;

private:
    BlockFilter m_filter;
    Layouts &m_layouts;
    const QueryPlan &m_plan;
    const SearchOptions &m_options;
    const std::unordered_map<qint64, std::vector<Hit>> &m_excluded;
    const std::function<bool(qint64)> &m_wantEssay;
    std::vector<Hit> m_hits;
    std::vector<char> m_present;
};

// The visitor is called from the WHERE clause and returns NULL, so the statement
// returns no rows: handing each of up to 100,000 rows back through sqlite3_step was ~6%
// of a search at 100k. FTS5 takes the rowid range itself, so the visitor sees only the
// rows of its range.
void visitRows(Database &db, const SearchShards::Range &range, const QString &expression,
               RowVisitor &visitor)
{
    Statement select =
        db.prepare(u"SELECT rowid FROM essay_fts WHERE essay_fts MATCH ?1 AND rowid BETWEEN ?3 "
                   u"AND ?4 AND duizhao_visit(essay_fts, ?2)");
    select.bind(1, expression).bindPointer(2, &visitor, RowVisitor::kPointerType);
    select.bind(3, range.first).bind(4, range.last);
    select.execute();
}

} // namespace

SearchEngine::SearchEngine(Database &db)
    : m_db(db)
{
    SearchTokenizer::registerWith(m_db.handle());
    RowVisitor::registerWith(m_db.handle());
}

SearchEngine::~SearchEngine() = default;

SearchCache &SearchEngine::searchCache()
{
    if (!m_cache)
        m_cache = std::make_unique<SearchCache>();
    SearchCache &cache = *m_cache;
    const qint64 version = m_db.dataVersion();
    const qint64 changes = sqlite3_total_changes64(m_db.handle());
    if (cache.dataVersion == version && cache.changes == changes)
        return cache;
    cache.tokens.clear();
    cache.essays = 0;
    cache.layouts.clear();
    cache.essaysMatching.clear();
    Statement lengths =
        m_db.prepare(u"SELECT essay_id, tokens FROM essay_search ORDER BY essay_id");
    double total = 0;
    while (lengths.step()) {
        const qint64 essayId = lengths.int64(0);
        if (essayId < 0)
            continue;
        if (size_t(essayId) >= cache.tokens.size())
            cache.tokens.resize(size_t(essayId) + 1, -1);
        cache.tokens[size_t(essayId)] = std::max(0, lengths.int32(1));
        ++cache.essays;
        total += lengths.int32(1);
    }
    cache.layouts.resize(cache.tokens.size());
    cache.averageTokens = cache.essays == 0 ? 1.0 : std::max(1.0, total / double(cache.essays));
    cache.dataVersion = version;
    cache.changes = changes;
    return cache;
}

SearchResults SearchEngine::run(const SearchQuery &query, const SearchOptions &options)
{
    if (!m_mapped) {
        // Only once a search runs: an import maps nothing, so its resident memory stays
        // that of its own buffers.
        m_db.mapForReading();
        m_mapped = true;
    }
    SearchResults results;
    results.query = query.toFts5();
    const QueryPlan plan(query);
    SearchCache &cache = searchCache();
    if (!cache.tokenizer)
        cache.tokenizer = std::make_unique<SearchTokenizer::Session>(m_db.handle());
    if (!m_shards)
        m_shards = std::make_unique<SearchShards>(m_db);
    SearchShards &shards = *m_shards;
    const std::vector<SearchShards::Range> ranges =
        options.essayId > 0 ? std::vector<SearchShards::Range>{{options.essayId, options.essayId}}
                            : shards.ranges(cache, options.threads);
    // One reader of layouts per range, on that range's connection; the first serves the
    // hits shown as well.
    std::vector<std::unique_ptr<Layouts>> layouts;
    for (size_t shard = 0; shard < ranges.size(); ++shard)
        layouts.push_back(std::make_unique<Layouts>(shards.connection(shard), cache));

    const bool verifyText = !options.foldVocabulary || !options.foldScript;
    // Whether blocks must be looked at for every essay FTS5 finds: when AND or NOT hold
    // within a block, when a block's language or kind is asked for, or when the text
    // itself must be checked (the index folds every script and spelling).
    const bool filtered = verifyText || options.language || options.kind;
    const bool conjunction = plan.isConjunction() && !filtered;
    const bool perBlock = (plan.needsBlocks() && !conjunction) || filtered;
    const size_t leaves = plan.leaves().size();
    const size_t positives = size_t(plan.positiveCount());
    const size_t limit = size_t(std::max(0, options.limit));
    const double essays = double(std::max<size_t>(1, cache.essays));

    const auto visitRows = [&](size_t shard, const QString &expression, RowVisitor &visitor) {
        duizhao::visitRows(shards.connection(shard), ranges[shard], expression, visitor);
    };
    // No column filter in the MATCH ({title heading body}): FTS5 would rewrite every
    // row's positions to apply it (a third of a common term's cost); the boilerplate
    // column is skipped as the matches are read instead.
    const QString expression = plan.positiveExpression();

    std::vector<Candidate> shown;
    std::vector<double> idf(positives, 1.0);
    if (!perBlock) {
        // A term's weight falls with the essays that have it: with one term that only
        // scales every score (known at the end), with several it is counted first.
        if (positives > 1) {
            std::optional<Statement> count;
            for (size_t leaf = 0; leaf < positives; ++leaf) {
                const QueryPlan::Leaf &term = plan.leaves()[leaf];
                const QString phrase = SearchQuery::fts5Phrase(term.text, term.prefix);
                auto known = cache.essaysMatching.constFind(phrase);
                if (known == cache.essaysMatching.cend()) {
                    if (!count)
                        count = m_db.prepare(
                            u"SELECT count(*) FROM essay_fts WHERE essay_fts MATCH ?1");
                    count->bind(1, phrase);
                    known =
                        cache.essaysMatching.insert(phrase, count->step() ? count->int64(0) : 0);
                    count->reset();
                }
                idf[leaf] = idfOf(essays, double(*known));
            }
        }
        std::vector<std::unique_ptr<RankingVisitor>> rankings;
        for (size_t shard = 0; shard < ranges.size(); ++shard)
            rankings.push_back(
                std::make_unique<RankingVisitor>(cache, idf, limit, options.includeBoilerplate,
                                                 conjunction ? layouts[shard].get() : nullptr));
        SearchShards::run(ranges.size(),
                          [&](size_t shard) { visitRows(shard, expression, *rankings[shard]); });
        // Each range's best `limit`: the best of the library among them.
        for (const auto &ranking : rankings) {
            results.total += ranking->total;
            std::move(ranking->best.begin(), ranking->best.end(), std::back_inserter(shown));
        }
        if (positives == 1) {
            const double scale = idfOf(essays, double(results.total));
            for (Candidate &candidate : shown)
                candidate.score *= scale;
        }
    } else {
        const QString excludedExpression = plan.excludedExpression();
        std::vector<std::vector<Candidate>> found(ranges.size());
        SearchShards::run(ranges.size(), [&](size_t shard) {
            HitCollector excluded{int(positives)};
            if (!excludedExpression.isEmpty())
                visitRows(shard, excludedExpression, excluded);
            BlockVisitor blocks(shards.connection(shard), *layouts[shard], plan, query, options,
                                excluded.byEssay);
            visitRows(shard, expression, blocks);
            found[shard] = std::move(blocks.candidates);
        });
        std::vector<Candidate> &candidates = shown;
        for (std::vector<Candidate> &some : found)
            std::move(some.begin(), some.end(), std::back_inserter(candidates));
        for (size_t leaf = 0; leaf < positives; ++leaf) {
            double having = 0;
            for (const Candidate &candidate : candidates)
                having += candidate.counts[leaf] > 0;
            idf[leaf] = idfOf(std::max(essays, double(candidates.size())), having);
        }
        for (Candidate &candidate : candidates) {
            candidate.score =
                bm25(candidate.counts, idf, cache.lengthOf(candidate.essayId), cache.averageTokens);
        }
        results.total = int(candidates.size());
    }
    const size_t count = std::min(shown.size(), limit);
    std::partial_sort(shown.begin(), shown.begin() + std::ptrdiff_t(count), shown.end(),
                      ranksBefore);
    shown.resize(count);

    // The hits shown: which block (when not known yet), its snippet and highlights.
    Statement detail = m_db.prepare(
        u"SELECT b.text_start, b.text_bytes, b.kind, b.lang, coalesce((SELECT value FROM "
        u"essay_edit x WHERE x.essay_id = e.id "
        u"AND x.field = 'title'), e.title) FROM block b JOIN essay e ON e.id = b.essay_id "
        u"WHERE b.essay_id = ?1 AND b.position = ?2");
    const HitMarker marker(*cache.tokenizer, plan);
    EssayTextReader texts(m_db);
    for (Candidate &candidate : shown) {
        if (candidate.bestBlock < 0) {
            const EssayIndex::Layout &layout = layouts.front()->of(candidate.essayId);
            BestBlock best;
            forEachMatchedBlock(
                layout, candidate.hits, leaves, positives, options.includeBoilerplate,
                [&](int place, const std::vector<char> &present, const std::vector<float> &counts) {
                    if (plan.matches(present))
                        best.offer(layout.places[size_t(place)].block,
                                   blockWeight(counts, layout, place));
                });
            candidate.bestBlock = best.block;
            candidate.matchingBlocks = best.matching;
        }
        SearchHit hit;
        hit.essayId = candidate.essayId;
        hit.matchingBlocks = candidate.matchingBlocks;
        hit.score = candidate.score;
        hit.block = std::max(0, candidate.bestBlock);
        detail.bind(1, candidate.essayId).bind(2, hit.block);
        if (detail.step()) {
            const HitMarker::Marked marked =
                marker.mark(texts.block(candidate.essayId, {detail.int32(0), detail.int32(1)}));
            hit.snippet = marked.snippet;
            hit.highlights = marked.highlights;
            hit.kind = blockKindFromName(detail.text(2)).value_or(BlockKind::Paragraph);
            hit.language = languageFromTag(detail.text(3)).value_or(Language::Undetermined);
            hit.title = detail.text(4);
        }
        detail.reset();
        results.hits.append(hit);
    }
    return results;
}

std::vector<MatchedBlock> SearchEngine::matchingBlocks(const SearchQuery &query,
                                                       const SearchOptions &options,
                                                       const std::function<bool(qint64)> &wantEssay)
{
    if (!m_mapped) {
        m_db.mapForReading();
        m_mapped = true;
    }
    const QueryPlan plan(query);
    SearchCache &cache = searchCache();
    if (!m_shards)
        m_shards = std::make_unique<SearchShards>(m_db);
    SearchShards &shards = *m_shards;
    const std::vector<SearchShards::Range> ranges =
        options.essayId > 0 ? std::vector<SearchShards::Range>{{options.essayId, options.essayId}}
                            : shards.ranges(cache, options.threads);
    const QString expression = plan.positiveExpression();
    const QString excludedExpression = plan.excludedExpression();
    std::vector<std::vector<MatchedBlock>> found(ranges.size());
    SearchShards::run(ranges.size(), [&](size_t shard) {
        Database &db = shards.connection(shard);
        Layouts layouts(db, cache);
        HitCollector excluded{plan.positiveCount()};
        if (!excludedExpression.isEmpty())
            visitRows(db, ranges[shard], excludedExpression, excluded);
        EveryBlockVisitor blocks(db, layouts, plan, query, options, excluded.byEssay, wantEssay);
        visitRows(db, ranges[shard], expression, blocks);
        found[shard] = std::move(blocks.blocks);
    });
    // The ranges are in rowid order, and so is each range's list.
    std::vector<MatchedBlock> every;
    for (std::vector<MatchedBlock> &some : found)
        std::move(some.begin(), some.end(), std::back_inserter(every));
    return every;
}

ConcordanceResults SearchEngine::concordance(const SearchQuery &query,
                                             const ConcordanceOptions &options,
                                             const Concordance::Control &control)
{
    return Concordance(m_db, *this).run(query, options, control);
}

void SearchEngine::reindex()
{
    Transaction transaction(m_db);
    EssayIndex(m_db).rebuild();
    transaction.commit();
}

void SearchEngine::checkIndex()
{
    const QStringList problems = EssayIndex(m_db).check();
    if (!problems.isEmpty())
        throw DatabaseError(problems.join(QStringLiteral("; ")), SQLITE_CORRUPT_VTAB);
}

} // namespace duizhao
