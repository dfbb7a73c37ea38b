// duizhao-cli export --format qdpx|tmx|csl-json and import-annotations FILE.qdpx, through
// the real program: a project exported from one library comes back into another.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class QdpxCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString db(const QString &name) const { return m_dir.filePath(name); }

    // The annotations as the contract shows them, without what another library changes.
    static QJsonArray comparable(const QJsonArray &annotations)
    {
        QJsonArray out;
        for (const QJsonValue &value : annotations) {
            QJsonObject annotation = value.toObject();
            annotation.remove(QStringLiteral("id"));
            annotation.remove(QStringLiteral("color")); // REFI-QDA has no selection colour
            out.append(annotation);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &library :
             {db(QStringLiteral("a.sqlite")), db(QStringLiteral("b.sqlite"))})
            QCOMPARE(
                runCli(library, {QStringLiteral("import"), QStringLiteral(DUIZHAO_SAMPLES_DIR)})
                    .exitCode,
                0);
        const QString a = db(QStringLiteral("a.sqlite"));
        QCOMPARE(
            runCli(a, {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--block"),
                       QStringLiteral("2"), QStringLiteral("--start"), QStringLiteral("5"),
                       QStringLiteral("--end"), QStringLiteral("16"), QStringLiteral("--tag"),
                       QStringLiteral("subsidies"), QStringLiteral("--claim"),
                       QStringLiteral("opinion"), QStringLiteral("--verdict"),
                       QStringLiteral("disputed"), QStringLiteral("--note"),
                       QStringLiteral("Line one\nline two")})
                .exitCode,
            0);
        QCOMPARE(
            runCli(a, {QStringLiteral("annotate"), QStringLiteral("2"), QStringLiteral("--block"),
                       QStringLiteral("3"), QStringLiteral("--start"), QStringLiteral("0"),
                       QStringLiteral("--end"), QStringLiteral("4"), QStringLiteral("--tag"),
                       QString::fromUtf16(u"出口管制")})
                .exitCode,
            0);
    }

    void qdpxRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("notes.qdpx"));
        const CliRun exported =
            runCli(db(QStringLiteral("a.sqlite")),
                   {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                    QStringLiteral("qdpx"), QStringLiteral("-o"), file});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile qdpx(file);
        QVERIFY(qdpx.open(QIODevice::ReadOnly));
        QVERIFY(qdpx.read(4) == QByteArray("PK\x03\x04", 4));

        const CliRun imported =
            runCli(db(QStringLiteral("b.sqlite")),
                   {QStringLiteral("import-annotations"), QStringLiteral("--json"), file});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().object().value(QStringLiteral("placed")).toInt(), 2);

        const auto annotations = [](const QString &library) {
            return runCli(library, {QStringLiteral("annotations"), QStringLiteral("--json")})
                .json()
                .array();
        };
        QCOMPARE(comparable(annotations(db(QStringLiteral("b.sqlite")))),
                 comparable(annotations(db(QStringLiteral("a.sqlite")))));

        const CliRun again =
            runCli(db(QStringLiteral("b.sqlite")), {QStringLiteral("import-annotations"), file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("0 placed, 2 already present, 0 not placed"));
    }

    void tmxAndCslJsonAreWritten()
    {
        const QString tmx = m_dir.filePath(QStringLiteral("pairs.tmx"));
        CliRun run =
            runCli(db(QStringLiteral("a.sqlite")),
                   {QStringLiteral("export"), QStringLiteral("--essay"), QStringLiteral("1"),
                    QStringLiteral("--format"), QStringLiteral("tmx"), QStringLiteral("-o"), tmx});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile tmxFile(tmx);
        QVERIFY(tmxFile.open(QIODevice::ReadOnly));
        QVERIFY(tmxFile.readAll().contains("<tmx version=\"1.4\">"));

        const QString csl = m_dir.filePath(QStringLiteral("essays.json"));
        run = runCli(db(QStringLiteral("a.sqlite")),
                     {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("csl-json"), QStringLiteral("-o"), csl});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile cslFile(csl);
        QVERIFY(cslFile.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(cslFile.readAll()).array();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[0].toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("duizhao-1"));
    }

    void aBrokenQdpxIsBadUsage()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.qdpx"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("PK\x03\x04 not really a zip");
        out.close();
        const CliRun run =
            runCli(db(QStringLiteral("b.sqlite")), {QStringLiteral("import-annotations"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("duizhao-cli: "));
    }
};

QTEST_GUILESS_MAIN(QdpxCliTest)
#include "tst_qdpx_cli.moc"
