#include "CliRunner.h"

#include "Importer.h"
#include "Library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace duizhao;

namespace {

// Root reads any file whatever its mode (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), and CI
// runs as root. For a file that is really unreadable, this test process gives up those
// two capabilities for good: from its bounding set too, so the duizhao-cli processes it
// starts cannot regain them. Nothing to do for an ordinary user.
bool giveUpReadingEveryFile()
{
    if (geteuid() != 0)
        return true;
    for (int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
        if (prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0)
            return false;
    }
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    const quint32 keep = ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
    data[0].effective &= keep;
    data[0].permitted &= keep;
    data[0].inheritable &= keep;
    return syscall(SYS_capset, &header, data) == 0;
}

} // namespace

// A folder mixing good essays with every kind of bad input: each good file lands, each
// bad one gets its own result with a reason, and the run goes on to the end.
class TestImportBadInputs : public QObject
{
    Q_OBJECT

    // good-a, x.txt/…, deep, huge line, invalid UTF-8 (with a warning), control chars, bidi
    static constexpr int kGoodFiles = 7;
    // empty, blank, binary, NUL, control-heavy, dangling, self-loop, unreadable, read error
    static constexpr int kBadFiles = 9;

    QTemporaryDir m_dir;
    QString m_input;

    void write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_input + u'/' + relative;
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QByteArray sample(const char *name)
    {
        QFile file(QStringLiteral(DUIZHAO_SAMPLES_DIR "/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QHash<QString, ImportResult> byName(const QList<ImportResult> &results,
                                               const QString &root)
    {
        QHash<QString, ImportResult> map;
        for (const ImportResult &result : results)
            map.insert(QDir(root).relativeFilePath(result.path), result);
        return map;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Canonical, so result paths (canonical) compare with it.
        m_input = QFileInfo(m_dir.path()).canonicalFilePath() + QStringLiteral("/input");
        const QByteArray goodA = sample("sample-hans-export-controls.txt");
        const QByteArray goodB = sample("sample-bilingual-chips.txt");
        QVERIFY(!goodA.isEmpty() && !goodB.isEmpty());

        write(QStringLiteral("good-a.txt"), goodA);
        write(QStringLiteral("empty.txt"), QByteArray());
        write(QStringLiteral("blank.txt"), QByteArray(" \n\t\r\n\xC2\xA0\n   \n"));
        QByteArray binary(4096, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : binary)
            byte = char(generator.bounded(256));
        binary[10] = '\0';
        write(QStringLiteral("binary.txt"), binary);
        write(QStringLiteral("nul.txt"), QByteArray("an essay\0with a NUL byte\n", 25));
        QByteArray invalid = goodA;
        invalid.insert(200, "\xFF\xFE\xC0");
        write(QStringLiteral("invalid-utf8.txt"), invalid);
        write(QStringLiteral("x.txt/inside-a-folder-named-x.txt"), goodB);
        write(QStringLiteral("a/b/c/d/e/f/g/h/deep.txt"), goodB);
        write(QStringLiteral("picture.jpg"), QByteArray("\xFF\xD8\xFF\xE0 not really a jpeg"));

        // A few terminal escapes and bells in an essay: text, kept exactly as it was.
        QByteArray controls = goodB;
        controls.insert(120, "\x1B[31m\x07");
        write(QStringLiteral("control-chars.txt"), controls);
        // Mostly control characters: not an essay.
        QByteArray controlHeavy;
        for (int i = 0; i < 400; ++i)
            controlHeavy += "word\x01\x02\x03\x04\x05\x06\x0E\x0F\n";
        write(QStringLiteral("control-heavy.txt"), controlHeavy);
        // Bidi overrides (the "Trojan Source" characters): valid text, stored untouched.
        QByteArray bidi = goodA;
        bidi.insert(0,
                    QString::fromUtf16(u"\u202E\u53CD\u5411\u202C \u2066isolate\u2069\n").toUtf8());
        write(QStringLiteral("bidi-override.txt"), bidi);

        // Unreadable: no permission, and a read that fails with EIO (/proc/self/mem at
        // offset 0 is unmapped memory: what a failing disk looks like to read()).
        write(QStringLiteral("unreadable.txt"), goodA);
        QVERIFY(QFile::setPermissions(m_input + QStringLiteral("/unreadable.txt"), {}));
        QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"),
                            m_input + QStringLiteral("/read-error.txt")));
        QVERIFY2(giveUpReadingEveryFile(),
                 "cannot drop CAP_DAC_OVERRIDE: run as a user or as root with CAP_SETPCAP");
        QFile unreadable(m_input + QStringLiteral("/unreadable.txt"));
        QVERIFY2(!unreadable.open(QIODevice::ReadOnly), "a mode-000 file is still readable");

        // A FIFO would block a reader for ever; a link that points at itself never resolves.
        QCOMPARE(mkfifo(QFile::encodeName(m_input + QStringLiteral("/fifo.txt")).constData(), 0644),
                 0);
        QVERIFY(QFile::link(m_input + QStringLiteral("/self-loop.txt"),
                            m_input + QStringLiteral("/self-loop.txt")));

        // Deeper than the walker goes (64 levels): reported once, not followed.
        QString tooDeep = QStringLiteral("nest");
        for (int level = 0; level < 70; ++level)
            tooDeep += QStringLiteral("/n");
        write(tooDeep + QStringLiteral("/lost.txt"), goodA);

        // One line of 30 MB: must decode and parse in linear time.
        const QByteArray sentence = QString::fromUtf16(u"长句没有换行但必须线性地导入。").toUtf8();
        write(QStringLiteral("huge-single-line.txt"),
              sentence.repeated(30 * 1024 * 1024 / sentence.size()));

        QVERIFY(QFile::link(m_input, m_input + QStringLiteral("/a/loop")));
        QVERIFY(QFile::link(m_input + QStringLiteral("/missing"),
                            m_input + QStringLiteral("/dangling.txt")));
    }

    // In-process: per-file statuses and reasons.
    void everyFileHasItsOwnResult()
    {
        Library library(m_dir.filePath(QStringLiteral("library.sqlite")));
        QElapsedTimer timer;
        timer.start();
        const QList<ImportResult> results = Importer(library).run({m_input});
        const qint64 elapsed = timer.elapsed();
        qInfo("imported a folder of %lld bad and good inputs (one a 30 MB line) in %lld ms",
              qint64(results.size()), elapsed);
        // "Finishes in seconds", with room for a sanitizer build on a busy machine.
        QVERIFY2(elapsed < 120000, qPrintable(QString::number(elapsed)));
        const auto results_ = byName(results, m_input);

        const auto status = [&](const char *name) {
            return results_.value(QLatin1String(name)).status;
        };
        const auto error = [&](const char *name) {
            return results_.value(QLatin1String(name)).error;
        };
        using S = ImportResult::Status;
        QCOMPARE(status("good-a.txt"), S::Imported);
        QCOMPARE(status("x.txt/inside-a-folder-named-x.txt"), S::Imported);
        QCOMPARE(status("a/b/c/d/e/f/g/h/deep.txt"), S::Imported);
        QCOMPARE(status("huge-single-line.txt"), S::Imported);
        QCOMPARE(status("invalid-utf8.txt"), S::Imported);
        QVERIFY(!results_.value(QStringLiteral("invalid-utf8.txt")).warnings.isEmpty());
        QCOMPARE(status("control-chars.txt"), S::Imported);
        QCOMPARE(status("bidi-override.txt"), S::Imported);

        QCOMPARE(status("empty.txt"), S::Failed);
        QCOMPARE(error("empty.txt"), QStringLiteral("empty file"));
        QCOMPARE(status("blank.txt"), S::Failed);
        QVERIFY(error("blank.txt").contains(QStringLiteral("whitespace")));
        QCOMPARE(status("binary.txt"), S::Failed);
        QVERIFY(error("binary.txt").contains(QStringLiteral("binary")));
        QCOMPARE(status("nul.txt"), S::Failed);
        QVERIFY(error("nul.txt").contains(QStringLiteral("NUL")));
        QCOMPARE(status("control-heavy.txt"), S::Failed);
        QVERIFY(error("control-heavy.txt").contains(QStringLiteral("control characters")));
        QCOMPARE(status("dangling.txt"), S::Failed);
        QVERIFY(error("dangling.txt").contains(QStringLiteral("broken symbolic link")));
        QCOMPARE(status("self-loop.txt"), S::Failed);
        QVERIFY(error("self-loop.txt").contains(QStringLiteral("symbolic link")));
        QCOMPARE(status("unreadable.txt"), S::Failed);
        QVERIFY2(error("unreadable.txt").contains(QStringLiteral("cannot read")),
                 qPrintable(error("unreadable.txt")));
        QVERIFY(error("unreadable.txt").contains(QStringLiteral("ermission")));
        // The link is recorded under its target (/proc/<pid>/mem of the importing process).
        const auto readError =
            std::find_if(results.cbegin(), results.cend(), [](const ImportResult &r) {
                return r.path.startsWith(u"/proc/") && r.path.endsWith(u"/mem");
            });
        QVERIFY(readError != results.cend());
        QCOMPARE(readError->status, S::Failed);
        QVERIFY2(readError->error.startsWith(QStringLiteral("cannot read")),
                 qPrintable(readError->error));

        QCOMPARE(status("picture.jpg"), S::Skipped);
        QCOMPARE(status("a/loop"), S::Skipped);
        QVERIFY(error("a/loop").contains(QStringLiteral("loop")));
        QCOMPARE(status("fifo.txt"), S::Skipped);
        QCOMPARE(error("fifo.txt"), QStringLiteral("not a regular file"));
        const auto tooDeep =
            std::find_if(results.cbegin(), results.cend(), [](const ImportResult &r) {
                return r.error.contains(QStringLiteral("nested more than"));
            });
        QVERIFY(tooDeep != results.cend());
        QCOMPARE(tooDeep->status, S::Skipped);

        for (const ImportResult &result : results) {
            if (result.status == S::Failed || result.status == S::Skipped)
                QVERIFY2(!result.error.isEmpty(), qPrintable(result.path));
        }
        // The invalid bytes became U+FFFD in the stored text; nothing else was lost.
        const std::optional<Essay> withInvalid =
            library.essays().find(results_.value(QStringLiteral("invalid-utf8.txt")).essayId);
        QVERIFY(withInvalid);
        bool replaced = false;
        for (const Block &block : withInvalid->blocks)
            replaced = replaced || block.text.contains(QChar(0xFFFD));
        QVERIFY(replaced);
        // Control characters and bidi overrides are part of the original, kept as they were.
        const auto storedText = [&](const char *name) {
            QString all;
            if (const auto essay =
                    library.essays().find(results_.value(QLatin1String(name)).essayId)) {
                for (const Block &block : essay->blocks)
                    all += block.text + u'\n';
            }
            return all;
        };
        QVERIFY(storedText("control-chars.txt").contains(QStringLiteral("\x1B[31m\x07")));
        QVERIFY(storedText("bidi-override.txt")
                    .contains(QString::fromUtf16(u"\u202E\u53CD\u5411\u202C")));
        QVERIFY(
            storedText("bidi-override.txt").contains(QString::fromUtf16(u"\u2066isolate\u2069")));
        QCOMPARE(library.essays().all().size(), kGoodFiles);
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }

    // A FIFO named on the command line is reported, not opened (opening it would block).
    void fifoArgumentDoesNotBlock()
    {
        const QString db = m_dir.filePath(QStringLiteral("fifo.sqlite"));
        const CliRun run = runCli(db,
                                  {QStringLiteral("import"), QStringLiteral("--json"),
                                   m_input + QStringLiteral("/fifo.txt")},
                                  30000);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject file =
            run.json().object().value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QCOMPARE(file.value(QStringLiteral("error")).toString(),
                 QStringLiteral("not a regular file"));
    }

    // Through the CLI: exit code 1 because some files failed, and the good ones landed.
    void cliExitsWithOneWhenSomeFail()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const CliRun run =
            runCli(db, {QStringLiteral("import"), QStringLiteral("--json"), m_input});
        QCOMPARE(run.exitCode, 1);
        int imported = 0, failed = 0;
        for (const QJsonValue &file :
             run.json().object().value(QStringLiteral("files")).toArray()) {
            const QString status = file.toObject().value(QStringLiteral("status")).toString();
            imported += status == u"imported";
            failed += status == u"failed";
            if (status == u"failed")
                QVERIFY(!file.toObject().value(QStringLiteral("error")).toString().isEmpty());
        }
        QCOMPARE(imported, kGoodFiles);
        QCOMPARE(failed, kBadFiles);
        const CliRun listed = runCli(db, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.json().array().size(), kGoodFiles);
    }

    // A changed file at the same path is updated in place and keeps its essay id.
    void changedFileIsUpdatedInPlace()
    {
        const QString db = m_dir.filePath(QStringLiteral("update.sqlite"));
        const QString file = m_input + QStringLiteral("/good-a.txt");
        const CliRun first = runCli(db, {QStringLiteral("import"), QStringLiteral("--json"), file});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject before =
            first.json().object().value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));

        QFile edit(file);
        QVERIFY(edit.open(QIODevice::Append));
        edit.write(QString::fromUtf16(u"\n新增的一段结尾。\n").toUtf8());
        edit.close();
        const CliRun second =
            runCli(db, {QStringLiteral("import"), QStringLiteral("--json"), file});
        const QJsonObject after =
            second.json().object().value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QCOMPARE(after.value(QStringLiteral("essay")).toInteger(),
                 before.value(QStringLiteral("essay")).toInteger());
        const CliRun listed = runCli(db, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.json().array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportBadInputs)
#include "tst_import_bad_inputs.moc"
