#include "CliRunner.h"

#include "ingest/Importer.h"
#include "store/Library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// A folder mixing good essays with every kind of bad input: each good file lands, each
// bad one gets its own result with a reason, and the run goes on to the end.
class TestImportBadInputs : public QObject
{
    Q_OBJECT

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

    static QHash<QString, ImportResult> byName(const QList<ImportResult> &results, const QString &root)
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

        // One line of 30 MB: must decode and parse in linear time.
        const QByteArray sentence = QString::fromUtf16(u"长句没有换行但必须线性地导入。").toUtf8();
        write(QStringLiteral("huge-single-line.txt"), sentence.repeated(30 * 1024 * 1024 / sentence.size()));

        QVERIFY(QFile::link(m_input, m_input + QStringLiteral("/a/loop")));
        QVERIFY(QFile::link(m_input + QStringLiteral("/missing"), m_input + QStringLiteral("/dangling.txt")));
    }

    // In-process: per-file statuses and reasons.
    void everyFileHasItsOwnResult()
    {
        Library library(m_dir.filePath(QStringLiteral("library.sqlite")));
        QElapsedTimer timer;
        timer.start();
        const QList<ImportResult> results = Importer(library).run({m_input});
        qInfo("imported a folder with a 30 MB line in %lld ms", timer.elapsed());
        const auto results_ = byName(results, m_input);

        const auto status = [&](const char *name) { return results_.value(QLatin1String(name)).status; };
        const auto error = [&](const char *name) { return results_.value(QLatin1String(name)).error; };
        using S = ImportResult::Status;
        QCOMPARE(status("good-a.txt"), S::Imported);
        QCOMPARE(status("x.txt/inside-a-folder-named-x.txt"), S::Imported);
        QCOMPARE(status("a/b/c/d/e/f/g/h/deep.txt"), S::Imported);
        QCOMPARE(status("huge-single-line.txt"), S::Imported);
        QCOMPARE(status("invalid-utf8.txt"), S::Imported);
        QVERIFY(!results_.value(QStringLiteral("invalid-utf8.txt")).warnings.isEmpty());

        QCOMPARE(status("empty.txt"), S::Failed);
        QCOMPARE(error("empty.txt"), QStringLiteral("empty file"));
        QCOMPARE(status("blank.txt"), S::Failed);
        QVERIFY(error("blank.txt").contains(QStringLiteral("whitespace")));
        QCOMPARE(status("binary.txt"), S::Failed);
        QVERIFY(error("binary.txt").contains(QStringLiteral("binary")));
        QCOMPARE(status("nul.txt"), S::Failed);
        QVERIFY(error("nul.txt").contains(QStringLiteral("NUL")));
        QCOMPARE(status("dangling.txt"), S::Failed);
        QVERIFY(error("dangling.txt").contains(QStringLiteral("broken symbolic link")));
        QCOMPARE(status("picture.jpg"), S::Skipped);
        QCOMPARE(status("a/loop"), S::Skipped);
        QVERIFY(error("a/loop").contains(QStringLiteral("loop")));

        for (const ImportResult &result : results) {
            if (result.status == S::Failed || result.status == S::Skipped)
                QVERIFY2(!result.error.isEmpty(), qPrintable(result.path));
        }
        // The invalid bytes became U+FFFD in the stored text; nothing else was lost.
        const std::optional<EssayRecord> withInvalid =
            library.essay(results_.value(QStringLiteral("invalid-utf8.txt")).essayId);
        QVERIFY(withInvalid);
        bool replaced = false;
        for (const Block &block : withInvalid->blocks)
            replaced = replaced || block.text.contains(QChar(0xFFFD));
        QVERIFY(replaced);
        QCOMPARE(library.essays().size(), 5);
    }

    // Through the CLI: exit code 1 because some files failed, and the good ones landed.
    void cliExitsWithOneWhenSomeFail()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const CliRun run = runCli(db, {QStringLiteral("import"), QStringLiteral("--json"), m_input});
        QCOMPARE(run.exitCode, 1);
        int imported = 0, failed = 0;
        for (const QJsonValue &file : run.json().object().value(QStringLiteral("files")).toArray()) {
            const QString status = file.toObject().value(QStringLiteral("status")).toString();
            imported += status == u"imported";
            failed += status == u"failed";
            if (status == u"failed")
                QVERIFY(!file.toObject().value(QStringLiteral("error")).toString().isEmpty());
        }
        QCOMPARE(imported, 5);
        QCOMPARE(failed, 5);
        const CliRun listed = runCli(db, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.json().array().size(), 5);
    }

    // A changed file at the same path is updated in place and keeps its essay id.
    void changedFileIsUpdatedInPlace()
    {
        const QString db = m_dir.filePath(QStringLiteral("update.sqlite"));
        const QString file = m_input + QStringLiteral("/good-a.txt");
        const CliRun first = runCli(db, {QStringLiteral("import"), QStringLiteral("--json"), file});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject before = first.json().object().value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));

        QFile edit(file);
        QVERIFY(edit.open(QIODevice::Append));
        edit.write(QString::fromUtf16(u"\n新增的一段结尾。\n").toUtf8());
        edit.close();
        const CliRun second = runCli(db, {QStringLiteral("import"), QStringLiteral("--json"), file});
        const QJsonObject after = second.json().object().value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QCOMPARE(after.value(QStringLiteral("essay")).toInteger(), before.value(QStringLiteral("essay")).toInteger());
        const CliRun listed = runCli(db, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.json().array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportBadInputs)
#include "tst_import_bad_inputs.moc"
