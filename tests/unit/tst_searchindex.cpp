#include "ingest/EssayParser.h"
#include "search/SearchQuery.h"
#include "store/Library.h"

#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// The full-text index follows the library: imports, updates and reindex keep it in
// step, and FTS5's integrity check agrees.
class TestSearchIndex : public QObject
{
    Q_OBJECT

    static ParsedEssay essay(const char16_t *text)
    {
        ParsedEssay parsed = EssayParser().parseText(QString::fromUtf16(text));
        parsed.encoding = QStringLiteral("UTF-8");
        return parsed;
    }

    static QList<qint64> found(Library &library, const char16_t *text, SearchOptions options = {})
    {
        QString error;
        const auto query = SearchQuery::parse(QString::fromUtf16(text), &error);
        if (!query)
            qFatal("bad query in test: %s", qPrintable(error));
        QList<qint64> ids;
        for (const SearchHit &hit : library.search(*query, options).hits)
            ids << hit.essayId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void indexFollowsUpdates()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto first = library.store(QStringLiteral("/a.txt"), QStringLiteral("h1"), 10,
                                         essay(u"晶片的未來\n\n台灣的晶片產業持續成長。\n"));
        const auto second = library.store(QStringLiteral("/b.txt"), QStringLiteral("h2"), 10,
                                          essay(u"芯片之争\n\n美国限制芯片出口。\n广告\n"));
        QCOMPARE(found(library, u"芯片"), (QList<qint64>{first.essayId, second.essayId}));
        QCOMPARE(found(library, u"台湾"), QList<qint64>{first.essayId});
        library.checkIndex();

        // The changed file replaces its blocks; the old words leave the index.
        const auto updated = library.store(QStringLiteral("/a.txt"), QStringLiteral("h3"), 10,
                                           essay(u"標題\n\n日本的半導體產業。\n"));
        QCOMPARE(updated.essayId, first.essayId);
        QCOMPARE(found(library, u"台湾"), QList<qint64>{});
        QCOMPARE(found(library, u"半导体"), QList<qint64>{first.essayId});
        library.checkIndex();

        library.reindex();
        library.checkIndex();
        QCOMPARE(found(library, u"芯片"), QList<qint64>{second.essayId});
    }

    void filtersByKindAndLanguage()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        const auto stored = library.store(
            QStringLiteral("/c.txt"), QStringLiteral("h"), 10,
            essay(u"Chips and power.\n晶片與權力。\nChips matter for power.\n晶片關乎權力。\n廣告\n"));
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
        const auto stored = library.store(QStringLiteral("/d.txt"), QStringLiteral("h"), 10,
                                          essay(u"稀土元素鑥的提純很難。\n"));
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
        const auto stored = library.store(
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
            library.search(*SearchQuery::parse(QStringLiteral("controlled"), &error));
        QCOMPARE(results.hits.size(), 1);
        const SearchHit &hit = results.hits.front();
        QVERIFY(!hit.highlights.isEmpty());
        QCOMPARE(hit.snippet.contains(QStringLiteral("\u00ABcontrols\u00BB"))
                     || hit.snippet.contains(QStringLiteral("\u00ABcontrolling\u00BB")),
                 true);
        library.checkIndex();
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
