#include "CliRunner.h"
#include "GeneratedEssays.h"

#include "Block.h"
#include "Database.h"
#include "EssayIndex.h"
#include "EssayText.h"
#include "Importer.h"
#include "Library.h"
#include "Schema.h"
#include "SearchTokenizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// A library file that is damaged, foreign, from another version, or on a full disk:
// duizhao-cli says so clearly (exit 2 for a library it cannot use, one line on
// stderr), never crashes, and never makes things worse. A migration leaves a backup.
class TestLibraryFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_input;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray sha256(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    // A command on a library it cannot use: exit 2, one line naming the problem.
    static void expectRefusal(const QString &db, const QStringList &arguments,
                              const QString &reason)
    {
        const CliRun run = runCli(db, arguments);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("duizhao-cli: ")), qPrintable(err));
        QVERIFY2(err.contains(reason), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    static qint64 pageCount(const QString &db)
    {
        Database database(db);
        Statement statement = database.prepare(u"PRAGMA page_count");
        return statement.step() ? statement.int64(0) : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = path(QStringLiteral("input"));
        QCOMPARE(GeneratedEssays::write(m_input, 60).size(), 60);
    }

    void garbageIsNotALibrary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : random)
            byte = char(generator.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("an essay given as --db")
            << GeneratedEssays::sample(QStringLiteral("sample-bilingual-chips.txt"));
        QTest::newRow("header only")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\xFF');
    }

    void garbageIsNotALibrary()
    {
        QFETCH(QByteArray, bytes);
        const QString db = path(QStringLiteral("garbage.sqlite"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const QByteArray before = sha256(db);
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("check")})
            expectRefusal(db, {command}, QStringLiteral("not a database"));
        expectRefusal(db, {QStringLiteral("import"), m_input},
                      QStringLiteral("cannot open library"));
        QCOMPARE(sha256(db), before); // left as it was, for the user to rescue
    }

    void truncatedLibraryIsReportedNotFatal()
    {
        const QString db = path(QStringLiteral("truncated.sqlite"));
        QCOMPARE(runCli(db, {QStringLiteral("import"), m_input}).exitCode, 0);
        QCOMPARE(runCli(db, {QStringLiteral("check")}).exitCode, 0);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal"))); // checkpointed on close
        QFile file(db);
        QVERIFY(file.size() > 64 * 1024);
        QVERIFY(file.resize(file.size() / 2));

        // check finds the damage (exit 1 with the problems, or 2 when it cannot even
        // start); every other command either works on what is readable or refuses with
        // exit 2 and a message. Nothing crashes.
        const CliRun check = runCli(db, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 1 || check.exitCode == 2,
                 QByteArray(check.out + check.err).constData());
        QVERIFY(check.out.contains("problem") || check.err.contains("damaged"));
        int refused = 0;
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("search"), QStringLiteral("chip")},
              QStringList{QStringLiteral("show"), QStringLiteral("60")},
              QStringList{QStringLiteral("annotations")},
              QStringList{QStringLiteral("import"), m_input}}) {
            const CliRun run = runCli(db, arguments);
            QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, qPrintable(arguments.join(u' ')));
            if (run.exitCode == 2) {
                ++refused;
                QVERIFY2(run.err.contains("damaged") || run.err.contains("malformed"),
                         run.err.constData());
            }
        }
        QVERIFY(refused > 0);
    }

    void foreignDatabaseIsRefused()
    {
        const QString db = path(QStringLiteral("foreign.sqlite"));
        {
            Database database(db);
            database.execute(u"CREATE TABLE contacts (name TEXT, phone TEXT); "
                             u"INSERT INTO contacts VALUES ('a', '1');");
        }
        const QByteArray before = sha256(db);
        expectRefusal(db, {QStringLiteral("list")}, QStringLiteral("not a Duizhao library"));
        expectRefusal(db, {QStringLiteral("import"), m_input}, QStringLiteral("another program"));
        QCOMPARE(sha256(db), before);

        // Versioned, but by someone else.
        const QString other = path(QStringLiteral("other-app.sqlite"));
        {
            Database database(other);
            database.execute(
                u"PRAGMA application_id = 1234; PRAGMA user_version = 4; CREATE TABLE essay (x);");
        }
        expectRefusal(other, {QStringLiteral("list")}, QStringLiteral("foreign application id"));
    }

    void newerVersionIsRefused()
    {
        const QString db = path(QStringLiteral("newer.sqlite"));
        QCOMPARE(runCli(db, {QStringLiteral("import"), m_input + QStringLiteral("/essay-0001.txt")})
                     .exitCode,
                 0);
        {
            Database database(db);
            database.execute(
                QStringLiteral("PRAGMA user_version = %1").arg(Schema::kCurrentVersion + 1));
        }
        const QByteArray before = sha256(db);
        expectRefusal(db, {QStringLiteral("list")}, QStringLiteral("newer Duizhao"));
        expectRefusal(db, {QStringLiteral("import"), m_input}, QStringLiteral("newer Duizhao"));
        QCOMPARE(sha256(db), before);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("newer.sqlite.v*.bak")}).isEmpty());
    }

    // A library written by an older Duizhao (built here with the old migrations only)
    // is copied to <file>.v<N>.bak before it is migrated; the copy is the old version,
    // whole, and the migrated library keeps the essay.
    void migrationLeavesABackup_data()
    {
        QTest::addColumn<int>("oldVersion");
        for (int version = 1; version < Schema::kCurrentVersion; ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void migrationLeavesABackup()
    {
        QFETCH(int, oldVersion);
        const QString db = path(QStringLiteral("old-v%1.sqlite").arg(oldVersion));
        {
            Database database(db);
            SearchTokenizer::registerWith(database.handle());
            Schema::migrate(database, oldVersion);
            QCOMPARE(database.userVersion(), oldVersion);
            database.execute(
                u"INSERT INTO essay (id, file, sha256, size, encoding, encoding_confidence, title, "
                u"imported_at, updated_at) VALUES (1, '/old/essay.txt', 'abc', 10, 'UTF-8', 100, "
                u"'An old essay', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');");
            if (oldVersion < 8) {
                database.execute(
                    u"INSERT INTO block (essay_id, position, line, kind, lang, text) "
                    u"VALUES (1, 0, 1, 'title', 'en', 'An old essay'), (1, 1, 2, 'paragraph', "
                    u"'en', 'Old words.');");
            } else {
                // From 8 on, block text is packed once per essay (EssayText).
                QList<Block> blocks(2);
                blocks[0].text = QStringLiteral("An old essay");
                blocks[1].text = QStringLiteral("Old words.");
                const EssayText::Packed packed = EssayText::pack(blocks);
                Statement text =
                    database.prepare(u"INSERT INTO essay_text (essay_id, packed) VALUES (1, ?1)");
                text.bindBlob(
                        1, std::string_view(packed.bytes.constData(), size_t(packed.bytes.size())))
                    .execute();
                Statement block = database.prepare(
                    u"INSERT INTO block (essay_id, position, line, kind, lang, text_start, "
                    u"text_bytes) VALUES (1, ?1, ?2, ?3, 'en', ?4, ?5)");
                for (int i = 0; i < 2; ++i) {
                    block.bind(1, i)
                        .bind(2, i + 1)
                        .bind(3, i == 0 ? QStringLiteral("title") : QStringLiteral("paragraph"))
                        .bind(4, packed.spans[size_t(i)].start)
                        .bind(5, packed.spans[size_t(i)].bytes)
                        .execute();
                    block.reset();
                }
                // The index as 8 keeps it, so the search below finds the essay.
                EssayIndex(database).add(1);
            }
        }
        const CliRun run = runCli(db, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray essays = run.json().array();
        QCOMPARE(essays.size(), 1);
        QCOMPARE(essays.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("An old essay"));
        QCOMPARE(essays.at(0).toObject().value(QStringLiteral("blocks")).toInt(), 2);

        const QString backup = db + QStringLiteral(".v%1.bak").arg(oldVersion);
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        {
            Database old(backup);
            QCOMPARE(old.userVersion(), oldVersion);
            Statement count = old.prepare(u"SELECT count(*) FROM block");
            QVERIFY(count.step());
            QCOMPARE(count.int64(0), 2);
        }
        {
            Database migrated(db);
            QCOMPARE(migrated.userVersion(), Schema::kCurrentVersion);
        }
        // Search works on a library whose index was built by the migration.
        const CliRun search =
            runCli(db, {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("old")});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.json().object().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(runCli(db, {QStringLiteral("check")}).exitCode, 0);
    }

    // A disk that fills up mid-import (SQLite's max_page_count through the CLI's hidden
    // --max-page-count flag behaves exactly like a full disk: SQLITE_FULL):
    // the file being stored is rolled back and reported, the library stays sound, and
    // with room again a rerun completes it.
    void diskFullRollsBackAndSaysSo()
    {
        const QString db = path(QStringLiteral("full.sqlite"));
        QCOMPARE(runCli(db, {QStringLiteral("import"), m_input + QStringLiteral("/essay-0000.txt")})
                     .exitCode,
                 0);
        const QString capped = QStringLiteral("--max-page-count=%1").arg(pageCount(db) + 8);
        const CliRun full =
            runCli(db, {capped, QStringLiteral("import"), QStringLiteral("--json"), m_input});
        QCOMPARE(full.exitCode, 1);
        int imported = 0, failed = 0;
        for (const QJsonValue &value :
             full.json().object().value(QStringLiteral("files")).toArray()) {
            const QJsonObject file = value.toObject();
            const QString status = file.value(QStringLiteral("status")).toString();
            imported += status == u"imported";
            if (status == u"failed") {
                ++failed;
                const QString error = file.value(QStringLiteral("error")).toString();
                QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
                QVERIFY2(error.contains(QStringLiteral("nothing of it was written")),
                         qPrintable(error));
            }
        }
        qInfo("with the disk full: %d stored, %d rolled back", imported, failed);
        QVERIFY(failed > 0);

        Library reference(path(QStringLiteral("full-reference.sqlite")));
        Importer(reference).run({m_input});
        const QHash<QString, QString> expected = GeneratedEssays::contents(reference);
        {
            Library library(db);
            QVERIFY(library.maintenance().checkIntegrity().isEmpty());
            const QHash<QString, QString> stored = GeneratedEssays::contents(library);
            QCOMPARE(stored.size(), 1 + imported);
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                QVERIFY2(it.value() == expected.value(it.key()), qPrintable(it.key()));
        }

        // An annotation that does not fit: refused with the reason, nothing half-written.
        const CliRun annotate =
            runCli(db, {QStringLiteral("--max-page-count=%1").arg(pageCount(db)),
                        QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--block"),
                        QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("0"),
                        QStringLiteral("--end"), QStringLiteral("1"), QStringLiteral("--note"),
                        QString(100000, u'x')});
        QCOMPARE(annotate.exitCode, 1);
        QVERIFY2(annotate.err.contains("disk is full"), annotate.err.constData());
        QCOMPARE(runCli(db, {QStringLiteral("annotations"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 0);

        // Room again: the rerun completes the library.
        QCOMPARE(runCli(db, {QStringLiteral("import"), m_input}).exitCode, 0);
        Library library(db);
        QCOMPARE(GeneratedEssays::contents(library), expected);
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryFaults)
#include "tst_library_faults.moc"
