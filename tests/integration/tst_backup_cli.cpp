#include "CliRunner.h"
#include "GeneratedEssays.h"

#include "Database.h"
#include "Library.h"
#include "Schema.h"
#include "SearchTokenizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace duizhao;

// Backups, restore and read-only libraries through the real duizhao-cli: the JSON of
// `backups`, a restore that sets the library aside, a backup taken while another process
// imports, SIGKILLs during a backup and during a restore, and read-only files met as a
// user who really cannot write them (setpriv to nobody when the tests run as root, where
// a mode alone does not stop writes).
class TestBackupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray sha(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }

    // Integrity as `check` means it, and the essay count: -1 when the file does not open.
    static int soundEssays(const QString &file)
    {
        try {
            Library library(file);
            if (!library.maintenance().checkIntegrity().isEmpty())
                return -1;
            return int(library.essays().all().size());
        } catch (const std::exception &) {
            return -1;
        }
    }

    QString libraryWith(const QString &name, int essays)
    {
        const QString db = path(name + QStringLiteral(".sqlite"));
        const QStringList files =
            GeneratedEssays::write(path(name + QStringLiteral("-in")), essays);
        const CliRun run = runCli(db, QStringList{QStringLiteral("import")} + files);
        return run.exitCode == 0 ? db : QString();
    }

    // The command as `nobody`, who can read the test's files but write none of them.
    static CliRun runAsNobody(const QString &db, const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(QStringLiteral("setpriv"));
        process.setArguments(
            QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                        QStringLiteral("--clear-groups"), QStringLiteral(DUIZHAO_CLI_PATH),
                        QStringLiteral("--db"), db} +
            arguments);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), QDir::tempPath()); // nobody's is not there
        process.setProcessEnvironment(environment);
        process.start();
        CliRun run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void backupListRestore()
    {
        const QString db = libraryWith(QStringLiteral("plain"), 6);
        QVERIFY(!db.isEmpty());
        QCOMPARE(
            runCli(db, {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--block"),
                        QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("0"),
                        QStringLiteral("--end"), QStringLiteral("2")})
                .exitCode,
            0);
        // annotate was the day's first write to a library with essays: the daily backup
        // came before it, so it has no annotation yet.
        const CliRun manual = runCli(db, {QStringLiteral("backup")});
        QVERIFY2(manual.exitCode == 0, manual.err.constData());
        const CliRun other = runCli(db, {QStringLiteral("backup"), QStringLiteral("-o"),
                                         path(QStringLiteral("elsewhere.sqlite"))});
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(soundEssays(path(QStringLiteral("elsewhere.sqlite"))), 6);

        const CliRun listed = runCli(db, {QStringLiteral("backups"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray backups = listed.json().array();
        QCOMPARE(backups.size(), 2); // the daily and the manual one; -o is the user's file
        QString daily;
        for (const QJsonValue &value : backups) {
            const QJsonObject backup = value.toObject();
            for (const char *key : {"file", "created", "essays", "annotations"})
                QVERIFY2(backup.contains(QLatin1String(key)), key);
            QVERIFY(QFileInfo(backup.value(u"file").toString()).dir().path().endsWith(u"/backups"));
            QCOMPARE(backup.value(u"essays").toInt(), 6);
            QVERIFY(
                QDateTime::fromString(backup.value(u"created").toString(), Qt::ISODate).isValid());
            if (backup.value(u"kind").toString() == u"daily") {
                QCOMPARE(backup.value(u"annotations").toInt(), 0);
                daily = backup.value(u"file").toString();
            } else {
                QCOMPARE(backup.value(u"annotations").toInt(), 1);
            }
        }
        QVERIFY(!daily.isEmpty());

        const QByteArray before = sha(db);
        const CliRun restored = runCli(db, {QStringLiteral("restore"), daily});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        // The library as it was is beside it, unchanged, never overwritten.
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("plain.sqlite.before-restore-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(soundEssays(path(aside.front())), 6);
        {
            Library library(path(aside.front()));
            QCOMPARE(library.annotations().ofEssay().size(), 1);
        }
        Q_UNUSED(before);
        Library library(db);
        QCOMPARE(library.essays().all().size(), 6);
        QCOMPARE(library.annotations().ofEssay().size(), 0);
    }

    void backupWhileAnotherProcessImports()
    {
        const QString db = libraryWith(QStringLiteral("busy"), 10);
        QVERIFY(!db.isEmpty());
        const QStringList files =
            GeneratedEssays::write(path(QStringLiteral("busy-more")), 200, 10);
        QProcess import;
        import.setProgram(QStringLiteral(DUIZHAO_CLI_PATH));
        import.setArguments(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--commit-bytes=20000"),
                        QStringLiteral("--no-auto-backup"), QStringLiteral("import")} +
            files);
        import.start();
        QVERIFY(import.waitForStarted());
        QList<int> counts;
        for (int i = 0; import.state() != QProcess::NotRunning && i < 40; ++i) {
            const QString copy = path(QStringLiteral("busy-copy-%1.sqlite").arg(i));
            const CliRun run = runCli(db, {QStringLiteral("backup"), QStringLiteral("-o"), copy});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const int essays = soundEssays(copy);
            QVERIFY2(essays >= 10, qPrintable(copy)); // sound, and at least what was there
            counts << essays;
        }
        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);
        qInfo("%lld backups during the import held %s essays", qlonglong(counts.size()),
              qPrintable([&] {
                  QStringList text;
                  for (int count : std::as_const(counts))
                      text << QString::number(count);
                  return text.join(u' ');
              }()));
        QVERIFY2(!counts.isEmpty(), "the import ended before a backup could be taken");
        QCOMPARE(soundEssays(db), 210);
    }

    void killDuringBackupAndRestore()
    {
        const QString db = libraryWith(QStringLiteral("kill"), 300);
        QVERIFY(!db.isEmpty());
        const QString backup = path(QStringLiteral("kill-300.sqlite"));
        QCOMPARE(runCli(db, {QStringLiteral("backup"), QStringLiteral("-o"), backup}).exitCode, 0);
        QCOMPARE(runCli(db, QStringList{QStringLiteral("import")} +
                                GeneratedEssays::write(path(QStringLiteral("kill-more")), 20, 300))
                     .exitCode,
                 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runCli(db, {QStringLiteral("backup"), QStringLiteral("-o"),
                             path(QStringLiteral("kill-timing.sqlite"))})
                     .exitCode,
                 0);
        const int backupMs = int(clock.elapsed());
        int killedDuringBackup = 0;
        for (int i = 0; i < 6; ++i) {
            const QString target = path(QStringLiteral("kill-partial-%1.sqlite").arg(i));
            QProcess process;
            process.setProgram(QStringLiteral(DUIZHAO_CLI_PATH));
            process.setArguments({QStringLiteral("--db"), db, QStringLiteral("backup"),
                                  QStringLiteral("-o"), target});
            process.start();
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(1 + i * std::max(1, backupMs) / 6)) {
                process.kill();
                process.waitForFinished();
                ++killedDuringBackup;
            }
            QCOMPARE(soundEssays(db), 320); // the library is untouched
            // Either no backup under that name or a whole one.
            if (QFileInfo::exists(target))
                QCOMPARE(soundEssays(target), 320);
        }
        qInfo("backup: %d of 6 kills landed while it ran (a backup takes ~%d ms)",
              killedDuringBackup, backupMs);

        clock.restart();
        QCOMPARE(runCli(db, {QStringLiteral("restore"), backup}).exitCode, 0);
        const int restoreMs = int(clock.elapsed());
        QCOMPARE(soundEssays(db), 300);
        int killedDuringRestore = 0;
        for (int i = 0; i < 8; ++i) {
            // Alternate: restore the 320-essay set-aside file, then the 300 backup.
            const QStringList aside =
                QDir(m_dir.path()).entryList({QStringLiteral("kill.sqlite.before-restore-*")});
            QVERIFY(!aside.isEmpty());
            const QString from = i % 2 == 0 ? backup : path(aside.front());
            const int expectedOld = soundEssays(db);
            const int expectedNew = soundEssays(from);
            QProcess process;
            process.setProgram(QStringLiteral(DUIZHAO_CLI_PATH));
            process.setArguments({QStringLiteral("--db"), db, QStringLiteral("restore"), from});
            process.start();
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(1 + i * std::max(1, restoreMs) / 8)) {
                process.kill();
                process.waitForFinished();
                ++killedDuringRestore;
            }
            const int essays = soundEssays(db);
            QVERIFY2(essays == expectedOld || essays == expectedNew,
                     qPrintable(QStringLiteral("after kill %1: %2 essays").arg(i).arg(essays)));
        }
        qInfo("restore: %d of 8 kills landed while it ran (a restore takes ~%d ms)",
              killedDuringRestore, restoreMs);
    }

    void readOnlyFlag()
    {
        const QString db = libraryWith(QStringLiteral("flag"), 3);
        QVERIFY(!db.isEmpty());
        const QByteArray before = sha(db);
        // Global options come before the command; runCli puts --db FILE first.
        const CliRun list = runCli(db, {QStringLiteral("--read-only"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.contains("read-only"), list.err.constData());
        const CliRun tag = runCli(db, {QStringLiteral("--read-only"), QStringLiteral("tags"),
                                       QStringLiteral("set"), QStringLiteral("x")});
        QCOMPARE(tag.exitCode, 2);
        QVERIFY2(tag.err.contains("read-only"), tag.err.constData());
        const CliRun restore = runCli(db, {QStringLiteral("--read-only"), QStringLiteral("restore"),
                                           path(QStringLiteral("x"))});
        QCOMPARE(restore.exitCode, 2);
        QCOMPARE(sha(db), before);
    }

    void readOnlyFileAsAnotherUser()
    {
        if (::geteuid() != 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("neither root (to become nobody with setpriv) nor setpriv available");
        const QString db = libraryWith(QStringLiteral("shared"), 4);
        QVERIFY(!db.isEmpty());
        QCOMPARE(
            runCli(db, {QStringLiteral("annotate"), QStringLiteral("2"), QStringLiteral("--block"),
                        QStringLiteral("0"), QStringLiteral("--start"), QStringLiteral("0"),
                        QStringLiteral("--end"), QStringLiteral("2")})
                .exitCode,
            0);
        // A folder of its own, readable by all and writable by its owner only (root), the
        // library closed cleanly: no -wal, and no -shm that nobody could use.
        const QString folder = path(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString ro = folder + QStringLiteral("/shared.sqlite");
        QVERIFY(QFile::copy(db, ro));
        const QString out = path(QStringLiteral("ro-out"));
        QVERIFY(QDir().mkpath(out));
        for (const QString &dir : {m_dir.path(), folder})
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                           QFile::ExeOther);
        QFile::setPermissions(out, QFile::Permissions(0x7777));
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                      QFile::ReadOther);
        const QByteArray before = sha(ro);
        const auto as = [&](const QStringList &arguments) {
            return ::geteuid() == 0 ? runAsNobody(ro, arguments) : runCli(ro, arguments);
        };
        if (::geteuid() != 0) // not root: the mode stops the owner's writes too
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);

        const CliRun list = as({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(list.json().array().size(), 4);
        QVERIFY2(list.err.contains("read-only"), list.err.constData());
        QCOMPARE(as({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("chip")})
                     .exitCode,
                 0);
        const CliRun exported =
            as({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                QStringLiteral("md"), QStringLiteral("-o"), out + QStringLiteral("/notes.md")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(QFileInfo(out + QStringLiteral("/notes.md")).size() > 0);
        const CliRun check = as({QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains("read-only"), check.out.constData());

        for (const QStringList &edit :
             {QStringList{QStringLiteral("annotate"), QStringLiteral("1"),
                          QStringLiteral("--block"), QStringLiteral("0"), QStringLiteral("--start"),
                          QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("1")},
              QStringList{QStringLiteral("import"), path(QStringLiteral("shared-in"))},
              QStringList{QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("x 1"),
                          QStringLiteral("--kind"), QStringLiteral("footer")},
              QStringList{QStringLiteral("restore"), db}}) {
            const CliRun refused = as(edit);
            QVERIFY2(refused.exitCode == 2, qPrintable(edit.join(u' ')));
            QVERIFY2(refused.err.contains("read-only"), refused.err.constData());
        }
        QCOMPARE(sha(ro), before);
        QVERIFY(!QFileInfo::exists(ro + QStringLiteral("-wal")));

        // An old library that would need a migration is refused read-only, unchanged.
        const QString old = folder + QStringLiteral("/old.sqlite");
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::ExeOther);
        {
            Database database(old);
            SearchTokenizer::registerWith(database.handle());
            Schema::migrate(database, 8);
        }
        QFile::remove(old + QStringLiteral("-shm"));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        if (::geteuid() != 0)
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const QByteArray oldBefore = sha(old);
        const CliRun refused = ::geteuid() == 0 ? runAsNobody(old, {QStringLiteral("list")})
                                                : runCli(old, {QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("read-only") && refused.err.contains("upgrade"),
                 refused.err.constData());
        QCOMPARE(sha(old), oldBefore);
        QFile::setPermissions(folder, QFile::Permissions(0x7700));
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backup_cli.moc"
