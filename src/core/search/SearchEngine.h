#pragma once

#include "Concordance.h"
#include "SearchQuery.h"
#include "SearchResults.h"

#include <functional>
#include <memory>
#include <vector>

namespace duizhao {

class Database;
struct SearchCache;
class SearchShards;

// Full-text search over a library's per-essay index (EssayIndex): FTS5 finds the essays,
// RowVisitor reads their matches in place, BM25 ranks them, HitMarker cuts the snippets.
// A large library is read in rowid ranges, one per core (SearchShards). Reads the essay,
// block and essay_edit tables the store writes; writes only the index (reindex).
//
// What it learns about the library (token counts, layouts, term frequencies) is kept in
// a SearchCache until another connection or this one commits a change.
class SearchEngine
{
public:
    // The FTS5 tokenizer and the row visitor are registered on `db`, which must outlive
    // the engine.
    explicit SearchEngine(Database &db);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    // Best essays first; a query is satisfied by a block (AND and NOT hold within one),
    // an essay is listed once with its best block.
    SearchResults run(const SearchQuery &query, const SearchOptions &options = {});
    // Every block that satisfies the query, in essay id and then block order, each with
    // its matches: what a concordance lists and a term's statistics count. The options
    // are those of run() but for the limit (every block is listed); `wantEssay`, when
    // set, keeps the essays it accepts (outlet, date: what the caller knows) and is
    // called from several threads at once.
    std::vector<MatchedBlock> matchingBlocks(const SearchQuery &query,
                                             const SearchOptions &options = {},
                                             const std::function<bool(qint64)> &wantEssay = {});
    // The query's concordance: every match a KWIC line (Concordance).
    ConcordanceResults concordance(const SearchQuery &query, const ConcordanceOptions &options,
                                   const Concordance::Control &control = {});
    // Rebuilds the full-text index from the stored blocks.
    void reindex();
    // The index checked: FTS5's structural check, and every essay indexed with the
    // blocks it has; throws DatabaseError (damage) when they disagree.
    void checkIndex();

private:
    // The cache, refilled first if the library changed since it was filled.
    SearchCache &searchCache();

    Database &m_db;
    bool m_mapped = false; // search() has turned on memory-mapped reads
    std::unique_ptr<SearchCache> m_cache;
    std::unique_ptr<SearchShards> m_shards;
};

} // namespace duizhao
