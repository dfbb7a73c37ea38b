#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>
#include <vector>

namespace duizhao {

class Database;
struct SearchCache;

// A search's reading of FTS5's rows spread over the cores. SQLite runs a statement on
// one thread, and at 100,000 essays one common phrase kept a core busy for ~90 ms while
// the other idled. So the essays are cut into ranges of rowids holding about the same
// text, and each range is read by a statement of its own, on its own connection to the
// same file and its own thread. The first range is read on the library's connection and
// the caller's thread; the other connections are opened on first use and kept.
class SearchShards
{
public:
    // Rowids, both included.
    struct Range {
        qint64 first;
        qint64 last;
    };
    // Below this many essays per thread a search is not spread: a second thread then
    // saves less than starting it costs.
    static constexpr size_t kMinimumEssaysPerThread = 2000;
    static constexpr int kMostThreads = 4;

    explicit SearchShards(Database &db);
    SearchShards(const SearchShards &) = delete;
    SearchShards &operator=(const SearchShards &) = delete;
    ~SearchShards();

    // The ranges to read the library in, for `threads` threads (0: one per core, when
    // the library is big enough to gain). One range, the whole library, for a library
    // held in memory or one with a transaction open on its connection: no other
    // connection could read it, or see the transaction's writes. Opens the connections
    // the ranges need.
    std::vector<Range> ranges(const SearchCache &cache, int threads);
    // The connection that reads range `shard` of those ranges() gave.
    Database &connection(size_t shard);
    // Runs read(shard) for every shard below `count` at once and returns when all are
    // done; rethrows the first exception any of them threw.
    static void run(size_t count, const std::function<void(size_t shard)> &read);

private:
    Database &m_db;
    std::vector<std::unique_ptr<Database>> m_peers; // connection(1), connection(2), …
};

} // namespace duizhao
