#include "Database.h"
#include "EssayParser.h"
#include "Library.h"
#include "SearchQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// The full-text index follows the library: imports, updates, re-classified blocks and
// reindex keep it in step, and its check agrees. It holds one row per essay, yet a query
// means a block: phrases, AND and NOT never reach across blocks, and each hit names
// its best block with exact highlights.
class TestSearchIndex : public QObject
{
    Q_OBJECT

    static ParsedEssay essay(const QString &text)
    {
        ParsedEssay parsed = EssayParser().parseText(text);
        parsed.encoding = QStringLiteral("UTF-8");
        return parsed;
    }
    static ParsedEssay essay(const char16_t *text) { return essay(QString::fromUtf16(text)); }

    static SearchResults results(Library &library, const char16_t *text, SearchOptions options = {})
    {
        QString error;
        const auto query = SearchQuery::parse(QString::fromUtf16(text), &error);
        if (!query)
            qFatal("bad query in test: %s", qPrintable(error));
        return library.search().run(*query, options);
    }

    static QList<qint64> found(Library &library, const char16_t *text, SearchOptions options = {})
    {
        QString error;
        const auto query = SearchQuery::parse(QString::fromUtf16(text), &error);
        if (!query)
            qFatal("bad query in test: %s", qPrintable(error));
        QList<qint64> ids;
        for (const SearchHit &hit : library.search().run(*query, options).hits)
            ids << hit.essayId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void indexFollowsUpdates()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto first =
            library.writer().store(QStringLiteral("/a.txt"), QStringLiteral("h1"), 10,
                                   essay(u"晶片的未來\n\n台灣的晶片產業持續成長。\n"));
        const auto second =
            library.writer().store(QStringLiteral("/b.txt"), QStringLiteral("h2"), 10,
                                   essay(u"芯片之争\n\n美国限制芯片出口。\n广告\n"));
        QCOMPARE(found(library, u"芯片"), (QList<qint64>{first.essayId, second.essayId}));
        QCOMPARE(found(library, u"台湾"), QList<qint64>{first.essayId});
        library.search().checkIndex();

        // The changed file replaces its blocks; the old words leave the index.
        const auto updated = library.writer().store(QStringLiteral("/a.txt"), QStringLiteral("h3"),
                                                    10, essay(u"標題\n\n日本的半導體產業。\n"));
        QCOMPARE(updated.essayId, first.essayId);
        QCOMPARE(found(library, u"台湾"), QList<qint64>{});
        QCOMPARE(found(library, u"半导体"), QList<qint64>{first.essayId});
        library.search().checkIndex();

        library.search().reindex();
        library.search().checkIndex();
        QCOMPARE(found(library, u"芯片"), QList<qint64>{second.essayId});
    }

    // A query of several terms weighs each by how many essays have it. Those counts are
    // kept between searches, and they follow the library: essays added after a search
    // change the weights of the next one.
    void termWeightsFollowTheLibrary()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto alpha =
            library.writer().store(QStringLiteral("/a.txt"), QStringLiteral("h1"), 10,
                                   essay(u"Title one\n\nThe word alpha is here.\n"));
        const auto beta = library.writer().store(QStringLiteral("/b.txt"), QStringLiteral("h2"), 10,
                                                 essay(u"Title two\n\nThe word beta is here.\n"));
        const auto ranked = [&] {
            QList<qint64> ids;
            for (const SearchHit &hit : results(library, u"alpha OR beta").hits)
                ids << hit.essayId;
            return ids;
        };
        // One essay each: equal weights, the older essay first.
        QCOMPARE(ranked(), (QList<qint64>{alpha.essayId, beta.essayId}));
        QCOMPARE(ranked(), (QList<qint64>{alpha.essayId, beta.essayId}));
        for (int i = 0; i < 3; ++i) {
            library.writer().store(
                QStringLiteral("/more%1.txt").arg(i), QStringLiteral("m%1").arg(i), 10,
                essay(u"Another title\n\nOnly alpha, and at length: alpha alpha alpha alpha.\n"));
        }
        // alpha is common now and beta rare: beta's essay leads.
        const QList<qint64> after = ranked();
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.first(), beta.essayId);
    }

    // A big library's search reads its essays in ranges, one per thread, on connections
    // of their own (SearchShards). Spread or not, a search finds the same essays, ranks
    // them alike and shows the same blocks: every range counted once, none skipped, the
    // best of each range merged.
    void threadsFindWhatOneThreadFinds()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        for (int i = 0; i < 23; ++i) {
            QString text = QStringLiteral("第%1篇\n\n").arg(i);
            for (int k = 0; k <= i % 5; ++k)
                text +=
                    i % 2 ? QStringLiteral("臺灣的晶片產業。") : QStringLiteral("中国的芯片产业。");
            text += i % 3 == 0 ? QStringLiteral("\n\n半导体与国家。\n")
                               : QStringLiteral("\n\n国家政策。\n");
            if (i % 4 == 1)
                text += QStringLiteral("\nChips and power%1 matter.\n")
                            .arg(i % 3 ? QString() : QStringLiteral("ful"));
            if (i % 7 == 2)
                text += QStringLiteral("广告\n");
            library.writer().store(QStringLiteral("/e%1.txt").arg(i), QStringLiteral("h%1").arg(i),
                                   10, essay(text));
        }
        const auto listed = [&](const char16_t *query, SearchOptions options) {
            const SearchResults found = results(library, query, options);
            QStringList lines{QString::number(found.total)};
            for (const SearchHit &hit : found.hits) {
                lines << QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(hit.essayId)
                             .arg(hit.score, 0, 'g', 12)
                             .arg(hit.block)
                             .arg(hit.matchingBlocks)
                             .arg(hit.snippet);
            }
            return lines;
        };
        const char16_t *queries[] = {
            u"芯片", u"晶片 产业", u"芯片 OR power", u"芯片 -半导体", u"\"芯片产业\"",
            u"国",   u"pow*",      u"chips power",   u"广告",         u"台湾 OR 半导体"};
        for (const char16_t *query : queries) {
            SearchOptions ranked; // one thread first, then spread
            ranked.threads = 1;
            ranked.limit = 7;
            SearchOptions withBoilerplate = ranked;
            withBoilerplate.includeBoilerplate = true;
            SearchOptions exactScript = withBoilerplate; // blocks looked at one by one
            exactScript.foldScript = false;
            const QStringList expected = listed(query, ranked);
            const QStringList expectedWithBoilerplate = listed(query, withBoilerplate);
            const QStringList expectedExactScript = listed(query, exactScript);
            QVERIFY2(expectedWithBoilerplate.first().toInt() > 0,
                     qPrintable(QString::fromUtf16(query)));
            for (const int threads : {2, 3, 4}) {
                for (SearchOptions *options : {&ranked, &withBoilerplate, &exactScript})
                    options->threads = threads;
                QCOMPARE(listed(query, ranked), expected);
                QCOMPARE(listed(query, withBoilerplate), expectedWithBoilerplate);
                QCOMPARE(listed(query, exactScript), expectedExactScript);
            }
        }
    }

    void filtersByKindAndLanguage()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto stored =
            library.writer().store(QStringLiteral("/c.txt"), QStringLiteral("h"), 10,
                                   essay(u"Chips and power.\n晶片與權力。\nChips matter for "
                                         u"power.\n晶片關乎權力。\n廣告\n"));
        SearchOptions english;
        english.language = Language::English;
        QCOMPARE(found(library, u"power", english), QList<qint64>{stored.essayId});
        SearchOptions chinese;
        chinese.language = Language::ChineseTraditional;
        QCOMPARE(found(library, u"power", chinese), QList<qint64>{});
        QCOMPARE(found(library, u"广告"), QList<qint64>{});
        SearchOptions everything;
        everything.includeBoilerplate = true;
        QCOMPARE(found(library, u"广告", everything), QList<qint64>{stored.essayId});
        SearchOptions otherEssay;
        otherEssay.essayId = stored.essayId + 1;
        QCOMPARE(found(library, u"power", otherEssay), QList<qint64>{});
    }

    // A single character appearing once is found (unigrams are indexed).
    void singleCharacterQuery()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto stored = library.writer().store(QStringLiteral("/d.txt"), QStringLiteral("h"),
                                                   10, essay(u"稀土元素鑥的提純很難。\n"));
        QCOMPARE(found(library, u"镥"), QList<qint64>{stored.essayId});
        QCOMPARE(found(library, u"鑥"), QList<qint64>{stored.essayId});
        QCOMPARE(found(library, u"鈾"), QList<qint64>{});
    }

    // English words are stemmed (porter), Chinese is not touched by the stemmer, and
    // highlights still cover the word as written.
    void wordsAreStemmed()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto stored = library.writer().store(
            QStringLiteral("/e.txt"), QStringLiteral("h"), 10,
            essay(u"Export controls tighten.\nThe rules are controlling chips and connections.\n"
                  u"出口管制收緊。\n"));
        QCOMPARE(found(library, u"control"), QList<qint64>{stored.essayId});
        QCOMPARE(found(library, u"controlled"), QList<qint64>{stored.essayId});
        QCOMPARE(found(library, u"connect"), QList<qint64>{stored.essayId});
        QCOMPARE(found(library, u"rule"), QList<qint64>{stored.essayId});
        QCOMPARE(found(library, u"出口管制"), QList<qint64>{stored.essayId});
        QCOMPARE(found(library, u"contra"), QList<qint64>{});

        QString error;
        const SearchResults results =
            library.search().run(*SearchQuery::parse(QStringLiteral("controlled"), &error));
        QCOMPARE(results.hits.size(), 1);
        const SearchHit &hit = results.hits.front();
        QVERIFY(!hit.highlights.isEmpty());
        QCOMPARE(hit.snippet.contains(QStringLiteral("\u00ABcontrols\u00BB")) ||
                     hit.snippet.contains(QStringLiteral("\u00ABcontrolling\u00BB")),
                 true);
        library.search().checkIndex();
    }

    // A phrase, an AND and a NOT are answered within one block, though the index holds
    // the essay as one row.
    void queriesHoldWithinABlock()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto split =
            library.writer().store(QStringLiteral("/split.txt"), QStringLiteral("h1"), 10,
                                   essay(u"Visitors went to Silicon\nValley towns grow chips.\n"));
        const auto whole =
            library.writer().store(QStringLiteral("/whole.txt"), QStringLiteral("h2"), 10,
                                   essay(u"Silicon Valley grows chips.\nPower is elsewhere.\n"));
        QCOMPARE(found(library, u"\"Silicon Valley\""), QList<qint64>{whole.essayId});
        QCOMPARE(found(library, u"Silicon Valley"), QList<qint64>{whole.essayId});
        QCOMPARE(found(library, u"Silicon OR Valley"),
                 (QList<qint64>{split.essayId, whole.essayId}));
        // "chips" and "power" are in one essay but never in one block.
        QCOMPARE(found(library, u"chips power"), QList<qint64>{});
        // The block with "Silicon" has no "towns": NOT holds per block, so the essay whose
        // "towns" is elsewhere is still found.
        QCOMPARE(found(library, u"Silicon -towns"), (QList<qint64>{split.essayId, whole.essayId}));
        QCOMPARE(found(library, u"Valley -towns"), QList<qint64>{whole.essayId});
    }

    // Terms joined by AND find the one block they share wherever it is: after blocks
    // that hold each term alone, in a heading after body text, with three terms whose
    // blocks interleave; an essay whose terms are all present but never together is not
    // found, and boilerplate counts only when it is searched.
    void andFindsTheSharedBlockAnywhere()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto late = library.writer().store(
            QStringLiteral("/late.txt"), QStringLiteral("h1"), 10,
            essay(u"晶片之爭\n\n美國發言。\n晶片出口。\n日本回應。\n晶片短缺。\n"
                  u"美國又說。\n最後美國限制晶片與日本。\n"));
        const auto apart = library.writer().store(
            QStringLiteral("/apart.txt"), QStringLiteral("h2"), 10,
            essay(u"一個標題\n\n美國發言。\n晶片出口。\n日本回應。\n美國晶片。\n"));
        QCOMPARE(found(library, u"美国 晶片"), (QList<qint64>{late.essayId, apart.essayId}));
        QCOMPARE(found(library, u"美国 晶片 日本"), QList<qint64>{late.essayId});
        QCOMPARE(found(library, u"日本 晶片 美国"), QList<qint64>{late.essayId});
        const SearchResults three = results(library, u"日本 美國 晶片");
        QCOMPARE(three.total, 1);
        QCOMPARE(three.hits.front().block, 6); // the last block, the only one with all three
        QCOMPARE(found(library, u"标题 日本"), QList<qint64>{});
    }

    // A block re-classified as boilerplate leaves the default search and stays findable
    // when boilerplate is asked for; back as a paragraph, it is found again.
    void reclassifiedBlocksMoveInTheIndex()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto stored =
            library.writer().store(QStringLiteral("/k.txt"), QStringLiteral("h"), 10,
                                   essay(u"標題\n\n稀土的出口受到限制。\n晶片產業持續成長。\n"));
        const std::optional<Essay> record = library.essays().find(stored.essayId);
        QVERIFY(record);
        int rareEarthBlock = -1;
        for (const Block &block : record->blocks) {
            if (block.text.contains(QString::fromUtf16(u"稀土")))
                rareEarthBlock = block.index;
        }
        QVERIFY(rareEarthBlock >= 0);
        QCOMPARE(found(library, u"稀土"), QList<qint64>{stored.essayId});

        library.corrections().setBlockKind(stored.essayId, rareEarthBlock, BlockKind::Ad);
        QCOMPARE(found(library, u"稀土"), QList<qint64>{});
        QCOMPARE(found(library, u"芯片"), QList<qint64>{stored.essayId});
        SearchOptions everything;
        everything.includeBoilerplate = true;
        QCOMPARE(found(library, u"稀土", everything), QList<qint64>{stored.essayId});
        library.search().checkIndex();

        library.corrections().setBlockKind(stored.essayId, rareEarthBlock, BlockKind::Paragraph);
        QCOMPARE(found(library, u"稀土"), QList<qint64>{stored.essayId});
        library.search().checkIndex();
    }

    // A hit names the block that answers best (a title over body text), counts every
    // block that matches, and marks exactly the characters that match, in the original
    // script.
    void hitsNameTheirBlockAndMarkExactly()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto stored = library.writer().store(
            QStringLiteral("/h.txt"), QStringLiteral("h"), 10,
            essay(u"鑥的故事\n\n稀土元素鑥的提純很難。\n提純鑥需要耐心,鑥很稀有。\n別的段落。\n"));
        const SearchResults found = results(library, u"镥");
        QCOMPARE(found.total, 1);
        const SearchHit &hit = found.hits.front();
        QCOMPARE(hit.essayId, stored.essayId);
        QCOMPARE(hit.block, 0);
        QCOMPARE(hit.kind, BlockKind::Title);
        QCOMPARE(hit.matchingBlocks, 3);
        QCOMPARE(hit.highlights, (QList<QPair<int, int>>{{0, 1}}));
        QCOMPARE(hit.snippet, QString::fromUtf16(u"«鑥»的故事"));

        const SearchResults phrase = results(library, u"提纯");
        QCOMPARE(phrase.hits.size(), 1);
        const std::optional<Essay> record = library.essays().find(stored.essayId);
        const QString text = record->blocks.at(phrase.hits.front().block).text;
        for (const auto &[start, end] : phrase.hits.front().highlights)
            QCOMPARE(text.mid(start, end - start), QString::fromUtf16(u"提純"));
    }

    // More of a term ranks higher; scores are best first.
    void moreMatchesRankHigher()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto once =
            library.writer().store(QStringLiteral("/once.txt"), QStringLiteral("h1"), 10,
                                   essay(u"晶片之爭。\n\n美國說了一句話。\n日本也說了。\n"));
        const auto often =
            library.writer().store(QStringLiteral("/often.txt"), QStringLiteral("h2"), 10,
                                   essay(u"晶片之爭。\n\n美國美國美國。\n美國說了。\n"));
        const SearchResults ranked = results(library, u"美国");
        QCOMPARE(ranked.total, 2);
        QCOMPARE(ranked.hits.at(0).essayId, often.essayId);
        QCOMPARE(ranked.hits.at(1).essayId, once.essayId);
        QVERIFY(ranked.hits.at(0).score > ranked.hits.at(1).score);
    }

    // A damaged index is reported by the check, and reindex repairs it; text that holds
    // the index's own block marker is indexed like any other.
    void checkFindsDamageAndReindexRepairs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        qint64 essayId = 0;
        {
            Library library(path);
            essayId = library.writer()
                          .store(QStringLiteral("/m.txt"), QStringLiteral("h"), 10,
                                 essay(u"Title here\n\nA record\u001Eseparator inside chips.\n"))
                          .essayId;
            QCOMPARE(found(library, u"separator"), QList<qint64>{essayId});
            QCOMPARE(found(library, u"chips"), QList<qint64>{essayId});
            QCOMPARE(library.maintenance().checkIntegrity(), QStringList{});
        }
        {
            Database db(path);
            db.execute(u"DELETE FROM essay_search");
        }
        Library library(path);
        const QStringList problems = library.maintenance().checkIntegrity();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.front().contains(QStringLiteral("not in the search index")),
                 qPrintable(problems.front()));
        library.search().reindex();
        QCOMPARE(library.maintenance().checkIntegrity(), QStringList{});
        QCOMPARE(found(library, u"chips"), QList<qint64>{essayId});
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
