#include "CliRunner.h"
#include "GeneratedEssays.h"

#include "DatabaseError.h"
#include "Library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// Two duizhao-cli processes importing into one library at the same time, and a reader
// connection (what the app holds) open throughout: both imports succeed (the busy
// timeout and BEGIN IMMEDIATE make writers take turns), every file is stored once, and
// the reader sees essays arrive without an error.
class TestConcurrentAccess : public QObject
{
    Q_OBJECT

    static constexpr int kPerFolder = 100;
    static constexpr int kShared = 40;

    QTemporaryDir m_dir;
    QString m_first, m_second, m_shared;

    static void startImport(QProcess &process, const QString &db, const QStringList &paths)
    {
        process.setProgram(QStringLiteral(DUIZHAO_CLI_PATH));
        process.setArguments(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"),
                                         QStringLiteral("--json")} +
                             paths);
        process.start();
    }

    static int finish(QProcess &process)
    {
        // waitForFinished() is false for a process that has already finished.
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(300000))
            return -1;
        if (process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (process.exitCode() != 0)
            qWarning("%s", process.readAllStandardError().constData());
        return process.exitCode();
    }

    // Every file once, with the status of the process that stored it.
    static void verifyJson(const QByteArray &out, int expectedFiles)
    {
        const QJsonArray files =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), expectedFiles);
        for (const QJsonValue &file : files) {
            const QString status = file.toObject().value(QStringLiteral("status")).toString();
            QVERIFY2(status == u"imported" || status == u"unchanged", qPrintable(status));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = m_dir.filePath(QStringLiteral("first"));
        m_second = m_dir.filePath(QStringLiteral("second"));
        m_shared = m_dir.filePath(QStringLiteral("shared"));
        QCOMPARE(GeneratedEssays::write(m_first, kPerFolder, 0).size(), kPerFolder);
        QCOMPARE(GeneratedEssays::write(m_second, kPerFolder, 1000).size(), kPerFolder);
        QCOMPARE(GeneratedEssays::write(m_shared, kShared, 2000).size(), kShared);
    }

    // Both processes create the library file at the same moment: one migrates, the
    // other waits and finds it migrated.
    void twoImportsIntoANewLibrary()
    {
        const QString db = m_dir.filePath(QStringLiteral("new.sqlite"));
        QProcess a, b;
        startImport(a, db, {m_first, m_shared});
        startImport(b, db, {m_second, m_shared});
        QCOMPARE(finish(a), 0);
        QCOMPARE(finish(b), 0);
        verifyJson(a.readAllStandardOutput(), kPerFolder + kShared);
        verifyJson(b.readAllStandardOutput(), kPerFolder + kShared);

        Library library(db);
        QCOMPARE(library.essays().all().size(), 2 * kPerFolder + kShared);
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }

    // The app's situation: a connection is open on the library while the CLI imports.
    void readerSeesImportsArrive()
    {
        const QString db = m_dir.filePath(QStringLiteral("shared.sqlite"));
        Library reader(db);
        QCOMPARE(reader.essays().all().size(), 0);
        qint64 version = reader.maintenance().dataVersion();

        QProcess a, b;
        startImport(a, db, {m_first, m_shared});
        startImport(b, db, {m_second, m_shared});
        int reads = 0, changes = 0, partial = 0;
        qsizetype seen = 0;
        QElapsedTimer timer;
        timer.start();
        while ((a.state() != QProcess::NotRunning || b.state() != QProcess::NotRunning) &&
               timer.elapsed() < 300000) {
            a.waitForFinished(10);
            b.waitForFinished(10);
            try {
                const qint64 now = reader.maintenance().dataVersion();
                if (now == version)
                    continue;
                version = now;
                ++changes;
                const QList<EssayDetails> essays = reader.essays().all();
                ++reads;
                // Committed essays never disappear, and each one is whole.
                QVERIFY(essays.size() >= seen);
                seen = essays.size();
                partial += seen > 0 && seen < 2 * kPerFolder + kShared ? 1 : 0;
                for (const EssayDetails &essay : essays)
                    QVERIFY2(essay.blockCount > 0, qPrintable(essay.file));
            } catch (const DatabaseError &error) {
                QFAIL(qPrintable(QStringLiteral("reader failed during the import: ") +
                                 error.message()));
            }
        }
        QCOMPARE(finish(a), 0);
        QCOMPARE(finish(b), 0);
        qInfo("the reader noticed %d changes, read the list %d times, %d of them mid-import",
              changes, reads, partial);
        QVERIFY(reader.maintenance().dataVersion() != 0);
        QVERIFY(changes > 0);
        QCOMPARE(reader.essays().all().size(), 2 * kPerFolder + kShared);
        QVERIFY(reader.maintenance().checkIntegrity().isEmpty());
    }

    // The counter stays put while nobody writes and moves when another process commits.
    void dataVersionMovesForOtherWriters()
    {
        const QString db = m_dir.filePath(QStringLiteral("version.sqlite"));
        Library own(db);
        const qint64 start = own.maintenance().dataVersion();
        own.tags().names(); // a read
        QCOMPARE(own.maintenance().dataVersion(), start);
        const CliRun run =
            runCli(db, {QStringLiteral("import"), m_first + QStringLiteral("/essay-0000.txt")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(own.maintenance().dataVersion() != start);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentAccess)
#include "tst_concurrent_access.moc"
