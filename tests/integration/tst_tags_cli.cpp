#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The tags command: the codebook through duizhao-cli, on a sample essay the project
// wrote itself. Deleting or merging tags never deletes an annotation.
class TestTagsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject tagNamed(const QString &name)
    {
        const QJsonArray tags =
            runCli(m_db, {QStringLiteral("tags"), QStringLiteral("--json")}).json().array();
        for (const QJsonValue &tag : tags) {
            if (tag.toObject().value(QStringLiteral("name")).toString() == name)
                return tag.toObject();
        }
        return {};
    }

    int annotationCount()
    {
        return int(runCli(m_db, {QStringLiteral("annotations"), QStringLiteral("--json")})
                       .json()
                       .array()
                       .size());
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        const CliRun imported =
            runCli(m_db, {QStringLiteral("import"),
                          QStringLiteral(DUIZHAO_SAMPLES_DIR "/sample-bilingual-chips.txt")});
        QCOMPARE(imported.exitCode, 0);
        for (const auto &[quote, tag] :
             {std::pair{"headline number", "subsidies"}, std::pair{"supply chain", "supply"},
              std::pair{"lithography tools", "supply"}}) {
            const CliRun run = runCli(m_db, {QStringLiteral("annotate"), QStringLiteral("1"),
                                             QStringLiteral("--quote"), QString::fromUtf8(quote),
                                             QStringLiteral("--tag"), QString::fromUtf8(tag)});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
    }

    void listSetRenameMergeDelete()
    {
        QCOMPARE(tagNamed(QStringLiteral("supply")).value(QStringLiteral("annotations")).toInt(),
                 2);

        CliRun run = runCli(m_db, {QStringLiteral("tags"), QStringLiteral("set"),
                                   QStringLiteral("economics"), QStringLiteral("--color"),
                                   QStringLiteral("#188038")});
        QCOMPARE(run.exitCode, 0);
        run = runCli(m_db,
                     {QStringLiteral("tags"), QStringLiteral("set"), QStringLiteral("subsidies"),
                      QStringLiteral("--parent"), QStringLiteral("economics")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(tagNamed(QStringLiteral("subsidies")).value(QStringLiteral("parent")).toString(),
                 QStringLiteral("economics"));
        QCOMPARE(tagNamed(QStringLiteral("economics")).value(QStringLiteral("color")).toString(),
                 QStringLiteral("#188038"));

        // Renaming onto an existing name (any case) is refused.
        run = runCli(m_db, {QStringLiteral("tags"), QStringLiteral("rename"),
                            QStringLiteral("supply"), QStringLiteral("SUBSIDIES")});
        QCOMPARE(run.exitCode, 2);
        run = runCli(m_db, {QStringLiteral("tags"), QStringLiteral("rename"),
                            QStringLiteral("supply"), QStringLiteral("supply chains")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            tagNamed(QStringLiteral("supply chains")).value(QStringLiteral("annotations")).toInt(),
            2);

        run = runCli(m_db, {QStringLiteral("tags"), QStringLiteral("merge"),
                            QStringLiteral("subsidies"), QStringLiteral("supply chains")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(tagNamed(QStringLiteral("subsidies")).isEmpty());
        QCOMPARE(
            tagNamed(QStringLiteral("supply chains")).value(QStringLiteral("annotations")).toInt(),
            3);

        // In use: refused without --untag; with it, the annotations stay, untagged.
        run = runCli(m_db, {QStringLiteral("tags"), QStringLiteral("delete"),
                            QStringLiteral("supply chains")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--untag"));
        QCOMPARE(
            tagNamed(QStringLiteral("supply chains")).value(QStringLiteral("annotations")).toInt(),
            3);
        run = runCli(m_db, {QStringLiteral("tags"), QStringLiteral("delete"),
                            QStringLiteral("supply chains"), QStringLiteral("--untag")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(tagNamed(QStringLiteral("supply chains")).isEmpty());
        QCOMPARE(annotationCount(), 3);
        const QJsonArray annotations =
            runCli(m_db, {QStringLiteral("annotations"), QStringLiteral("--json")}).json().array();
        for (const QJsonValue &annotation : annotations)
            QVERIFY(annotation.toObject().value(QStringLiteral("tags")).toArray().isEmpty());

        run = runCli(m_db,
                     {QStringLiteral("tags"), QStringLiteral("delete"), QStringLiteral("nothing")});
        QCOMPARE(run.exitCode, 2);
        run = runCli(m_db, {QStringLiteral("tags"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTagsCli)
#include "tst_tags_cli.moc"
