#include "CliRunner.h"
#include "GeneratedEssays.h"

#include "Importer.h"
#include "Library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// SIGKILL at random moments: during an import of a few hundred files, and during a
// loop of annotation writes. After every kill the library must pass SQLite's integrity
// check and the full-text check, every essay must be whole (the same blocks and pairs
// as a clean import) or absent, every annotation whole (with all its tags) or absent;
// and running the same command again must complete the library.
//
// The kill moments come from a seeded generator (DUIZHAO_CRASH_SEED overrides the
// seed), so a failure can be replayed.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    static constexpr int kFiles = 300;
    static constexpr int kImportKills = 8;
    static constexpr int kAnnotationKills = 12;

    QTemporaryDir m_dir;
    QString m_input;
    QString m_db;
    QHash<QString, QString> m_reference; // file → fingerprint from a clean import
    QRandomGenerator m_random;

    static quint32 seed()
    {
        const QByteArray fromEnvironment = qgetenv("DUIZHAO_CRASH_SEED");
        return fromEnvironment.isEmpty() ? 20261122u : fromEnvironment.toUInt();
    }

    // Starts `duizhao-cli import` and kills it `delayMs` later, i.e. while it is
    // reading, parsing, writing a batch or committing one (an import commits in batches,
    // so files are reported only once their batch is in). Returns the number of files it
    // reported as imported; `*killed` says whether it was still running.
    int importAndKill(int delayMs, bool *killed)
    {
        QProcess process;
        process.setProgram(QStringLiteral(DUIZHAO_CLI_PATH));
        process.setArguments(
            {QStringLiteral("--db"), m_db, smallBatches(), QStringLiteral("import"), m_input});
        process.start();
        if (!process.waitForStarted())
            return -1;
        *killed = !process.waitForFinished(delayMs);
        if (*killed) {
            process.kill(); // SIGKILL
            process.waitForFinished();
        }
        int reported = 0;
        while (process.canReadLine())
            reported += process.readLine().startsWith("imported") ? 1 : 0;
        return reported;
    }

    // Commits every ~20 kB of input (the CLI's hidden --commit-bytes), so an import of a
    // few hundred small files commits many times and a kill lands between commits.
    static QString smallBatches() { return QStringLiteral("--commit-bytes=20000"); }

    void removeLibrary()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_db + suffix);
    }

    // Every essay in the library is one of the clean import's, block for block.
    void verifyWholeOrAbsent(int *present)
    {
        Library library(m_db);
        const QStringList problems = library.maintenance().checkIntegrity();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QHash<QString, QString> stored = GeneratedEssays::contents(library);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            QVERIFY2(m_reference.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(it.value() == m_reference.value(it.key()), qPrintable(it.key()));
        }
        *present = int(stored.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_random.seed(seed());
        qInfo("seed %u (set DUIZHAO_CRASH_SEED to replay another)", seed());
        m_input = m_dir.filePath(QStringLiteral("input"));
        QCOMPARE(GeneratedEssays::write(m_input, kFiles).size(), kFiles);
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));

        Library reference(m_dir.filePath(QStringLiteral("reference.sqlite")));
        const QList<ImportResult> results = Importer(reference).run({m_input});
        QCOMPARE(results.size(), kFiles);
        m_reference = GeneratedEssays::contents(reference);
        QCOMPARE(m_reference.size(), kFiles);
    }

    void importSurvivesSigkill()
    {
        // How long a whole import takes here, to spread the kills over it.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runCli(m_db, {smallBatches(), QStringLiteral("import"), m_input}).exitCode, 0);
        const int wholeRunMs = std::max(20, int(clock.elapsed()));
        removeLibrary();

        int previous = 0;
        int killedMidRun = 0;
        for (int kill = 0; kill < kImportKills; ++kill) {
            // Within what is left: each run skips the files already in.
            const int leftMs = wholeRunMs * (kFiles - previous) / kFiles;
            const int delayMs = 5 + int(m_random.bounded(std::max(1, leftMs * 8 / 10)));
            bool killed = false;
            const int reported = importAndKill(delayMs, &killed);
            QVERIFY(reported >= 0);
            int present = 0;
            verifyWholeOrAbsent(&present);
            if (QTest::currentTestFailed())
                return;
            qInfo("kill %d at %d ms of ~%d ms (%s), %d files reported: %d of %d essays in the "
                  "library",
                  kill + 1, delayMs, wholeRunMs, killed ? "killed" : "had finished", reported,
                  present, kFiles);
            // Nothing committed is ever lost.
            QVERIFY(present >= previous + reported);
            killedMidRun += killed && present < kFiles ? 1 : 0;
            previous = present;
            if (present == kFiles && kill + 1 < kImportKills) {
                // Complete: start again, so the next kill has an import to interrupt.
                removeLibrary();
                previous = 0;
            }
        }
        QVERIFY2(killedMidRun >= 5, "fewer than five kills landed before the import finished");

        // The rerun completes the library.
        const CliRun rerun =
            runCli(m_db, {QStringLiteral("import"), QStringLiteral("--json"), m_input});
        QCOMPARE(rerun.exitCode, 0);
        int present = 0;
        verifyWholeOrAbsent(&present);
        QCOMPARE(present, kFiles);
        const CliRun check = runCli(m_db, {QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json().object().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(check.json().object().value(QStringLiteral("essays")).toInt(), kFiles);
    }

    void annotationWritesSurviveSigkill()
    {
        // One annotation per essay on its first text block: two tags and a note that
        // name the essay, so a half-written annotation would show.
        struct Request {
            qint64 essay;
            int block;
            QStringList arguments;
        };
        QList<Request> requests;
        {
            Library library(m_db);
            for (const EssayDetails &summary : library.essays().all()) {
                const auto essay = library.essays().find(summary.id);
                QVERIFY(essay);
                for (const Block &block : essay->blocks) {
                    if (block.kind == BlockKind::Paragraph && block.text.size() > 4) {
                        const QString id = QString::number(summary.id);
                        requests.append(
                            {summary.id,
                             block.index,
                             {QStringLiteral("annotate"), id, QStringLiteral("--block"),
                              QString::number(block.index), QStringLiteral("--start"),
                              QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("2"),
                              QStringLiteral("--tag"), QStringLiteral("first-") + id,
                              QStringLiteral("--tag"), QStringLiteral("second-") + id,
                              QStringLiteral("--note"), QStringLiteral("note of essay ") + id}});
                        break;
                    }
                }
                if (requests.size() == kAnnotationKills * 2)
                    break;
            }
        }
        QCOMPARE(requests.size(), kAnnotationKills * 2);

        // How long one annotate takes here: kills are spread over that time.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli(m_db, requests.takeLast().arguments).exitCode, 0);
        const qint64 oneRunMs = std::max<qint64>(timer.elapsed(), 10);

        const auto verifyAnnotations = [&](int *whole) {
            Library library(m_db);
            const QStringList problems = library.maintenance().checkIntegrity();
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            *whole = 0;
            for (const Annotation &annotation : library.annotations().ofEssay()) {
                const QString id = QString::number(annotation.essayId);
                QCOMPARE(annotation.note, QStringLiteral("note of essay ") + id);
                QStringList tags = annotation.tags;
                tags.sort();
                QCOMPARE(tags, QStringList({QStringLiteral("first-") + id,
                                            QStringLiteral("second-") + id}));
                QCOMPARE(annotation.anchor.start, 0);
                QCOMPARE(annotation.anchor.end, 2);
                ++*whole;
            }
        };

        int before = 0;
        verifyAnnotations(&before);
        QCOMPARE(before, 1);
        int committed = 0;
        for (int kill = 0; kill < kAnnotationKills; ++kill) {
            QProcess process;
            process.setProgram(QStringLiteral(DUIZHAO_CLI_PATH));
            process.setArguments(QStringList{QStringLiteral("--db"), m_db} +
                                 requests[kill].arguments);
            process.start();
            QVERIFY(process.waitForStarted());
            QThread::msleep(m_random.bounded(int(oneRunMs * 3 / 2 + 1)));
            process.kill(); // SIGKILL
            process.waitForFinished();
            int after = 0;
            verifyAnnotations(&after);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(after == before || after == before + 1);
            committed += after - before;
            before = after;
        }
        qInfo("%d annotate runs killed (one run takes %lld ms): %d had committed, %d had not",
              kAnnotationKills, oneRunMs, committed, kAnnotationKills - committed);

        // Running the loop again (the killed ones included) completes it; an annotation
        // that had been committed is simply added a second time, never half.
        for (const Request &request : std::as_const(requests))
            QCOMPARE(runCli(m_db, request.arguments).exitCode, 0);
        int whole = 0;
        verifyAnnotations(&whole);
        QCOMPARE(whole, 1 + committed + int(requests.size()));
        QCOMPARE(runCli(m_db, {QStringLiteral("check")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
