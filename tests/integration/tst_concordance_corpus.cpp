#include "CliRunner.h"

#include "Collation.h"
#include "EssayFilter.h"
#include "Library.h"
#include "LibraryStatistics.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// The concordance and the statistics on the project's samples and the shared corpus (read
// in place): golden lines in both scripts, 晶片 found by 芯片, a bilingual counterpart,
// the orders, and the JSON shapes of `duizhao-cli concordance` and `stats`. Essays are
// named by their file's first characters ("sample-bilingual", "004").
class TestConcordanceCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, qint64> m_idByName;
    std::unique_ptr<Library> m_library;

    qint64 essay(const QString &prefix) const
    {
        for (auto it = m_idByName.cbegin(); it != m_idByName.cend(); ++it) {
            if (it.key().startsWith(prefix))
                return it.value();
        }
        return 0;
    }

    ConcordanceResults run(const QString &text, ConcordanceOptions options = {})
    {
        QString error;
        const std::optional<SearchQuery> query = SearchQuery::parse(text, &error);
        if (!query)
            qFatal("bad query");
        return m_library->search().concordance(*query, options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("concordance.sqlite"));
        QCOMPARE(runCli(m_db, {QStringLiteral("import"), QStringLiteral(DUIZHAO_SAMPLES_DIR),
                               QStringLiteral(DUIZHAO_CORPUS_DIR)})
                     .exitCode,
                 0);
        m_library = std::make_unique<Library>(m_db);
        for (const EssaySummary &summary : m_library->essays().listing())
            m_idByName.insert(QFileInfo(summary.file).fileName(), summary.id);
        QVERIFY(essay(QStringLiteral("sample-bilingual")) > 0);
        QVERIFY(essay(QStringLiteral("004")) > 0);
    }

    // One golden line per row: the query, the essay, and what the line must show.
    void goldenLines_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("essay");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("hit");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("counterpart"); // its start; empty: none
        const auto s = [](const char16_t *text) {
            return QString::fromUtf16(text);
        };
        QTest::newRow("芯片 finds 晶片 (traditional, bilingual)")
            << s(u"芯片") << s(u"sample-bilingual") << 3 << 6 << s(u"每當政府宣布") << s(u"晶片")
            << s(u"補貼,新聞標題上") << s(u"When governments announce chip subsidies");
        QTest::newRow("芯片 in simplified")
            << s(u"芯片") << s(u"sample-hans") << 4 << 7 << s(u"过去几年,围绕") << s(u"芯片")
            << s(u"的出口管制几乎成") << QString();
        QTest::newRow("晶片 finds 芯片")
            << s(u"晶片") << s(u"sample-hans") << 4 << 7 << s(u"过去几年,围绕") << s(u"芯片")
            << s(u"的出口管制几乎成") << QString();
        QTest::newRow("美國 finds 美国, in its own script")
            << s(u"美國") << s(u"002") << 0 << 0 << QString() << s(u"美国") << s(u"“黔驴技穷")
            << QString();
        QTest::newRow("English hit, Chinese counterpart")
            << s(u"\"Silicon Valley\"") << s(u"004") << 0 << 0 << QString() << s(u"Silicon Valley")
            << s(u" has a China") << s(u"矽谷陷入了對中國的羨慕");
    }
    void goldenLines()
    {
        QFETCH(QString, query);
        QFETCH(QString, essay);
        QFETCH(int, block);
        QFETCH(int, start);
        QFETCH(QString, left);
        QFETCH(QString, hit);
        QFETCH(QString, right);
        QFETCH(QString, counterpart);
        ConcordanceOptions options;
        options.search.essayId = this->essay(essay);
        const ConcordanceResults results = run(query, options);
        const ConcordanceLine *found = nullptr;
        for (const ConcordanceLine &line : results.lines) {
            if (line.block == block && line.start == start)
                found = &line;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no line at %1:%2").arg(block).arg(start)));
        QCOMPARE(found->essayId, options.search.essayId);
        QCOMPARE(found->hit, hit);
        QCOMPARE(found->end - found->start, int(hit.toUcs4().size()));
        QVERIFY2(found->left.endsWith(left), qPrintable(found->left));
        QVERIFY2(found->right.startsWith(right), qPrintable(found->right));
        QCOMPARE(found->left.toUcs4().size() <= 40, true);
        QCOMPARE(found->right.toUcs4().size() <= 40, true);
        if (counterpart.isEmpty()) {
            QCOMPARE(found->counterpartBlock, -1);
            QVERIFY(found->counterpart.isEmpty());
        } else {
            QVERIFY(found->counterpartBlock >= 0);
            QVERIFY2(found->counterpart.startsWith(counterpart), qPrintable(found->counterpart));
        }
    }

    // Every match is a line, the totals agree, and a line quotes its block exactly.
    void linesAreTheMatches()
    {
        const ConcordanceResults all = run(QStringLiteral("芯片"));
        QCOMPARE(all.total, all.lines.size());
        QVERIFY(all.total >= 30);
        // Both scripts, and both spellings.
        QSet<QString> hits;
        for (const ConcordanceLine &line : all.lines)
            hits.insert(line.hit);
        QVERIFY(hits.contains(QStringLiteral("芯片")));
        QVERIFY(hits.contains(QStringLiteral("晶片")));
        // A limit lists the first lines in essay order; the total stays the library's.
        ConcordanceOptions limited;
        limited.limit = 5;
        const ConcordanceResults first = run(QStringLiteral("芯片"), limited);
        QCOMPARE(first.lines.size(), 5);
        QCOMPARE(first.total, all.total);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(first.lines[i].essayId, all.lines[i].essayId);
            QCOMPARE(first.lines[i].start, all.lines[i].start);
        }
        // Exact vocabulary: 芯片 no longer finds 晶片.
        ConcordanceOptions exact;
        exact.search.foldVocabulary = false;
        const ConcordanceResults strict = run(QStringLiteral("芯片"), exact);
        QVERIFY(strict.total > 0 && strict.total < all.total);
        for (const ConcordanceLine &line : strict.lines)
            QCOMPARE(line.hit, QStringLiteral("芯片"));
        QCOMPARE(strict.total, strict.lines.size());
    }

    void sortsByRightAndLeftContext()
    {
        ConcordanceOptions options;
        options.order = ConcordanceOrder::Right;
        options.search.essayId = essay(QStringLiteral("sample-hans"));
        options.width = 6;
        const ConcordanceResults right = run(QStringLiteral("芯片"), options);
        QCOMPARE(right.lines.size(), 4);
        // Pinyin order: punctuation, then 的 (de) before 组 (zǔ).
        QCOMPARE(right.lines[2].right, QStringLiteral("的出口管制几"));
        QCOMPARE(right.lines[3].right, QStringLiteral("组成的集群,"));
        for (qsizetype i = 1; i < right.lines.size(); ++i)
            QVERIFY(Collation::compare(right.lines[i - 1].right.trimmed(),
                                       right.lines[i].right.trimmed()) <= 0);
        options.order = ConcordanceOrder::Left;
        const ConcordanceResults left = run(QStringLiteral("芯片"), options);
        QCOMPARE(left.lines.size(), 4);
        // The character next to the hit decides first: 颗 (kē) < 了 (le) < 绕 (rào).
        QVERIFY(left.lines[0].left.endsWith(u'颗'));
        QVERIFY(left.lines[3].left.endsWith(u'绕'));
    }

    void filtersByLanguageAndEssay()
    {
        ConcordanceOptions options;
        options.search.language = Language::English;
        const ConcordanceResults english = run(QStringLiteral("chip*"), options);
        QVERIFY(english.total > 0);
        for (const ConcordanceLine &line : english.lines) {
            QCOMPARE(line.language, Language::English);
            QVERIFY(line.counterpartBlock >= 0); // every English block here is paired
        }
        EssayFilter byOutlet{QStringLiteral("观察者网"), {}, {}};
        options = {};
        options.wantEssay = byOutlet.over(m_library->essays().listing());
        const ConcordanceResults observer = run(QStringLiteral("芯片"), options);
        QVERIFY(observer.total > 0);
        for (const ConcordanceLine &line : observer.lines)
            QCOMPARE(line.essayId, essay(QStringLiteral("002")));
    }

    void contextIsCutInCodePoints()
    {
        const auto [left, right] =
            Concordance::context(QStringLiteral("美国芯片出口管制"), 2, 4, 2);
        QCOMPARE(left, QStringLiteral("美国"));
        QCOMPARE(right, QStringLiteral("出口"));
        const auto [l2, r2] = Concordance::context(QStringLiteral("a\t\U00020000b"), 2, 3, 5);
        QCOMPARE(l2, QStringLiteral("a "));
        QCOMPARE(r2, QStringLiteral("b"));
    }

    void cliConcordanceJson()
    {
        const CliRun run =
            runCli(m_db, {QStringLiteral("concordance"), QStringLiteral("--json"),
                          QStringLiteral("--width"), QStringLiteral("8"), QStringLiteral("--limit"),
                          QStringLiteral("500"), QStringLiteral("晶片")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = run.json().object();
        QCOMPARE(result.value(QStringLiteral("query")).toString(), QStringLiteral("晶片"));
        const QJsonArray lines = result.value(QStringLiteral("lines")).toArray();
        QCOMPARE(result.value(QStringLiteral("total")).toInt(), lines.size());
        bool paired = false;
        bool unpaired = false;
        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            for (const char *key :
                 {"essay", "block", "start", "end", "left", "hit", "right", "counterpart"})
                QVERIFY2(line.contains(QLatin1String(key)), key);
            QVERIFY(line.value(QStringLiteral("left")).toString().toUcs4().size() <= 8);
            QVERIFY(line.value(QStringLiteral("right")).toString().toUcs4().size() <= 8);
            QCOMPARE(line.value(QStringLiteral("end")).toInt() -
                         line.value(QStringLiteral("start")).toInt(),
                     line.value(QStringLiteral("hit")).toString().toUcs4().size());
            (line.value(QStringLiteral("counterpart")).isNull() ? unpaired : paired) = true;
        }
        QVERIFY(paired && unpaired);

        const CliRun bad = runCli(m_db, {QStringLiteral("concordance"), QStringLiteral("(")});
        QCOMPARE(bad.exitCode, 2);
        const CliRun badSort =
            runCli(m_db, {QStringLiteral("concordance"), QStringLiteral("--sort"),
                          QStringLiteral("x"), QStringLiteral("a")});
        QCOMPARE(badSort.exitCode, 2);
    }

    // What a JSON line highlights in its counterpart: the texts of its equivalents.
    static QStringList highlighted(const QJsonObject &line)
    {
        const QList<uint> counterpart =
            line.value(QStringLiteral("counterpart")).toString().toUcs4();
        QStringList texts;
        for (const QJsonValue &range : line.value(QStringLiteral("equivalents")).toArray()) {
            const int start = range.toArray().at(0).toInt();
            const int end = range.toArray().at(1).toInt();
            texts << QString::fromUcs4(
                reinterpret_cast<const char32_t *>(counterpart.data()) + start, end - start);
        }
        return texts;
    }

    // Every line of `query` in an essay (the bilingual sample), by block: what each
    // highlights.
    QHash<int, QStringList> equivalentsIn(const QString &db, const QString &query,
                                          const QString &name = QStringLiteral("sample-bilingual"))
    {
        const CliRun run =
            runCli(db, {QStringLiteral("concordance"), QStringLiteral("--json"),
                        QStringLiteral("--essay"), QString::number(essay(name)), query});
        [&] {
            QCOMPARE(run.exitCode, 0);
        }();
        QHash<int, QStringList> byBlock;
        for (const QJsonValue &value :
             run.json().object().value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = value.toObject();
            if (!line.value(QStringLiteral("counterpart")).isNull())
                byBlock[line.value(QStringLiteral("block")).toInt()] += highlighted(line);
        }
        return byBlock;
    }

    // The counterpart's likely equivalent, from the dictionary: an English hit marks 晶片
    // in its Chinese counterpart, a Chinese hit the English word; a glossary pair wins.
    void cliEquivalentsHighlightTheTranslation()
    {
        const QHash<int, QStringList> english = equivalentsIn(m_db, QStringLiteral("chip"));
        QVERIFY(!english.isEmpty());
        // Block 2: "When governments announce chip subsidies" beside 每當政府宣布晶片補貼.
        QVERIFY2(english.value(2).contains(QStringLiteral("晶片")),
                 qPrintable(english.value(2).join(u'|')));
        int marked = 0;
        for (const QStringList &texts : english)
            marked += texts.contains(QStringLiteral("晶片")) ? 1 : 0;
        QVERIFY(marked >= 2);
        // "Silicon Valley" in 004 marks 矽谷: a phrase, a whole word of 矽谷's definition.
        const QHash<int, QStringList> phrase =
            equivalentsIn(m_db, QStringLiteral("\"Silicon Valley\""), QStringLiteral("004"));
        QVERIFY2(phrase.value(0).contains(QStringLiteral("矽谷")),
                 qPrintable(phrase.value(0).join(u'|')));

        const QHash<int, QStringList> chinese = equivalentsIn(m_db, QStringLiteral("晶片"));
        QVERIFY(!chinese.isEmpty());
        // Block 3 (每當政府宣布晶片補貼) beside "When governments announce chip subsidies".
        QVERIFY2(chinese.value(3).contains(QStringLiteral("chip")),
                 qPrintable(chinese.value(3).join(u'|')));

        // A contrived pair chip ↔ 补贴 is marked instead of the dictionary's 晶片 (removed
        // again at the end, so the other tests see an empty glossary).
        const CliRun added = runCli(m_db, {QStringLiteral("glossary"), QStringLiteral("add"),
                                           QStringLiteral("--json"), QStringLiteral("Chip"),
                                           QStringLiteral("补贴")});
        QCOMPARE(added.exitCode, 0);
        const QString id =
            QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
        const auto removeIt = qScopeGuard([&] {
            runCli(m_db, {QStringLiteral("glossary"), QStringLiteral("remove"), id});
        });
        const QHash<int, QStringList> glossary = equivalentsIn(m_db, QStringLiteral("chip"));
        const QStringList marked2 = glossary.value(2); // 補貼 twice in the counterpart
        QVERIFY(!marked2.isEmpty());
        QCOMPARE(QSet<QString>(marked2.cbegin(), marked2.cend()),
                 QSet<QString>{QStringLiteral("補貼")});
        const QHash<int, QStringList> back = equivalentsIn(m_db, QStringLiteral("補貼"));
        QVERIFY2(back.value(3).contains(QStringLiteral("chip")),
                 qPrintable(back.value(3).join(u'|')));
    }

    void cliStatsJson()
    {
        const QString bilingual = QString::number(essay(QStringLiteral("sample-bilingual")));
        QCOMPARE(runCli(m_db, {QStringLiteral("annotate"), bilingual, QStringLiteral("--block"),
                               QStringLiteral("2"), QStringLiteral("--start"), QStringLiteral("0"),
                               QStringLiteral("--end"), QStringLiteral("16"),
                               QStringLiteral("--claim"), QStringLiteral("factual"),
                               QStringLiteral("--verdict"), QStringLiteral("disputed"),
                               QStringLiteral("--tag"), QStringLiteral("industrial policy")})
                     .exitCode,
                 0);
        const CliRun run = runCli(m_db, {QStringLiteral("stats"), QStringLiteral("--json"),
                                         QStringLiteral("--term"), QStringLiteral("芯片")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = run.json().object();
        const QJsonObject essays = stats.value(QStringLiteral("essays")).toObject();
        QCOMPARE(essays.value(QStringLiteral("total")).toInt(), m_idByName.size());
        QCOMPARE(essays.value(QStringLiteral("byLanguage"))
                     .toObject()
                     .value(QStringLiteral("en+zh-Hant"))
                     .toInt(),
                 2);
        QVERIFY(essays.value(QStringLiteral("byOutlet")).isObject());
        QVERIFY(essays.value(QStringLiteral("byMonth")).isObject());
        const QJsonObject claims = stats.value(QStringLiteral("claims")).toObject();
        QCOMPARE(claims.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(
            claims.value(QStringLiteral("byVerdict")).toObject().value(QStringLiteral("disputed")),
            1);
        QCOMPARE(claims.value(QStringLiteral("byType")).toObject().value(QStringLiteral("factual")),
                 1);
        QCOMPARE(claims.value(QStringLiteral("byTag"))
                     .toObject()
                     .value(QStringLiteral("industrial policy")),
                 1);
        const QJsonObject term = stats.value(QStringLiteral("term")).toObject();
        QCOMPARE(term.value(QStringLiteral("query")).toString(), QStringLiteral("芯片"));
        const QJsonArray byEssay = term.value(QStringLiteral("byEssay")).toArray();
        int sum = 0;
        for (const QJsonValue &row : byEssay) {
            for (const char *key : {"essay", "title", "date", "hits"})
                QVERIFY2(row.toObject().contains(QLatin1String(key)), key);
            sum += row.toObject().value(QStringLiteral("hits")).toInt();
        }
        QCOMPARE(sum, term.value(QStringLiteral("total")).toInt());
        // The same count as the concordance's lines.
        QCOMPARE(sum, run_(QStringLiteral("芯片")));
        QVERIFY(term.value(QStringLiteral("byOutlet")).isObject());
        QVERIFY(term.value(QStringLiteral("byMonth")).isObject());

        const CliRun plain = runCli(m_db, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY(plain.json().object().value(QStringLiteral("term")).isNull());
    }

private:
    int run_(const QString &text) { return run(text).total; }
};

QTEST_GUILESS_MAIN(TestConcordanceCorpus)
#include "tst_concordance_corpus.moc"
