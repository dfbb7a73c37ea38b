#include "Database.h"
#include "SearchCache.h"
#include "SearchShards.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <thread>

using namespace duizhao;

// How a search cuts the library for its threads (SearchShards): ranges that cover every
// rowid once, hold about the same text, and fall back to one range whenever another
// connection could not read what the library's own connection sees.
class TestSearchShards : public QObject
{
    Q_OBJECT

    // Essay ids 1 … count, the first half short and the second long (ranges cut by
    // essays instead of text would be far from even), and a few ids without an indexed
    // essay.
    static SearchCache cacheOf(int count)
    {
        SearchCache cache;
        cache.tokens.assign(size_t(count) + 1, -1);
        for (int id = 1; id <= count; ++id) {
            if (id % 11 == 0)
                continue;
            cache.tokens[size_t(id)] = id <= count / 2 ? 50 + id % 13 : 800 + id % 97;
            ++cache.essays;
        }
        return cache;
    }

    static qint64 tokensIn(const SearchCache &cache, const SearchShards::Range &range)
    {
        qint64 sum = 0;
        for (size_t id = 0; id < cache.tokens.size(); ++id) {
            if (qint64(id) >= range.first && qint64(id) <= range.last)
                sum += std::max(0, cache.tokens[id]);
        }
        return sum;
    }

private slots:
    void rangesCoverEveryRowidOnceWithEvenText()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("lib.sqlite")));
        SearchShards shards(db);
        const SearchCache cache = cacheOf(5000);
        const qint64 total = tokensIn(
            cache, {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()});
        for (const int threads : {2, 3, 4}) {
            const std::vector<SearchShards::Range> ranges = shards.ranges(cache, threads);
            QCOMPARE(ranges.size(), size_t(threads));
            QCOMPARE(ranges.front().first, std::numeric_limits<qint64>::min());
            QCOMPARE(ranges.back().last, std::numeric_limits<qint64>::max());
            for (size_t i = 0; i < ranges.size(); ++i) {
                QVERIFY(ranges[i].first <= ranges[i].last);
                if (i + 1 < ranges.size())
                    QCOMPARE(ranges[i + 1].first, ranges[i].last + 1);
                // Within one essay's length of an equal share.
                const qint64 share = tokensIn(cache, ranges[i]);
                QVERIFY2(std::abs(share - total / threads) <= 1000,
                         qPrintable(QString::number(share)));
                // The first range is read on the library's connection, each other on its own.
                if (i == 0) {
                    QCOMPARE(&shards.connection(i), &db);
                } else {
                    QCOMPARE(QFileInfo(shards.connection(i).path()).canonicalFilePath(),
                             QFileInfo(db.path()).canonicalFilePath());
                    QVERIFY(shards.connection(i).handle() != db.handle());
                    QVERIFY(shards.connection(i).handle() != shards.connection(i - 1).handle());
                }
            }
        }
    }

    void smallLibrariesAreReadInOneRange()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("lib.sqlite")));
        SearchShards shards(db);
        QCOMPARE(
            shards.ranges(cacheOf(int(2 * SearchShards::kMinimumEssaysPerThread) - 100), 0).size(),
            size_t(1));
        // Never more ranges than essays.
        QCOMPARE(shards.ranges(cacheOf(1), 4).size(), size_t(1));
    }

    // Another connection would not see what this one has not committed, nor a database
    // held in memory.
    void oneRangeInMemoryOrInATransaction()
    {
        Database memory(QStringLiteral(":memory:"));
        QCOMPARE(SearchShards(memory).ranges(cacheOf(5000), 2).size(), size_t(1));

        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("lib.sqlite")));
        SearchShards shards(db);
        db.execute(u"BEGIN");
        QCOMPARE(shards.ranges(cacheOf(5000), 2).size(), size_t(1));
        db.execute(u"COMMIT");
        QCOMPARE(shards.ranges(cacheOf(5000), 2).size(), size_t(2));
    }

    // Every shard runs, each on a thread of its own but the first, which runs on the
    // caller's; a failure in any of them reaches the caller once all are done.
    void runRunsEveryShardAndRethrows()
    {
        std::atomic<int> ran{0};
        std::atomic<int> onCaller{0};
        std::atomic<bool> firstOnCaller{false};
        const auto caller = std::this_thread::get_id();
        SearchShards::run(4, [&](size_t shard) {
            const bool here = std::this_thread::get_id() == caller;
            onCaller += here ? 1 : 0;
            if (shard == 0)
                firstOnCaller = here;
            ++ran;
        });
        QCOMPARE(ran.load(), 4);
        QCOMPARE(onCaller.load(), 1);
        QVERIFY(firstOnCaller.load());

        ran = 0;
        bool thrown = false;
        try {
            SearchShards::run(3, [&](size_t shard) {
                ++ran;
                if (shard == 2)
                    throw std::runtime_error("shard 2 failed");
            });
        } catch (const std::runtime_error &error) {
            thrown = QByteArray(error.what()) == "shard 2 failed";
        }
        QVERIFY(thrown);
        QCOMPARE(ran.load(), 3);

        // The caller's own shard failing first still waits for the others.
        ran = 0;
        thrown = false;
        try {
            SearchShards::run(3, [&](size_t shard) {
                if (shard == 0)
                    throw std::runtime_error("shard 0 failed");
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                ++ran;
            });
        } catch (const std::runtime_error &error) {
            thrown = QByteArray(error.what()) == "shard 0 failed";
        }
        QVERIFY(thrown);
        QCOMPARE(ran.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSearchShards)
#include "tst_searchshards.moc"
