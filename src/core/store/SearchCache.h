#pragma once

#include "EssayIndex.h"
#include "SearchTokenizer.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace duizhao {

// What a Library's searches read again and again, kept between searches until the
// library changes: every indexed essay's length (ranking needs it for every matching
// essay, and one lookup per row was most of what bm25() cost), block layouts as they
// are asked for, and a tokenizer for marking matches.
struct SearchCache {
    qint64 dataVersion = -1; // PRAGMA data_version when filled: another connection's writes
    qint64 changes = -1;     // sqlite3_total_changes64 when filled: this connection's writes
    std::unordered_map<qint64, int> tokens;
    double averageTokens = 1;
    // By essay id (ids are dense: they only grow): a search that looks at blocks reads
    // one per matching essay.
    std::vector<std::unique_ptr<const EssayIndex::Layout>> layouts;
    std::unique_ptr<SearchTokenizer::Session> tokenizer;
};

} // namespace duizhao
