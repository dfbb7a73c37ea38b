#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Search acceptance on the shared corpus, through duizhao-cli: a term typed once finds
// it in every script and regional vocabulary. Essays are named by their file prefix
// ("000", "001", "002", "004") so the assertions read like the design brief.
class TestSearchCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QHash<qint64, QString> m_prefixById;

    QStringList essaysFound(const QStringList &arguments)
    {
        const CliRun run =
            runCli(m_db, QStringList{QStringLiteral("search"), QStringLiteral("--json"),
                                     QStringLiteral("--limit"), QStringLiteral("100")} +
                             arguments);
        if (run.exitCode != 0)
            return {
                QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))};
        const QJsonObject result = run.json().object();
        QStringList prefixes;
        for (const QJsonValue &hit : result.value(QStringLiteral("hits")).toArray())
            prefixes << m_prefixById.value(
                hit.toObject().value(QStringLiteral("essay")).toInteger());
        prefixes.sort();
        if (result.value(QStringLiteral("total")).toInt() != prefixes.size())
            prefixes << QStringLiteral("total disagrees with hits");
        return prefixes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("search.sqlite"));
        QCOMPARE(
            runCli(m_db, {QStringLiteral("import"), QStringLiteral(DUIZHAO_CORPUS_DIR)}).exitCode,
            0);
        const CliRun listed = runCli(m_db, {QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &essay : listed.json().array()) {
            const QJsonObject object = essay.toObject();
            m_prefixById.insert(
                object.value(QStringLiteral("id")).toInteger(),
                QFileInfo(object.value(QStringLiteral("file")).toString()).fileName().left(3));
        }
        QCOMPARE(m_prefixById.size(), 4);
    }

    // Each row is one fact of the acceptance list of the search issue.
    void findsAcrossScriptsAndRegions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                              QStringLiteral("004")};
        const auto q = [](const char16_t *text) {
            return QStringList{QString::fromUtf16(text)};
        };
        QTest::newRow("美国 simplified") << q(u"美国") << all;
        QTest::newRow("美國 traditional") << q(u"美國") << all;
        QTest::newRow("稀土") << q(u"稀土") << QStringList{QStringLiteral("000")};
        QTest::newRow("镥 one character, once") << q(u"镥") << QStringList{QStringLiteral("000")};
        QTest::newRow("鑥 traditional form") << q(u"鑥") << QStringList{QStringLiteral("000")};
        QTest::newRow("DeepSeek") << q(u"DeepSeek")
                                  << QStringList{QStringLiteral("001"), QStringLiteral("004")};
        QTest::newRow("deepseek lower case")
            << q(u"deepseek") << QStringList{QStringLiteral("001"), QStringLiteral("004")};
        QTest::newRow("ＤｅｅｐＳｅｅｋ full width")
            << q(u"\uFF24\uFF45\uFF45\uFF50\uFF33\uFF45\uFF45\uFF4B")
            << QStringList{QStringLiteral("001"), QStringLiteral("004")};
        QTest::newRow("phrase Silicon Valley")
            << q(u"\"Silicon Valley\"") << QStringList{QStringLiteral("004")};
        QTest::newRow("出口管制") << q(u"出口管制") << QStringList{QStringLiteral("002")};
        QTest::newRow("芯片 mainland") << q(u"芯片") << all;
        QTest::newRow("晶片 Taiwan") << q(u"晶片") << all;
        QTest::newRow("人工智能 mainland") << q(u"人工智能") << all;
        QTest::newRow("人工智慧 Taiwan") << q(u"人工智慧") << all;
        QTest::newRow("集成电路 finds 積體電路")
            << q(u"集成电路") << QStringList{QStringLiteral("001")};
        QTest::newRow("芯片 exact vocabulary")
            << QStringList{QStringLiteral("--exact-vocabulary"), QString::fromUtf16(u"芯片")}
            << QStringList{QStringLiteral("000"), QStringLiteral("002")};
        QTest::newRow("美國 exact script")
            << QStringList{QStringLiteral("--exact-script"), QString::fromUtf16(u"美國")}
            << QStringList{QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("004")};
        QTest::newRow("OR") << q(u"稀土 OR \"Silicon Valley\"")
                            << QStringList{QStringLiteral("000"), QStringLiteral("004")};
        QTest::newRow("NOT within a block")
            << q(u"DeepSeek -\"Silicon Valley\" -Nvidia -chips -startup")
            << QStringList{QStringLiteral("001"), QStringLiteral("004")};
        QTest::newRow("prefix") << q(u"Silic*") << QStringList{QStringLiteral("004")};
        QTest::newRow("mixed English and Chinese in one block")
            << q(u"AI 芯片") << QStringList{QStringLiteral("000"), QStringLiteral("002")};
        QTest::newRow("boilerplate is not searched") << q(u"NetEase") << QStringList{};
        QTest::newRow("boilerplate with --all-kinds")
            << QStringList{QStringLiteral("--all-kinds"), QStringLiteral("NetEase")}
            << QStringList{QStringLiteral("000")};
    }

    void findsAcrossScriptsAndRegions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QCOMPARE(essaysFound(arguments), expected);
    }

    // Snippets quote the original script and mark the match; highlights are code point
    // ranges of the block's original text that spell the match.
    void snippetsQuoteTheOriginal()
    {
        const CliRun run = runCli(m_db, {QStringLiteral("search"), QStringLiteral("--json"),
                                         QString::fromUtf16(u"集成电路")});
        const QJsonObject hit =
            run.json().object().value(QStringLiteral("hits")).toArray().at(0).toObject();
        QVERIFY(hit.value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QString::fromUtf16(u"«積體電路»")));
        const QString essay = QString::number(hit.value(QStringLiteral("essay")).toInteger());
        const CliRun shown =
            runCli(m_db, {QStringLiteral("show"), essay, QStringLiteral("--json")});
        const QString text = shown.json()
                                 .object()
                                 .value(QStringLiteral("blocks"))
                                 .toArray()
                                 .at(hit.value(QStringLiteral("block")).toInt())
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toString();
        const QJsonArray range = hit.value(QStringLiteral("highlights")).toArray().at(0).toArray();
        const QList<uint> codePoints = text.toUcs4();
        const QList<uint> marked =
            codePoints.mid(range.at(0).toInt(), range.at(1).toInt() - range.at(0).toInt());
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(marked.constData()),
                                   marked.size()),
                 QString::fromUtf16(u"積體電路"));
    }

    // Titles rank above body text: the essay whose title says it comes first.
    void titleHitsRankFirst()
    {
        const CliRun run = runCli(
            m_db, {QStringLiteral("search"), QStringLiteral("--json"),
                   QStringLiteral("\"Silicon Valley\" OR ") + QString::fromUtf16(u"黔驴技穷")});
        const QJsonArray hits = run.json().object().value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 2);
        for (const QJsonValue &hit : hits)
            QCOMPARE(hit.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("title"));
        QVERIFY(hits.at(0).toObject().value(QStringLiteral("score")).toDouble() >=
                hits.at(1).toObject().value(QStringLiteral("score")).toDouble());
    }

    // Bad queries: exit code 2, one human line, never SQLite's own words.
    void badQueriesExitWithTwo_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"Silicon Valley");
        QTest::newRow("lone operator") << QStringLiteral("OR");
        QTest::newRow("reversed parentheses") << QStringLiteral(")(");
        QTest::newRow("only excluded") << QStringLiteral("NOT chips");
        QTest::newRow("nothing searchable") << QStringLiteral("!!! ???");
        QTest::newRow("5000 characters") << QString(5000, u'a');
        QTest::newRow("dangling AND") << QStringLiteral("chips AND");
        QTest::newRow("empty parentheses") << QStringLiteral("()");
    }
    void badQueriesExitWithTwo()
    {
        QFETCH(QString, query);
        const CliRun run = runCli(m_db, {QStringLiteral("search"), query});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("duizhao-cli: bad query: "));
        QVERIFY(!run.err.contains("fts5"));
        QVERIFY(!run.err.contains("SQL"));
    }

    // reindex rebuilds and passes FTS5's integrity check; results do not change.
    void reindexKeepsResults()
    {
        const QStringList before = essaysFound({QString::fromUtf16(u"晶片")});
        const CliRun run = runCli(m_db, {QStringLiteral("reindex")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(essaysFound({QString::fromUtf16(u"晶片")}), before);
    }
};

QTEST_GUILESS_MAIN(TestSearchCorpus)
#include "tst_search_corpus.moc"
