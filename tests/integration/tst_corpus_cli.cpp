#include "CliRunner.h"
#include "CodePoints.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The facts ../shared/DESIGN.md says the sample corpus must come out as, checked
// end to end through duizhao-cli: import, list --json, show --json. The corpus is
// read in place; nothing of it is copied into the repository.
class TestCorpusCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QJsonObject> m_essayByFilePrefix; // "000" → show --json

    QJsonObject essay(const char *prefix) const
    {
        return m_essayByFilePrefix.value(QString::fromLatin1(prefix));
    }

    static QList<QJsonObject> blocksOfKind(const QJsonObject &essay, const QString &kind)
    {
        QList<QJsonObject> blocks;
        for (const QJsonValue &value : essay.value(QStringLiteral("blocks")).toArray()) {
            if (value.toObject().value(QStringLiteral("kind")).toString() == kind)
                blocks << value.toObject();
        }
        return blocks;
    }

    static QStringList languages(const QJsonObject &essay)
    {
        QStringList tags;
        for (const QJsonValue &value : essay.value(QStringLiteral("languages")).toArray())
            tags << value.toString();
        return tags;
    }

    static QString text(const QJsonObject &block)
    {
        return block.value(QStringLiteral("text")).toString().trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QDir(QStringLiteral(DUIZHAO_CORPUS_DIR)).exists(), DUIZHAO_CORPUS_DIR);
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));

        const CliRun imported = runCli(m_db, {QStringLiteral("import"), QStringLiteral("--json"),
                                              QStringLiteral(DUIZHAO_CORPUS_DIR)});
        QCOMPARE(imported.exitCode, 0);
        const QJsonArray files = imported.json().object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 4);
        for (const QJsonValue &file : files) {
            const QJsonObject object = file.toObject();
            QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
            QVERIFY(object.value(QStringLiteral("error")).isNull());
        }

        const CliRun listed = runCli(m_db, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray list = listed.json().array();
        QCOMPARE(list.size(), 4);
        for (const QJsonValue &entry : list) {
            const QJsonObject summary = entry.toObject();
            for (const char *key : {"id", "title", "author", "source", "languages", "file",
                                    "blocks", "pairs", "annotations"})
                QVERIFY2(summary.contains(QLatin1String(key)), key);
            const QString id = QString::number(summary.value(QStringLiteral("id")).toInteger());
            const CliRun shown =
                runCli(m_db, {QStringLiteral("show"), id, QStringLiteral("--json")});
            QCOMPARE(shown.exitCode, 0);
            const QJsonObject full = shown.json().object();
            QCOMPARE(full.value(QStringLiteral("blocks")).toArray().size(),
                     summary.value(QStringLiteral("blocks")).toInt());
            QCOMPARE(full.value(QStringLiteral("pairs")).toArray().size(),
                     summary.value(QStringLiteral("pairs")).toInt());
            const QString prefix =
                QFileInfo(full.value(QStringLiteral("file")).toString()).fileName().left(3);
            m_essayByFilePrefix.insert(prefix, full);
        }
        QCOMPARE(m_essayByFilePrefix.size(), 4);
    }

    // 004: bilingual, 33 one-to-one pairs of an English line and the Chinese line after it.
    void bilingualEssayPairsEachLineWithItsTranslation()
    {
        const QJsonObject e = essay("004");
        QCOMPARE(languages(e), (QStringList{QStringLiteral("en"), QStringLiteral("zh-Hant")}));
        const QJsonArray blocks = e.value(QStringLiteral("blocks")).toArray();
        const QJsonArray pairs = e.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 33);
        for (const QJsonValue &value : pairs) {
            const QJsonArray en = value.toObject().value(QStringLiteral("en")).toArray();
            const QJsonArray zh = value.toObject().value(QStringLiteral("zh")).toArray();
            QCOMPARE(en.size(), 1);
            QCOMPARE(zh.size(), 1);
            const QJsonObject english = blocks.at(en.at(0).toInt()).toObject();
            const QJsonObject chinese = blocks.at(zh.at(0).toInt()).toObject();
            QCOMPARE(english.value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
            QCOMPARE(chinese.value(QStringLiteral("lang")).toString(), QStringLiteral("zh-Hant"));
            QCOMPARE(chinese.value(QStringLiteral("line")).toInt(),
                     english.value(QStringLiteral("line")).toInt() + 1);
        }
        const QJsonObject firstPair = pairs.at(0).toObject();
        QCOMPARE(text(blocks.at(firstPair.value(QStringLiteral("en")).toArray().at(0).toInt())
                          .toObject()),
                 QStringLiteral("Silicon Valley has a China envy problem."));
        QCOMPARE(text(blocks.at(firstPair.value(QStringLiteral("zh")).toArray().at(0).toInt())
                          .toObject()),
                 QString::fromUtf16(u"矽谷陷入了對中國的羨慕。"));
        QCOMPARE(e.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Silicon Valley has a China envy problem."));
    }

    // 004: five ads and four unpaired Chinese captions (two repeated with a photo credit).
    void bilingualEssayKeepsAdsAndCaptionsOutOfPairs()
    {
        const QJsonObject e = essay("004");
        QCOMPARE(blocksOfKind(e, QStringLiteral("ad")).size(), 5);
        const QList<QJsonObject> captions = blocksOfKind(e, QStringLiteral("caption"));
        QCOMPARE(captions.size(), 4);
        QSet<int> paired;
        for (const QJsonValue &value : e.value(QStringLiteral("pairs")).toArray()) {
            for (const QJsonValue &index : value.toObject().value(QStringLiteral("zh")).toArray())
                paired.insert(index.toInt());
        }
        int withCredit = 0;
        for (int i = 0; i < captions.size(); ++i) {
            QCOMPARE(captions[i].value(QStringLiteral("lang")).toString(),
                     QStringLiteral("zh-Hant"));
            QVERIFY(!paired.contains(captions[i].value(QStringLiteral("index")).toInt()));
            if (i > 0 && text(captions[i]).startsWith(text(captions[i - 1])) &&
                text(captions[i]).size() > text(captions[i - 1]).size())
                ++withCredit;
        }
        QCOMPARE(withCredit, 2);
    }

    // 002: simplified; title, author and outlet from the byline; the lede blob is a duplicate.
    void simplifiedEssayMetadataAndLedeDuplicate()
    {
        const QJsonObject e = essay("002");
        QCOMPARE(languages(e), QStringList{QStringLiteral("zh-Hans")});
        QCOMPARE(e.value(QStringLiteral("title")).toString(),
                 QString::fromUtf16(u"美国“黔驴技穷”了"));
        QCOMPARE(e.value(QStringLiteral("author")).toString(), QString::fromUtf16(u"刘典"));
        QCOMPARE(e.value(QStringLiteral("source")).toString(), QString::fromUtf16(u"观察者网"));
        for (const QJsonValue &value : e.value(QStringLiteral("blocks")).toArray()) {
            const QJsonObject block = value.toObject();
            if (block.value(QStringLiteral("line")).toInt() == 2)
                QCOMPARE(block.value(QStringLiteral("kind")).toString(),
                         QStringLiteral("duplicate"));
        }
        QCOMPARE(blocksOfKind(e, QStringLiteral("duplicate")).size(), 1);
    }

    // 002: the numbered section lines ("一、…", "二、…") are headings.
    void simplifiedEssayNumberedSectionsAreHeadings()
    {
        const QJsonObject e = essay("002");
        static const QRegularExpression numbered(QString::fromUtf16(u"^[一二三四五六七八九十]+、"));
        int numberedLines = 0;
        for (const QJsonValue &value : e.value(QStringLiteral("blocks")).toArray()) {
            const QJsonObject block = value.toObject();
            if (numbered.match(text(block)).hasMatch()) {
                ++numberedLines;
                QCOMPARE(block.value(QStringLiteral("kind")).toString(), QStringLiteral("heading"));
            }
        }
        QCOMPARE(numberedLines, 2);
    }

    // 001: traditional; title and author; exactly the four section headings; footer from END on.
    void traditionalEssayStructure()
    {
        const QJsonObject e = essay("001");
        QCOMPARE(languages(e), QStringList{QStringLiteral("zh-Hant")});
        QCOMPARE(e.value(QStringLiteral("title")).toString(),
                 QString::fromUtf16(u"米磊:“四超”之下中國硬科技創新的前景與行動"));
        QCOMPARE(e.value(QStringLiteral("author")).toString(), QString::fromUtf16(u"米磊"));
        QStringList headings;
        for (const QJsonObject &block : blocksOfKind(e, QStringLiteral("heading")))
            headings << text(block);
        QCOMPARE(headings, (QStringList{QString::fromUtf16(u"大國崛起的歷史邏輯"),
                                        QString::fromUtf16(u"硬科技的“四超”時代"),
                                        QString::fromUtf16(u"保持耐心,加大投入"),
                                        QString::fromUtf16(u"結語")}));
        bool footer = false;
        int footerBlocks = 0;
        for (const QJsonValue &value : e.value(QStringLiteral("blocks")).toArray()) {
            const QJsonObject block = value.toObject();
            footer = footer || text(block) == QStringLiteral("/// END ///");
            QCOMPARE(block.value(QStringLiteral("kind")).toString() == QStringLiteral("footer"),
                     footer);
            footerBlocks += footer;
        }
        QVERIFY(footerBlocks >= 4);
    }

    // 000: traditional with leftovers; no title line, so a derived title; 16 images;
    // the closing Chinese and English notices are disclaimers.
    void untitledEssayDerivesTitleAndFindsResidue()
    {
        const QJsonObject e = essay("000");
        QCOMPARE(languages(e), QStringList{QStringLiteral("zh-Hant")});
        QVERIFY(e.value(QStringLiteral("titleDerived")).toBool());
        const QString title = e.value(QStringLiteral("title")).toString();
        QVERIFY(!title.isEmpty());
        // The derived title is the first sentence, whole (issue 16: never cut at a comma).
        QVERIFY2(duizhao::codePointCount(title) <= 80 && !title.contains(u'。'), qPrintable(title));
        QVERIFY(blocksOfKind(e, QStringLiteral("title")).isEmpty());
        QCOMPARE(blocksOfKind(e, QStringLiteral("image")).size(), 16);
        const QList<QJsonObject> disclaimers = blocksOfKind(e, QStringLiteral("disclaimer"));
        QCOMPARE(disclaimers.size(), 2);
        QCOMPARE(disclaimers[0].value(QStringLiteral("lang")).toString(),
                 QStringLiteral("zh-Hant"));
        QCOMPARE(disclaimers[1].value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        const QJsonArray blocks = e.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("disclaimer"));
    }

    // Block text is the original: --script converts Chinese only, and only when asked.
    // "hans" is a script view (t2s): Taiwan vocabulary such as 矽谷 stays as written.
    void showScriptConvertsChineseAndLeavesEnglish()
    {
        const QJsonObject original = essay("004");
        const QString id = QString::number(original.value(QStringLiteral("id")).toInteger());
        const CliRun shown = runCli(m_db, {QStringLiteral("show"), id, QStringLiteral("--json"),
                                           QStringLiteral("--script"), QStringLiteral("hans")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray converted =
            shown.json().object().value(QStringLiteral("blocks")).toArray();
        const QJsonArray blocks = original.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(text(converted.at(1).toObject()), QString::fromUtf16(u"矽谷陷入了对中国的羡慕。"));
        QCOMPARE(converted.at(0).toObject().value(QStringLiteral("text")),
                 blocks.at(0).toObject().value(QStringLiteral("text")));
    }

    // Importing the same files again changes nothing; every file is "unchanged".
    void reimportIsUnchanged()
    {
        const CliRun again = runCli(m_db, {QStringLiteral("import"), QStringLiteral("--json"),
                                           QStringLiteral(DUIZHAO_CORPUS_DIR)});
        QCOMPARE(again.exitCode, 0);
        const QJsonArray files = again.json().object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 4);
        for (const QJsonValue &file : files) {
            QCOMPARE(file.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("unchanged"));
            QVERIFY(file.toObject().value(QStringLiteral("essay")).toInteger() > 0);
        }
    }

    // Bad usage: exit code 2 and one line on stderr.
    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown essay")
            << QStringList{QStringLiteral("show"), QStringLiteral("9999")};
        QTest::newRow("not an id") << QStringList{QStringLiteral("show"), QStringLiteral("abc")};
        QTest::newRow("bad script")
            << QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--script"),
                           QStringLiteral("klingon")};
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
    }
    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(m_db, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("duizhao-cli: "));
    }
};

QTEST_GUILESS_MAIN(TestCorpusCli)
#include "tst_corpus_cli.moc"
