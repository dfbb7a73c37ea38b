#pragma once

#include <string_view>
#include <vector>

struct sqlite3;

namespace duizhao {

// The FTS5 auxiliary function duizhao_hits(essay_fts, mode), registered on every library
// connection: what a search needs of each matching row, and nothing FTS5 would have to
// look up elsewhere (bm25() reads every row's size from another table; this reads only
// the positions FTS5 has in hand).
//
//   mode 0: per phrase of the query, its matches weighted by column (a title counts 2,
//           a heading 1.5, other text 1), as floats
//   mode 1: every match as (phrase, column, position), as int32 triples
namespace HitsFunction {

inline constexpr const char *kName = "duizhao_hits";

void registerWith(sqlite3 *db);

struct Hit {
    int phrase;
    int column;
    int position;
};
std::vector<float> weightedCounts(std::string_view blob);
std::vector<Hit> hits(std::string_view blob);
// What one match in `column` weighs (title 2, heading 1.5, anything else 1).
float columnWeight(int column);

} // namespace HitsFunction
} // namespace duizhao
