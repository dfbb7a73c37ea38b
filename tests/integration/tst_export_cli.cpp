#include "../unit/ExportFixture.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// export and import-annotations through duizhao-cli, on essays the test writes itself.
class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_files;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QString &text)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        m_files << path(name);
    }

    static QJsonArray annotations(const QString &db)
    {
        return runCli(db, {QStringLiteral("annotations"), QStringLiteral("--json")}).json().array();
    }

    // The CLI as a script on a headless server runs it: no display, no platform chosen.
    static CliRun runHeadless(const QString &db, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DUIZHAO_CLI_PATH),
                      QStringList{QStringLiteral("--db"), db} + arguments);
        CliRun run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static QString pdfText(const QString &file)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        process.waitForFinished(60000);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        return QString::fromUtf8(process.readAllStandardOutput()).remove(space);
    }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("lib.sqlite"));
        writeFile(QStringLiteral("open-standards.txt"), ExportFixture::bilingualText());
        writeFile(QStringLiteral("open-chips.txt"), ExportFixture::simplifiedText());
        QCOMPARE(runCli(m_db, QStringList{QStringLiteral("import")} + m_files).exitCode, 0);
        const QList<QStringList> notes{
            {QStringLiteral("1"), QStringLiteral("--quote"),
             QStringLiteral("rarely make headlines"), QStringLiteral("--tag"),
             QStringLiteral("media coverage"), QStringLiteral("--tag"), QStringLiteral("standards"),
             QStringLiteral("--claim"), QStringLiteral("opinion"), QStringLiteral("--verdict"),
             QStringLiteral("supported"), QStringLiteral("--note"),
             QStringLiteral("Compare with *the 2019 vote*.")},
            {QStringLiteral("1"), QStringLiteral("--quote"),
             QString::fromUtf16(u"十年內成為全球預設"), QStringLiteral("--color"),
             QStringLiteral("#90caf9"), QStringLiteral("--note"),
             QStringLiteral("Who counts the votes?")},
            {QStringLiteral("2"), QStringLiteral("--quote"),
             QString::fromUtf16(u"编译器、操作系统和工具链"), QStringLiteral("--tag"),
             QString::fromUtf16(u"生态")},
        };
        for (const QStringList &note : notes) {
            const CliRun run = runCli(m_db, QStringList{QStringLiteral("annotate")} + note);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("scope");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("md") << QStringLiteral("md") << QStringList{QStringLiteral("--all")}
                            << QByteArray("---\n");
        QTest::newRow("html") << QStringLiteral("html")
                              << QStringList{QStringLiteral("--essay"), QStringLiteral("1")}
                              << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << QStringLiteral("json") << QStringList{QStringLiteral("--all")}
                              << QByteArray("{");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringList{QStringLiteral("--claims")}
                             << QByteArray("\xEF\xBB\xBF"
                                           "essay,title,block");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringList{QStringLiteral("--all")}
                             << QByteArray("%PDF-");
    }
    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, scope);
        QFETCH(QByteArray, starts);
        const QString out = path(QStringLiteral("export.") + format);
        const CliRun run = runHeadless(
            m_db, QStringList{QStringLiteral("export")} + scope +
                      QStringList{QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.count('\n'), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(starts));
    }

    void pdfHasTheEssayTextAndANote()
    {
        const QString out = path(QStringLiteral("text.pdf"));
        const CliRun run = runHeadless(m_db, {QStringLiteral("export"), QStringLiteral("--essay"),
                                              QStringLiteral("1"), QStringLiteral("--format"),
                                              QStringLiteral("pdf"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is missing; scripts/install-deps.sh installs it");
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Standardsbodiesrarelymakeheadlines")));
        QVERIFY(text.contains(QString::fromUtf16(u"在一個首都寫下的規則")));
        QVERIFY(text.contains(QStringLiteral("Comparewith*the2019vote*.")));
        QVERIFY(text.contains(QStringLiteral("Whocountsthevotes?")));
    }

    void unwritablePathIsAClearError_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing folder") << QStringLiteral("no-such-folder/out.md");
        QTest::newRow("a folder") << QString();
    }
    void unwritablePathIsAClearError()
    {
        QFETCH(QString, target);
        const QString out = target.isEmpty() ? m_dir.path() : path(target);
        const CliRun run = runCli(m_db, {QStringLiteral("export"), QStringLiteral("--all"),
                                         QStringLiteral("--format"), QStringLiteral("md"),
                                         QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("duizhao-cli: cannot write "));
        QVERIFY(!QFileInfo(out).isFile());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString md = QStringLiteral("md");
        const QString o = QStringLiteral("-o");
        const QString file = QStringLiteral("x.md");
        QTest::newRow("no scope") << QStringList{QStringLiteral("--format"), md, o, file};
        QTest::newRow("essay and all") << QStringList{QStringLiteral("--essay"),
                                                      QStringLiteral("1"),
                                                      QStringLiteral("--all"),
                                                      QStringLiteral("--format"),
                                                      md,
                                                      o,
                                                      file};
        QTest::newRow("no format") << QStringList{QStringLiteral("--all"), o, file};
        QTest::newRow("unknown format") << QStringList{
            QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("docx"), o, file};
        QTest::newRow("no output")
            << QStringList{QStringLiteral("--all"), QStringLiteral("--format"), md};
        QTest::newRow("unknown essay") << QStringList{QStringLiteral("--essay"),
                                                      QStringLiteral("99"),
                                                      QStringLiteral("--format"),
                                                      md,
                                                      o,
                                                      file};
        QTest::newRow("not an id") << QStringList{QStringLiteral("--essay"),
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--format"),
                                                  md,
                                                  o,
                                                  file};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--all"),
                                                       QStringLiteral("--pretty"),
                                                       QStringLiteral("--format"),
                                                       md,
                                                       o,
                                                       file};
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(m_db, QStringList{QStringLiteral("export")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
    }

    // Export → a fresh library with the same files → import-annotations: every field back.
    void jsonRoundTripIntoAFreshLibrary()
    {
        const QString json = path(QStringLiteral("roundtrip.json"));
        QCOMPARE(runCli(m_db, {QStringLiteral("export"), QStringLiteral("--all"),
                               QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("-o"), json})
                     .exitCode,
                 0);
        const QString fresh = path(QStringLiteral("fresh.sqlite"));
        QCOMPARE(runCli(fresh, QStringList{QStringLiteral("import")} + m_files).exitCode, 0);
        CliRun run =
            runCli(fresh, {QStringLiteral("import-annotations"), QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QCOMPARE(run.json().object().value(QStringLiteral("placed")).toInt(), 3);

        const QJsonArray before = annotations(m_db);
        const QJsonArray after = annotations(fresh);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            for (const char *key :
                 {"essay", "block", "start", "end", "quote", "prefix", "suffix", "counterpart",
                  "color", "tags", "claim", "verdict", "note", "orphaned"}) {
                QVERIFY2(after.at(i).toObject().value(QLatin1String(key)) ==
                             before.at(i).toObject().value(QLatin1String(key)),
                         key);
            }
        }

        // Once more: nothing doubles.
        run = runCli(fresh, {QStringLiteral("import-annotations"), json});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("0 placed, 3 already present, 0 not placed"));
        QCOMPARE(annotations(fresh).size(), 3);
    }

    void unplaceableAnnotationsAreReported()
    {
        const QString json = path(QStringLiteral("foreign.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Built, not written as a raw string literal: moc (Qt 6.4) lost this class after one.
        const QJsonObject annotation{
            {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("source"), QStringLiteral("file:///nowhere/essay.txt")},
                         {QStringLiteral("selector"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                      {QStringLiteral("exact"),
                                       QStringLiteral("a sentence no essay has")}}}}},
        };
        file.write(QJsonDocument(annotation).toJson());
        file.close();
        const CliRun run = runCli(m_db, {QStringLiteral("import-annotations"), json});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("unplaced"));
        QVERIFY(run.out.contains("0 placed, 0 already present, 1 not placed"));

        QCOMPARE(runCli(m_db, {QStringLiteral("import-annotations"),
                               path(QStringLiteral("missing.json"))})
                     .exitCode,
                 2);
        QCOMPARE(runCli(m_db, {QStringLiteral("import-annotations"), m_files.front()}).exitCode,
                 2); // not JSON
        QCOMPARE(runCli(m_db, {QStringLiteral("import-annotations")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
