#include "Database.h"
#include "DatabaseError.h"
#include "EssayParser.h"
#include "EssayText.h"
#include "Library.h"
#include "Schema.h"
#include "SearchQuery.h"
#include "SearchTokenizer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// The blocks' text is stored compressed, once per essay (EssayText): what is read back
// is exactly what was stored, damage is reported instead of read as empty text, and a
// library from schema 7 keeps every block's text through the migration.
class TestEssayText : public QObject
{
    Q_OBJECT

    static ParsedEssay essay(const QString &text)
    {
        ParsedEssay parsed = EssayParser().parseText(text);
        parsed.encoding = QStringLiteral("UTF-8");
        return parsed;
    }

    // Text a round trip through UTF-8 and zlib could get wrong: several scripts, a
    // character outside the BMP, the index's own block marker, spaces kept as they were.
    static QString awkwardText()
    {
        return QString::fromUtf16(u"晶片之爭：台灣與美國\n\n"
                                  u"  Chips act, 2022 — “quoted” text\u00A0with NBSP.  \n"
                                  u"半導體供應鏈 🇹🇼 𠮷野家 and a record\u001Eseparator.\n"
                                  u"广告：扫码关注公众号\n");
    }

    static QList<qint64> found(Library &library, const QString &text)
    {
        QString error;
        const auto query = SearchQuery::parse(text, &error);
        if (!query)
            qFatal("bad query in test: %s", qPrintable(error));
        QList<qint64> ids;
        for (const SearchHit &hit : library.search().run(*query, {}).hits)
            ids << hit.essayId;
        return ids;
    }

private slots:
    void packedTextReadsBackExactly()
    {
        QList<Block> blocks;
        for (const QString &line : awkwardText().split(u'\n')) {
            Block block;
            block.text = line;
            blocks << block;
        }
        const EssayText::Packed packed = EssayText::pack(blocks);
        QCOMPARE(packed.spans.size(), size_t(blocks.size()));
        const QByteArray text = EssayText::unpack(packed.bytes, 1);
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const EssayText::Span span = packed.spans[size_t(i)];
            QCOMPARE(QString::fromUtf8(text.constData() + span.start, span.bytes), blocks[i].text);
        }
        QCOMPARE(EssayText::unpack(EssayText::pack({}).bytes, 1), QByteArray());
    }

    void libraryStoresTextOnceAndCompressed()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        QString long_;
        for (int i = 0; i < 200; ++i)
            long_ +=
                QStringLiteral("第%1段：美國限制晶片出口，台灣的半導體產業受到影響。\n").arg(i);
        const ParsedEssay parsed = essay(awkwardText() + long_);
        const qint64 id = library.writer()
                              .store(QStringLiteral("/a.txt"), QStringLiteral("h"), 10, parsed)
                              .essayId;

        const std::optional<Essay> stored = library.essays().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->blocks.size(), parsed.blocks.size());
        qsizetype utf8Bytes = 0;
        for (qsizetype i = 0; i < parsed.blocks.size(); ++i) {
            QCOMPARE(stored->blocks[i].text, parsed.blocks[i].text);
            utf8Bytes += parsed.blocks[i].text.toUtf8().size();
        }

        Database db(library.path());
        Statement columns =
            db.prepare(u"SELECT count(*) FROM pragma_table_info('block') WHERE name = 'text'");
        QVERIFY(columns.step());
        QCOMPARE(columns.int64(0), 0); // the text is not kept twice
        Statement packed = db.prepare(u"SELECT length(packed) FROM essay_text WHERE essay_id = ?1");
        packed.bind(1, id);
        QVERIFY(packed.step());
        QVERIFY2(packed.int64(0) * 3 < utf8Bytes,
                 qPrintable(QStringLiteral("%1 of %2").arg(packed.int64(0)).arg(utf8Bytes)));

        QCOMPARE(found(library, QStringLiteral("𠮷野家")), QList<qint64>{id});
        QCOMPARE(library.maintenance().checkIntegrity(), QStringList{});
    }

    // Damaged stored text is an error with the essay's number, for the reader and for
    // the check, never text silently missing.
    void damagedTextIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        qint64 id = 0;
        {
            Library library(path);
            id = library.writer()
                     .store(QStringLiteral("/a.txt"), QStringLiteral("h"), 10, essay(awkwardText()))
                     .essayId;
        }
        {
            Database db(path);
            db.execute(u"UPDATE essay_text SET packed = substr(packed, 1, 12)");
        }
        Library library(path);
        try {
            library.essays().find(id);
            QFAIL("a damaged text was read");
        } catch (const DatabaseError &error) {
            QVERIFY(error.isDamage());
            QVERIFY2(error.message().contains(QStringLiteral("essay %1").arg(id)),
                     qPrintable(error.message()));
        }
        const QStringList problems = library.maintenance().checkIntegrity();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.front().contains(QStringLiteral("stored text of essay")),
                 qPrintable(problems.join(u'\n')));
    }

    // A library at schema 7 keeps its blocks' text in block.text: opening it moves every
    // block's text, exactly, into essay_text, and search finds it in the rebuilt index.
    void migrationFromSevenKeepsEveryBlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        const QStringList texts{QStringLiteral("晶片之爭"), QString(),
                                QStringLiteral("  台灣的晶片 🇹🇼 產業。 "),
                                QStringLiteral("Chips\u001Eact")};
        {
            Database db(path);
            SearchTokenizer::registerWith(db.handle());
            Schema::migrate(db, 7);
            db.execute(
                u"INSERT INTO essay (id, file, sha256, size, encoding, encoding_confidence, title, "
                u"imported_at, updated_at) VALUES (1, '/a.txt', 'h', 10, 'UTF-8', 100, 'A', "
                u"'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'), (2, '/b.txt', 'i', 10, 'UTF-8', "
                u"100, 'B', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
            Statement insert = db.prepare(u"INSERT INTO block (essay_id, position, line, kind, "
                                          u"lang, text) VALUES (?1, ?2, ?2, ?3, 'zh', ?4)");
            for (int essayId = 1; essayId <= 2; ++essayId) {
                for (int i = 0; i < texts.size(); ++i) {
                    insert.bind(1, essayId)
                        .bind(2, i)
                        .bind(3, i == 0 ? QStringLiteral("title") : QStringLiteral("paragraph"))
                        .bind(4, essayId == 1 ? texts[i] : texts[i] + QString::number(i));
                    insert.execute();
                    insert.reset();
                }
            }
        }
        Library library(path);
        for (qint64 essayId = 1; essayId <= 2; ++essayId) {
            const std::optional<Essay> record = library.essays().find(essayId);
            QVERIFY(record);
            QCOMPARE(record->blocks.size(), texts.size());
            for (int i = 0; i < texts.size(); ++i)
                QCOMPARE(record->blocks[i].text,
                         essayId == 1 ? texts[i] : texts[i] + QString::number(i));
        }
        QCOMPARE(found(library, QStringLiteral("台湾 产业")).size(), 2);
        QCOMPARE(library.maintenance().checkIntegrity(), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestEssayText)
#include "tst_essaytext.moc"
