#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// annotate / annotations through duizhao-cli, on a temporary copy of a corpus essay
// that the test then edits the way an outlet would (the shared corpus is never changed).
class TestAnnotationsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_file;
    QString m_essay;

    QJsonArray annotations()
    {
        const CliRun run =
            runCli(m_db, {QStringLiteral("annotations"), m_essay, QStringLiteral("--json")});
        return run.json().array();
    }

    void rewrite(const std::function<QString(QString)> &change)
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = change(QString::fromUtf8(file.readAll()));
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        m_file = m_dir.filePath(QStringLiteral("essay.txt"));
        QVERIFY(
            QFile::copy(QStringLiteral(DUIZHAO_CORPUS_DIR "/004_adb9185c34c19f90.txt"), m_file));
        QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
        const CliRun imported =
            runCli(m_db, {QStringLiteral("import"), QStringLiteral("--json"), m_file});
        QCOMPARE(imported.exitCode, 0);
        m_essay = QString::number(imported.json()
                                      .object()
                                      .value(QStringLiteral("files"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("essay"))
                                      .toInteger());
    }

    void annotateByQuoteAndByPosition()
    {
        CliRun run = runCli(
            m_db,
            {QStringLiteral("annotate"), m_essay, QStringLiteral("--quote"),
             QStringLiteral("pragmatism versus America"), QStringLiteral("--tag"),
             QStringLiteral("framing"), QStringLiteral("--claim"), QStringLiteral("opinion"),
             QStringLiteral("--verdict"), QStringLiteral("disputed"), QStringLiteral("--note"),
             QStringLiteral("Contrast *pragmatism* and idealism"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject byQuote = run.json().object();
        QCOMPARE(byQuote.value(QStringLiteral("quote")).toString(),
                 QStringLiteral("pragmatism versus America"));
        QCOMPARE(byQuote.value(QStringLiteral("verdict")).toString(), QStringLiteral("disputed"));
        QVERIFY(byQuote.value(QStringLiteral("counterpart")).isObject());

        // By position: code points of the block's original text.
        run =
            runCli(m_db, {QStringLiteral("annotate"), m_essay, QStringLiteral("--block"),
                          QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("2"),
                          QStringLiteral("--end"), QStringLiteral("6"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("quote")).toString(),
                 QString::fromUtf16(u"陷入了對"));

        const QJsonArray list = annotations();
        QCOMPARE(list.size(), 2);
        for (const char *key : {"id", "essay", "block", "start", "end", "quote", "tags", "claim",
                                "verdict", "note", "orphaned"})
            QVERIFY2(list.at(0).toObject().contains(QLatin1String(key)), key);
        const CliRun listed = runCli(m_db, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(
            listed.json().array().at(0).toObject().value(QStringLiteral("annotations")).toInt(), 2);
    }

    void badAnnotateUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("quote and position")
            << QStringList{QStringLiteral("--quote"), QStringLiteral("China"),
                           QStringLiteral("--block"), QStringLiteral("1")};
        QTest::newRow("ambiguous quote")
            << QStringList{QStringLiteral("--quote"), QStringLiteral("China")};
        QTest::newRow("missing quote")
            << QStringList{QStringLiteral("--quote"), QStringLiteral("not in this essay at all")};
        QTest::newRow("unknown verdict") << QStringList{
            QStringLiteral("--quote"), QStringLiteral("A.G.I."),    QStringLiteral("--claim"),
            QStringLiteral("factual"), QStringLiteral("--verdict"), QStringLiteral("maybe")};
        QTest::newRow("span outside block") << QStringList{
            QStringLiteral("--block"), QStringLiteral("1"),     QStringLiteral("--start"),
            QStringLiteral("0"),       QStringLiteral("--end"), QStringLiteral("999")};
    }
    void badAnnotateUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun run =
            runCli(m_db, QStringList{QStringLiteral("annotate"), m_essay} + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(annotations().size(), 2);
    }

    // The outlet adds a line on top and drops the paragraph one annotation was on:
    // the other annotation follows its text, the lost one is kept as orphaned.
    void reimportMovesOrOrphansButNeverDeletes()
    {
        rewrite([](QString text) {
            QStringList lines = text.split(u'\n');
            lines.removeAt(1); // the Chinese title line, which held the 陷入了對 annotation
            lines.prepend(QStringLiteral("Opinion | Technology"));
            return lines.join(u'\n');
        });
        const CliRun run =
            runCli(m_db, {QStringLiteral("import"), QStringLiteral("--json"), m_file});
        QCOMPARE(run.json()
                     .object()
                     .value(QStringLiteral("files"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("updated"));
        const QJsonArray list = annotations();
        QCOMPARE(list.size(), 2);
        int orphaned = 0;
        for (const QJsonValue &value : list) {
            const QJsonObject annotation = value.toObject();
            if (annotation.value(QStringLiteral("orphaned")).toBool()) {
                ++orphaned;
                QCOMPARE(annotation.value(QStringLiteral("quote")).toString(),
                         QString::fromUtf16(u"陷入了對"));
            } else {
                QCOMPARE(annotation.value(QStringLiteral("quote")).toString(),
                         QStringLiteral("pragmatism versus America"));
                QCOMPARE(annotation.value(QStringLiteral("note")).toString(),
                         QStringLiteral("Contrast *pragmatism* and idealism"));
            }
        }
        QCOMPARE(orphaned, 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationsCli)
#include "tst_annotations_cli.moc"
