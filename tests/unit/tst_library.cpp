#include "Database.h"
#include "DatabaseError.h"
#include "Library.h"
#include "Schema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace duizhao;
using namespace Qt::StringLiterals;

namespace {

// Full-width punctuation (U+FF00–U+FFEF) is written as escapes: \uFF0C is ",".

Block makeBlock(int index, int line, BlockKind kind, Language language, const QString &text)
{
    Block block;
    block.index = index;
    block.line = line;
    block.kind = kind;
    block.language = language;
    block.text = text;
    return block;
}

// A bilingual essay with residue and text that must survive byte for byte.
ParsedEssay bilingualEssay()
{
    ParsedEssay essay;
    essay.title = u"Silicon chips and the new cold war."_s;
    essay.author = u"Jane Doe"_s;
    essay.outlet = u"The Wire China"_s;
    essay.date = u"2025-01-13"_s;
    essay.url = u"https://example.com/chips"_s;
    essay.script = Language::ChineseTraditional;
    essay.languages = {Language::English, Language::ChineseTraditional};
    essay.encoding = u"UTF-8"_s;
    essay.encodingConfidence = 100;
    essay.warnings = {u"2 invalid UTF-8 sequence(s) replaced by U+FFFD"_s};
    const Language en = Language::English, hant = Language::ChineseTraditional;
    essay.blocks = {
        makeBlock(0, 1, BlockKind::Title, en, u"Silicon chips and the new cold war."_s),
        makeBlock(1, 2, BlockKind::Title, hant, u"矽晶片與新冷戰。"_s),
        makeBlock(2, 4, BlockKind::Paragraph, en,
                  u"  Leading spaces, 'quotes' and a trailing NBSP\u00A0"_s),
        makeBlock(3, 5, BlockKind::Paragraph, hant,
                  u"\u3000\u3000出口管制改變了供應鏈\uFF0C“引號”與\U0002000B。\uFFFD"_s),
        makeBlock(4, 6, BlockKind::Ad, hant, u"廣告"_s),
        makeBlock(5, 7, BlockKind::Image, Language::Undetermined, u"![]()"_s),
        makeBlock(6, 8, BlockKind::Caption, hant, u"一家位於上海的半導體公司的晶圓。"_s),
        makeBlock(7, 10, BlockKind::Paragraph, en, u"Companies look for partners."_s),
        makeBlock(8, 11, BlockKind::Paragraph, hant, u"企業在第三國"_s),
        makeBlock(9, 12, BlockKind::Paragraph, hant, u"尋找合作夥伴。"_s),
    };
    essay.pairs = {Pair{{0}, {1}}, Pair{{2}, {3}}, Pair{{7}, {8, 9}}};
    return essay;
}

// A short Chinese-only essay: fewer blocks, no pairs.
ParsedEssay chineseEssay(const QString &title)
{
    ParsedEssay essay;
    essay.title = title;
    essay.titleDerived = true;
    essay.script = Language::ChineseSimplified;
    essay.languages = {Language::ChineseSimplified};
    essay.encoding = u"GB18030"_s;
    essay.encodingConfidence = 63;
    essay.blocks = {
        makeBlock(0, 1, BlockKind::Paragraph, Language::ChineseSimplified, title + u"。"_s),
        makeBlock(1, 2, BlockKind::Footer, Language::ChineseSimplified, u"/// END ///"_s),
    };
    return essay;
}

QString sha(char c)
{
    return QString(64, QLatin1Char(c));
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh library file path for each test.
    QString newPath() { return m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_files)); }

    static QString refusal(const QString &path)
    {
        try {
            Library library(path);
        } catch (const DatabaseError &error) {
            return error.message();
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A new file is Imported with an id; the same file with the same hash is Unchanged.
    void storeThenUnchanged()
    {
        Library library(newPath());
        const auto first =
            library.writer().store(u"/essays/a.txt"_s, sha('a'), 1234, bilingualEssay());
        QCOMPARE(first.status, EssayWriter::StoreStatus::Imported);
        QVERIFY(first.essayId > 0);

        const auto second =
            library.writer().store(u"/essays/a.txt"_s, sha('a'), 1234, chineseEssay(u"别的"_s));
        QCOMPARE(second.status, EssayWriter::StoreStatus::Unchanged);
        QCOMPARE(second.essayId, first.essayId);
        const auto stored = library.essays().find(first.essayId);
        QVERIFY(stored);
        QCOMPARE(stored->blocks.size(), 10); // nothing was written
        QCOMPARE(library.essays().all().size(), 1);
    }

    // A new hash for a known path updates in place: same id, blocks and pairs replaced.
    void newHashUpdatesInPlace()
    {
        Library library(newPath());
        const auto first =
            library.writer().store(u"/essays/a.txt"_s, sha('a'), 1234, bilingualEssay());
        const auto before = library.essays().find(first.essayId);
        QVERIFY(before);
        QCOMPARE(before->blockCount, 10);
        QCOMPARE(before->pairCount, 3);

        const auto update =
            library.writer().store(u"/essays/a.txt"_s, sha('b'), 99, chineseEssay(u"新标题"_s));
        QCOMPARE(update.status, EssayWriter::StoreStatus::Updated);
        QCOMPARE(update.essayId, first.essayId);
        const auto after = library.essays().find(first.essayId);
        QVERIFY(after);
        QCOMPARE(after->blockCount, 2);
        QCOMPARE(after->pairCount, 0);
        QCOMPARE(after->blocks.size(), 2);
        QVERIFY(after->pairs.isEmpty());
        QCOMPARE(after->title, u"新标题"_s);
        QCOMPARE(after->sha256, sha('b'));
        QCOMPARE(after->size, qint64(99));
        QCOMPARE(after->importedAt, before->importedAt);
        QVERIFY(after->updatedAt >= before->updatedAt);
        QCOMPARE(library.essays().all().size(), 1);

        // And back: the pairs round-trip through an update too.
        const auto again =
            library.writer().store(u"/essays/a.txt"_s, sha('c'), 1234, bilingualEssay());
        QCOMPARE(again.status, EssayWriter::StoreStatus::Updated);
        QCOMPARE(library.essays().find(first.essayId)->pairs, bilingualEssay().pairs);
    }

    // essays() lists every essay in id order with its metadata and counts, no blocks.
    void essaysListsCounts()
    {
        Library library(newPath());
        const qint64 a =
            library.writer().store(u"/essays/a.txt"_s, sha('a'), 1234, bilingualEssay()).essayId;
        const qint64 b = library.writer()
                             .store(u"/essays/b.txt"_s, sha('b'), 56, chineseEssay(u"芯片"_s))
                             .essayId;
        QVERIFY(a != b);
        const QList<EssayDetails> essays = library.essays().all();
        QCOMPARE(essays.size(), 2);

        const EssayDetails &first = essays[0];
        QCOMPARE(first.id, a);
        QCOMPARE(first.file, u"/essays/a.txt"_s);
        QCOMPARE(first.sha256, sha('a'));
        QCOMPARE(first.size, qint64(1234));
        QCOMPARE(first.blockCount, 10);
        QCOMPARE(first.pairCount, 3);
        QCOMPARE(first.title, u"Silicon chips and the new cold war."_s);
        QVERIFY(!first.titleDerived);
        QCOMPARE(first.author, u"Jane Doe"_s);
        QCOMPARE(first.outlet, u"The Wire China"_s);
        QCOMPARE(first.date, u"2025-01-13"_s);
        QCOMPARE(first.url, u"https://example.com/chips"_s);
        QCOMPARE(first.languages,
                 (QList<Language>{Language::English, Language::ChineseTraditional}));
        QCOMPARE(first.script, Language::ChineseTraditional);
        QCOMPARE(first.encoding, u"UTF-8"_s);
        QCOMPARE(first.encodingConfidence, 100);
        QCOMPARE(first.warnings, bilingualEssay().warnings);
        QVERIFY(first.importedAt.isValid());
        // all() gives EssayDetails, a type without blocks and pairs: the listing cannot
        // hand out an essay whose content is silently empty.

        const EssayDetails &second = essays[1];
        QCOMPARE(second.id, b);
        QCOMPARE(second.blockCount, 2);
        QCOMPARE(second.pairCount, 0);
        QVERIFY(second.titleDerived);
        QCOMPARE(second.languages, QList<Language>{Language::ChineseSimplified});
        QCOMPARE(second.script, Language::ChineseSimplified);
        QCOMPARE(second.encodingConfidence, 63);
        QVERIFY(second.warnings.isEmpty());
    }

    // essay(id) gives back every block in order, kind, language, line and text exact.
    void essayRoundTrip()
    {
        const QString path = newPath();
        const ParsedEssay original = bilingualEssay();
        qint64 id = 0;
        {
            Library library(path);
            id = library.writer().store(u"/essays/a.txt"_s, sha('a'), 1234, original).essayId;
        }
        Library reopened(path); // from the file, not from a cache
        const auto stored = reopened.essays().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->blocks.size(), original.blocks.size());
        for (qsizetype i = 0; i < original.blocks.size(); ++i) {
            const Block &a = stored->blocks[i];
            const Block &e = original.blocks[i];
            QCOMPARE(a.index, e.index);
            QCOMPARE(a.line, e.line);
            QCOMPARE(blockKindName(a.kind), blockKindName(e.kind));
            QCOMPARE(languageTag(a.language), languageTag(e.language));
            QCOMPARE(a.text, e.text);
        }
        QCOMPARE(stored->pairs, original.pairs);
        QVERIFY(!reopened.essays().find(id + 1000));
    }

    // A file that is not SQLite is refused with SQLite's readable reason.
    void notADatabase()
    {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(42);
        QByteArray text;
        for (int i = 0; i < 4000; ++i)
            text.append(char('a' + random.bounded(26)));
        file.write(QByteArray(QByteArray("This is a text file, not a library.\n") + text));
        file.close();

        const QString message = refusal(path);
        QVERIFY2(message.contains(u"not a database"_s), qPrintable(message));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QVERIFY(check.readAll().startsWith("This is a text file")); // left as it was
    }

    // A library from a newer Duizhao is refused, saying so.
    void newerVersionRefused()
    {
        const QString path = newPath();
        {
            Library library(path);
            library.writer().store(u"/essays/a.txt"_s, sha('a'), 1, chineseEssay(u"芯片"_s));
        }
        {
            Database db(path);
            QCOMPARE(db.userVersion(), Schema::kCurrentVersion);
            db.execute(u"PRAGMA user_version = 99");
        }
        const QString message = refusal(path);
        QVERIFY2(message.contains(u"newer"_s), qPrintable(message));
        QVERIFY2(message.contains(u"99"_s), qPrintable(message));
        Database db(path);
        QCOMPARE(db.userVersion(), 99);
    }

    // Another program's SQLite file (tables, user_version 0) is refused and left alone.
    void foreignDatabaseRefused()
    {
        const QString path = newPath();
        {
            Database db(path);
            db.execute(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                       u"INSERT INTO notes (body) VALUES ('keep me');");
            QCOMPARE(db.userVersion(), 0);
        }
        const QString message = refusal(path);
        QVERIFY2(message.contains(u"not a Duizhao library"_s), qPrintable(message));

        Database db(path);
        QCOMPARE(db.userVersion(), 0);
        Statement tables =
            db.prepare(u"SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'");
        QVERIFY(tables.step());
        QCOMPARE(tables.text(0), u"notes"_s);
    }

    // Two Library objects on one file both write; a writer waits for a held write lock
    // (busy timeout) instead of failing.
    void twoLibrariesShareAFile()
    {
        const QString path = newPath();
        Library first(path);
        Library second(path);
        QCOMPARE(first.writer().store(u"/a.txt"_s, sha('a'), 1, chineseEssay(u"一"_s)).status,
                 EssayWriter::StoreStatus::Imported);
        QCOMPARE(second.writer().store(u"/b.txt"_s, sha('b'), 1, chineseEssay(u"二"_s)).status,
                 EssayWriter::StoreStatus::Imported);
        QCOMPARE(first.writer().store(u"/c.txt"_s, sha('c'), 1, chineseEssay(u"三"_s)).status,
                 EssayWriter::StoreStatus::Imported);
        QCOMPARE(first.essays().all().size(), 3);
        QCOMPARE(second.essays().all().size(), 3);

        // A third connection holds the write lock for a moment.
        auto holder = std::make_unique<Database>(path);
        holder->execute(u"BEGIN IMMEDIATE");
        std::unique_ptr<QThread> release(QThread::create([&holder] {
            QThread::msleep(300);
            holder->execute(u"COMMIT");
        }));
        QElapsedTimer timer;
        timer.start();
        release->start();
        const auto waited = second.writer().store(u"/d.txt"_s, sha('d'), 1, chineseEssay(u"四"_s));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(release->wait(10000));
        QCOMPARE(waited.status, EssayWriter::StoreStatus::Imported);
        QVERIFY2(elapsed >= 250, qPrintable(QString::number(elapsed)));
        QCOMPARE(first.essays().all().size(), 4);
    }

    // Essays stored in a batch are searchable once it commits, and an update inside the
    // batch of a file first stored in it keeps the index in step with the blocks.
    void batchCommitsAndIndexes()
    {
        const QString path = newPath();
        Library library(path);
        library.writer().beginBatch();
        QVERIFY(library.writer().inBatch());
        library.writer().store(u"/a.txt"_s, sha('a'), 1, chineseEssay(u"晶片出口"_s));
        library.writer().store(u"/b.txt"_s, sha('b'), 1, chineseEssay(u"人工智能"_s));
        library.writer().store(u"/a.txt"_s, sha('c'), 1, chineseEssay(u"量子计算"_s)); // an update
        library.writer().commitBatch();
        QVERIFY(!library.writer().inBatch());
        library.search().checkIndex();

        QString error;
        const auto search = [&](const QString &text) {
            return library.search().run(*SearchQuery::parse(text, &error)).total;
        };
        QCOMPARE(search(u"芯片"_s), 0); // the update replaced it
        QCOMPARE(search(u"量子"_s), 1);
        QCOMPARE(search(u"人工智慧"_s), 1);
        Library reopened(path);
        QCOMPARE(reopened.essays().all().size(), 2);
    }

    // A batch that is never committed leaves nothing: every essay in it is absent, none
    // half there, and the index agrees.
    void uncommittedBatchIsAbsent()
    {
        const QString path = newPath();
        {
            Library library(path);
            library.writer().store(u"/kept.txt"_s, sha('k'), 1, chineseEssay(u"保留"_s));
            library.writer().beginBatch();
            library.writer().store(u"/a.txt"_s, sha('a'), 1, chineseEssay(u"晶片出口"_s));
            library.writer().store(u"/b.txt"_s, sha('b'), 1, chineseEssay(u"人工智能"_s));
        }
        Library reopened(path);
        QCOMPARE(reopened.essays().all().size(), 1);
        QCOMPARE(reopened.essays().all().front().file, u"/kept.txt"_s);
        reopened.search().checkIndex();
        QString error;
        QCOMPARE(reopened.search().run(*SearchQuery::parse(u"芯片"_s, &error)).total, 0);
        QCOMPARE(reopened.search().run(*SearchQuery::parse(u"保留"_s, &error)).total, 1);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
