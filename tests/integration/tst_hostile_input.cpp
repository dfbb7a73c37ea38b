#include "CliRunner.h"
#include "GeneratedEssays.h"

#include "DatabaseError.h"
#include "Importer.h"
#include "Library.h"
#include "SearchQuery.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// Text from outside — a search box, an essay, an annotation, an imported JSON file —
// is data, never code: query text reaches FTS5 only as quoted strings bound as a
// parameter, and no path written inside an essay or an annotation decides where a file
// is written. (Exported HTML that cannot run script is tested in tst_exportformats.)
class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Every file under the test folder, recursively.
    QSet<QString> filesOnDisk() const
    {
        QSet<QString> files;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.insert(it.next());
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("library.sqlite"));
        const QStringList files = GeneratedEssays::write(path(QStringLiteral("input")), 8);
        QCOMPARE(files.size(), 8);
        Library library(m_db);
        Importer(library).run(files);
        QCOMPARE(library.essays().all().size(), 8);
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QString>("query");
        const QStringList queries{
            QStringLiteral("'"),
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("''"),
            QStringLiteral("chip'; DROP TABLE essay; --"),
            QStringLiteral("\"; DELETE FROM block; --"),
            QStringLiteral("'); DROP TABLE block_fts; --"),
            QStringLiteral("; ;"),
            QStringLiteral("text:chip"),
            QStringLiteral("block_fts:chip"),
            QStringLiteral("{text}: chip"),
            QStringLiteral("- text : chip"),
            QStringLiteral("rank:1"),
            QStringLiteral("rowid:1"),
            QStringLiteral("NEAR(chip export, 2)"),
            QStringLiteral("chip NEAR export"),
            QStringLiteral("NEAR/2"),
            QStringLiteral("NEAR"),
            QStringLiteral("near(\"chip\" \"export\")"),
            QStringLiteral("*"),
            QStringLiteral("**"),
            QStringLiteral("* chip"),
            QStringLiteral("chip*export"),
            QStringLiteral("^chip"),
            QStringLiteral("chip + export"),
            QStringLiteral("\"unbalanced"),
            QStringLiteral("chip\""),
            QStringLiteral("\u201Cchip"),
            QStringLiteral("("),
            QStringLiteral(")"),
            QStringLiteral("())"),
            QStringLiteral("(chip"),
            QStringLiteral("chip)"),
            QStringLiteral("OR"),
            QStringLiteral("AND"),
            QStringLiteral("NOT"),
            QStringLiteral("chip OR"),
            QStringLiteral("NOT chip"),
            QStringLiteral("-chip"),
            QStringLiteral("- -"),
            QStringLiteral("chip AND AND export"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("\\"),
            QStringLiteral("\\\""),
            QStringLiteral("chip\"export"),
            QStringLiteral("\"chip\"\"export\""),
            QStringLiteral("a:b:c"),
            QStringLiteral("-- comment"),
            QStringLiteral("/* */ chip"),
            QStringLiteral("0x27"),
            QStringLiteral("'rebuild'"),
            QStringLiteral("delete-all"),
            QStringLiteral("\u0000chip"),
            QStringLiteral("chip\u0000export"),
            QStringLiteral("\uFFFF"),
            QStringLiteral("\u202Echip"),
            QString(QChar(0xD800)) + QStringLiteral("chip"),
            QString(1000, u'('),
            QString(400, u'(') + QStringLiteral("chip") + QString(400, u')'),
            QString(1000, u'a'),
            QString(1001, u'a'),
            QStringLiteral("\u82af\u7247 OR"),
            QStringLiteral("\u82af\u7247*"),
        };
        for (const QString &query : queries)
            QTest::newRow(qPrintable(query.left(30).toHtmlEscaped())) << query;
    }

    // In the core: a query is refused with a reason or runs; the MATCH expression holds
    // the user's text only inside "quoted" strings; SQLite never sees it as syntax.
    void hostileQueries()
    {
        QFETCH(QString, query);
        QString error;
        const std::optional<SearchQuery> parsed = SearchQuery::parse(query, &error);
        if (!parsed) {
            QVERIFY(!error.isEmpty());
            return;
        }
        // Take away the quoted strings: only operators, brackets and prefix stars remain.
        static const QRegularExpression quotedString(QStringLiteral("\"(?:[^\"]|\"\")*\""));
        static const QRegularExpression onlySyntax(
            QStringLiteral("^(?:\\s|\\(|\\)|\\*|AND|OR|NOT)*$"));
        QString rest = parsed->toFts5();
        rest.remove(quotedString);
        QVERIFY2(onlySyntax.match(rest).hasMatch(), qPrintable(parsed->toFts5()));

        Library library(m_db);
        try {
            library.search().run(*parsed);
            SearchOptions strict;
            strict.foldScript = false;
            strict.foldVocabulary = false;
            library.search().run(*parsed, strict);
        } catch (const DatabaseError &failure) {
            QFAIL(qPrintable(QStringLiteral("SQL error leaked: ") + failure.message()));
        }
    }

    // Through the CLI: exit 0 with JSON, or exit 2 with "bad query: reason"; never an
    // SQLite or FTS5 message, never a crash; and the library is untouched afterwards.
    void hostileQueriesThroughTheCli()
    {
        for (const QString &query :
             {QStringLiteral("chip'; DROP TABLE essay; --"), QStringLiteral("text:chip"),
              QStringLiteral("NEAR(chip export)"), QStringLiteral("*"),
              QStringLiteral("\"unbalanced"), QStringLiteral("(("), QStringLiteral("{text}: x"),
              QStringLiteral("chip\"export"), QStringLiteral("^x")}) {
            const CliRun run =
                runCli(m_db, {QStringLiteral("search"), QStringLiteral("--json"), query});
            QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(query));
            const QString err = QString::fromUtf8(run.err);
            if (run.exitCode == 2) {
                QVERIFY2(err.startsWith(QStringLiteral("duizhao-cli: bad query: ")),
                         qPrintable(err));
            } else {
                QVERIFY(run.json().isObject());
                QVERIFY(err.isEmpty());
            }
            for (const char *leak : {"fts5", "syntax error", "SQL", "sqlite", "no such column"})
                QVERIFY2(!err.contains(QLatin1String(leak), Qt::CaseInsensitive), qPrintable(err));
        }
        Library library(m_db);
        QCOMPARE(library.essays().all().size(), 8);
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }

    // Essays and annotations full of paths, absolute and relative, exported in every
    // format and round-tripped through import-annotations: the only files written are
    // the ones named with -o.
    void pathsInContentNeverChooseWhereFilesGo()
    {
        const QString escape = path(QStringLiteral("escaped"));
        const QString essayFile = path(QStringLiteral("paths.txt"));
        {
            QFile file(essayFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write((QStringLiteral("../../") + escape + QStringLiteral("-title.md\n\n") +
                        QStringLiteral("Write this to ") + escape +
                        QStringLiteral("-paragraph.html please, ") +
                        QStringLiteral("or to ../../../etc/cron.d/job and file:///") + escape +
                        QStringLiteral("-url.json.\n\nA second paragraph names ") + escape +
                        QStringLiteral("-second.csv and ~/.bashrc.\n"))
                           .toUtf8());
        }
        const CliRun imported =
            runCli(m_db, {QStringLiteral("import"), QStringLiteral("--json"), essayFile});
        QCOMPARE(imported.exitCode, 0);
        const QString id = QString::number(imported.json()
                                               .object()
                                               .value(QStringLiteral("files"))
                                               .toArray()
                                               .at(0)
                                               .toObject()
                                               .value(QStringLiteral("essay"))
                                               .toInteger());
        QCOMPARE(runCli(m_db, {QStringLiteral("annotate"), id, QStringLiteral("--quote"),
                               QStringLiteral("Write this to"), QStringLiteral("--tag"),
                               QStringLiteral("../") + escape + QStringLiteral("-tag"),
                               QStringLiteral("--claim"), escape + QStringLiteral("-claim"),
                               QStringLiteral("--note"),
                               QStringLiteral("save as ") + escape + QStringLiteral("-note.pdf")})
                     .exitCode,
                 0);

        const QSet<QString> before = filesOnDisk();
        QSet<QString> written;
        for (const QString &format :
             {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"),
              QStringLiteral("csv"), QStringLiteral("pdf")}) {
            const QString out = path(QStringLiteral("out/notes.") + format);
            QDir().mkpath(path(QStringLiteral("out")));
            const CliRun run =
                runCli(m_db, {QStringLiteral("export"), QStringLiteral("--all"),
                              QStringLiteral("--format"), format, QStringLiteral("-o"), out});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            written.insert(out);
        }
        // The exported JSON, with every path in it pointing elsewhere, read back into a
        // fresh library.
        QFile json(path(QStringLiteral("out/notes.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray hijacked = json.readAll();
        hijacked.replace(essayFile.toUtf8(), (escape + QStringLiteral("-source.txt")).toUtf8());
        const QString crafted = path(QStringLiteral("out/crafted.json"));
        QFile craftedFile(crafted);
        QVERIFY(craftedFile.open(QIODevice::WriteOnly));
        craftedFile.write(hijacked);
        craftedFile.close();
        written.insert(crafted);
        const QString fresh = path(QStringLiteral("fresh.sqlite"));
        QCOMPARE(runCli(fresh, {QStringLiteral("import"), essayFile}).exitCode, 0);
        const CliRun reimport = runCli(fresh, {QStringLiteral("import-annotations"), crafted});
        QVERIFY2(reimport.exitCode == 0 || reimport.exitCode == 1, reimport.err.constData());

        QSet<QString> added = filesOnDisk() - before;
        // The fresh library's own files are where --db said, and its daily backup (made
        // before import-annotations wrote to it) in the backup folder beside it.
        const QString backups = path(QStringLiteral("backups/fresh-"));
        for (const QString &file : QSet<QString>(added)) {
            if (file.startsWith(fresh) || file.startsWith(backups))
                added.remove(file);
        }
        QCOMPARE(added, written);
        for (const QString &file : filesOnDisk())
            QVERIFY2(!file.startsWith(escape), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
