#pragma once

#include "EssayIndex.h"
#include "SearchTokenizer.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace duizhao {

// What a Library's searches read again and again, kept between searches until the
// library changes: every indexed essay's length (ranking needs it for every matching
// essay, and one lookup per row was most of what bm25() cost), block layouts as they
// are asked for, and a tokenizer for marking matches.
struct SearchCache {
    qint64 dataVersion = -1; // PRAGMA data_version when filled: another connection's writes
    qint64 changes = -1;     // sqlite3_total_changes64 when filled: this connection's writes
    // Indexed tokens by essay id (ids are dense: they only grow), -1 for an id without
    // an indexed essay: read for every row a search ranks.
    std::vector<int> tokens;
    size_t essays = 0; // indexed essays
    double averageTokens = 1;
    // An essay's length for ranking; the average for one the index has not measured.
    double lengthOf(qint64 essayId) const
    {
        const int length =
            essayId >= 0 && size_t(essayId) < tokens.size() ? tokens[size_t(essayId)] : -1;
        return length >= 0 ? double(length) : averageTokens;
    }
    // By essay id (ids are dense: they only grow): a search that looks at blocks reads
    // one per matching essay.
    std::vector<std::unique_ptr<const EssayIndex::Layout>> layouts;
    std::unique_ptr<SearchTokenizer::Session> tokenizer;
    // How many essays each FTS5 phrase asked about matches, for the weights of the terms
    // of a query with several: counting a common term means reading its whole doclist
    // (~20 ms at 100k essays), and an analyst refining a query asks about the same terms
    // again and again.
    QHash<QString, qint64> essaysMatching;
};

} // namespace duizhao
