#include "SearchQuery.h"

#include <QTest>

using namespace duizhao;

// The query language: what users type becomes a safe FTS5 expression (every term
// quoted), and the same parse decides the strict modes by containment.
class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void translatesToFts5_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts5");
        QTest::newRow("word") << QStringLiteral("chips") << QStringLiteral("\"chips\"");
        QTest::newRow("implicit and")
            << QStringLiteral("chips export") << QStringLiteral("((\"chips\" AND \"export\"))");
        QTest::newRow("explicit and")
            << QStringLiteral("chips AND export") << QStringLiteral("((\"chips\" AND \"export\"))");
        QTest::newRow("phrase") << QStringLiteral("\"Silicon Valley\"")
                                << QStringLiteral("\"Silicon Valley\"");
        QTest::newRow("chinese quotes")
            << QString::fromUtf16(u"“出口管制”") << QString::fromUtf16(u"\"出口管制\"");
        QTest::newRow("or") << QString::fromUtf16(u"芯片 OR 晶片")
                            << QString::fromUtf16(u"(\"芯片\" OR \"晶片\")");
        QTest::newRow("minus") << QStringLiteral("chips -ads")
                               << QStringLiteral("((\"chips\") NOT \"ads\")");
        QTest::newRow("not") << QStringLiteral("chips NOT ads")
                             << QStringLiteral("((\"chips\") NOT \"ads\")");
        QTest::newRow("prefix") << QStringLiteral("semicon*") << QStringLiteral("\"semicon\" *");
        QTest::newRow("grouping") << QStringLiteral("(a OR b) c")
                                  << QStringLiteral("(((\"a\" OR \"b\") AND \"c\"))");
        QTest::newRow("hyphenated word is not exclusion")
            << QStringLiteral("U.S.-China") << QStringLiteral("\"U.S.-China\"");
        // Quotes inside a term cannot end the FTS5 string: they are doubled.
        QTest::newRow("embedded quote") << QStringLiteral("it\"s") << QString();
        QTest::newRow("sql-looking text stays a term")
            << QStringLiteral("x';DROP") << QStringLiteral("\"x';DROP\"");
    }
    void translatesToFts5()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts5);
        QString error;
        const auto query = SearchQuery::parse(input, &error);
        if (fts5.isEmpty()) {
            QVERIFY(!query); // it"s opens a quote that never closes
            QCOMPARE(error, QStringLiteral("unbalanced quotation mark"));
            return;
        }
        QVERIFY2(query, qPrintable(error));
        QCOMPARE(query->toFts5(), fts5);
    }

    void refusesBadQueries_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("empty query");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty query");
        QTest::newRow("unbalanced")
            << QStringLiteral("\"abc") << QStringLiteral("unbalanced quotation mark");
        QTest::newRow("lone or") << QStringLiteral("OR")
                                 << QStringLiteral("OR needs a search term on each side");
        QTest::newRow("trailing or")
            << QStringLiteral("a OR") << QStringLiteral("OR needs a search term on each side");
        QTest::newRow("reversed") << QStringLiteral(")(") << QStringLiteral("unexpected ')'");
        QTest::newRow("unclosed") << QStringLiteral("(a b")
                                  << QStringLiteral("missing closing parenthesis");
        QTest::newRow("only not") << QStringLiteral("-a")
                                  << QStringLiteral(
                                         "a query needs at least one term that is not excluded");
        QTest::newRow("not at end")
            << QStringLiteral("a NOT") << QStringLiteral("NOT (or -) needs a search term after it");
        QTest::newRow("punctuation")
            << QStringLiteral("!!!")
            << QStringLiteral("'!!!' has no letters, digits or characters to search for");
        QTest::newRow("too long") << QString(SearchQuery::kMaxLength + 1, u'x')
                                  << QStringLiteral(
                                         "the query is too long (1001 characters; at most 1000)");
    }
    void refusesBadQueries()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!SearchQuery::parse(input, &error));
        QCOMPARE(error, reason);
        QVERIFY(!error.contains(u'\n'));
    }

    // The strict modes evaluate the query on folded text by containment.
    void matchesFoldedText()
    {
        QString error;
        const auto query = SearchQuery::parse(QString::fromUtf16(u"芯片 -DeepSeek"), &error);
        QVERIFY(query);
        const SearchFolder::Options exactVocabulary{true, false};
        QVERIFY(query->matches(QString::fromUtf16(u"中國的芯片產業"), exactVocabulary));
        QVERIFY(!query->matches(QString::fromUtf16(u"中國的晶片產業"), exactVocabulary));
        QVERIFY(query->matches(QString::fromUtf16(u"中國的晶片產業"), {}));
        QVERIFY(!query->matches(QString::fromUtf16(u"芯片 and deepseek"), {}));
        const auto phrase = SearchQuery::parse(QStringLiteral("\"silicon   valley\""), &error);
        QVERIFY(phrase->matches(QStringLiteral("In SILICON VALLEY today"), {}));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
