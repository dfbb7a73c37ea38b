#include "SearchShards.h"

#include "Database.h"
#include "RowVisitor.h"
#include "SearchCache.h"
#include "SearchTokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <exception>
#include <limits>
#include <thread>

namespace duizhao {

SearchShards::SearchShards(Database &db)
    : m_db(db)
{}

SearchShards::~SearchShards() = default;

std::vector<SearchShards::Range> SearchShards::ranges(const SearchCache &cache, int threads)
{
    constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
    constexpr qint64 kLast = std::numeric_limits<qint64>::max();
    const char *file = sqlite3_db_filename(m_db.handle(), "main");
    const size_t asked = threads > 0
                             ? size_t(threads)
                             : std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()),
                                                cache.essays / kMinimumEssaysPerThread);
    const size_t count = std::clamp<size_t>(std::min(asked, cache.essays), 1, kMostThreads);
    if (count == 1 || !file || !*file || !sqlite3_get_autocommit(m_db.handle()))
        return {{kFirst, kLast}};

    // Cut where the indexed tokens reach each next share: the work of a range follows
    // its text, and ids are dense.
    double total = 0;
    for (const int tokens : cache.tokens)
        total += std::max(0, tokens);
    std::vector<Range> ranges;
    qint64 first = kFirst;
    double reached = 0;
    for (size_t id = 0; id < cache.tokens.size() && ranges.size() + 1 < count; ++id) {
        reached += std::max(0, cache.tokens[id]);
        if (reached >= total * double(ranges.size() + 1) / double(count)) {
            ranges.push_back({first, qint64(id)});
            first = qint64(id) + 1;
        }
    }
    ranges.push_back({first, kLast});

    while (m_peers.size() + 1 < ranges.size()) {
        // SQLite's own full path of the file: the same file whatever the path was given as.
        auto peer = std::make_unique<Database>(QString::fromUtf8(file));
        SearchTokenizer::registerWith(peer->handle());
        RowVisitor::registerWith(peer->handle());
        peer->mapForReading(); // as the library's connection does for a search
        m_peers.push_back(std::move(peer));
    }
    return ranges;
}

Database &SearchShards::connection(size_t shard)
{
    return shard == 0 ? m_db : *m_peers.at(shard - 1);
}

void SearchShards::run(size_t count, const std::function<void(size_t shard)> &read)
{
    std::vector<std::exception_ptr> failures(count);
    const auto guarded = [&](size_t shard) {
        try {
            read(shard);
        } catch (...) {
            failures[shard] = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(count);
    for (size_t shard = 1; shard < count; ++shard)
        threads.emplace_back(guarded, shard);
    if (count > 0)
        guarded(0);
    for (std::thread &thread : threads)
        thread.join();
    for (const std::exception_ptr &failure : failures) {
        if (failure)
            std::rethrow_exception(failure);
    }
}

} // namespace duizhao
