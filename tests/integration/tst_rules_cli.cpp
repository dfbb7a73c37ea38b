#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The rules command: structure rules through duizhao-cli on files the test writes. A rule
// re-classifies the library at once, `rules --json` carries rules to another library
// through `rules import`, and bad input changes nothing.
class TestRulesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, int views)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("一篇关于供应链的文章\n\n供应链的调整需要时间，企业也在观望。\n\n"
                                  "城市观察 第%1期\n\n政策的方向决定了投资的节奏。\n")
                       .arg(views)
                       .toUtf8());
        return path;
    }

    static QString kindOfCounter(const QString &db, int id)
    {
        const QJsonObject essay =
            runCli(db, {u"show"_s, QString::number(id), u"--json"_s}).json().object();
        for (const QJsonValue &block : essay.value(u"blocks"_s).toArray()) {
            if (block.toObject().value(u"text"_s).toString().startsWith(u"城市观察"))
                return block.toObject().value(u"kind"_s).toString();
        }
        return {};
    }

private slots:
    void rulesAreTaughtListedCarriedAndRemoved()
    {
        const QString db = m_dir.filePath(u"a.sqlite"_s);
        QCOMPARE(
            runCli(db, {u"import"_s, write(u"one.txt"_s, 12), write(u"two.txt"_s, 3400)}).exitCode,
            0);
        const QString parsed = kindOfCounter(db, 1);
        QVERIFY(!parsed.isEmpty());
        QVERIFY(parsed != u"footer");

        const CliRun added = runCli(db, {u"rules"_s, u"add"_s, u"城市观察 第12期"_s, u"--kind"_s,
                                         u"footer"_s, u"--digits"_s, u"--json"_s});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json().object().value(u"essays"_s).toInt(), 2);
        QCOMPARE(kindOfCounter(db, 1), u"footer"_s);
        QCOMPARE(kindOfCounter(db, 2), u"footer"_s);

        const CliRun listed = runCli(db, {u"rules"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rules = listed.json().array();
        QCOMPARE(rules.size(), 1);
        const QJsonObject rule = rules.at(0).toObject();
        QCOMPARE(rule.value(u"text"_s).toString(), u"城市观察 第12期"_s);
        QCOMPARE(rule.value(u"match"_s).toString(), u"digits"_s);
        QCOMPARE(rule.value(u"kind"_s).toString(), u"footer"_s);
        QVERIFY(rule.value(u"site"_s).isNull());
        QVERIFY(rule.contains(u"created"_s) && rule.contains(u"id"_s));

        // Carried to another library: its essays follow the rule.
        const QString exported = m_dir.filePath(u"rules.json"_s);
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(listed.out);
        out.close();
        const QString other = m_dir.filePath(u"b.sqlite"_s);
        QCOMPARE(runCli(other, {u"import"_s, write(u"three.txt"_s, 9)}).exitCode, 0);
        const CliRun imported = runCli(other, {u"rules"_s, u"import"_s, exported, u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().object().value(u"rules"_s).toInt(), 1);
        QCOMPARE(kindOfCounter(other, 1), u"footer"_s);

        // Removed: the lines are what the parser made them again.
        const int id = rule.value(u"id"_s).toInt();
        QCOMPARE(runCli(db, {u"rules"_s, u"remove"_s, QString::number(id)}).exitCode, 0);
        QCOMPARE(kindOfCounter(db, 2), parsed);
        QVERIFY(runCli(db, {u"rules"_s, u"--json"_s}).json().array().isEmpty());
        QCOMPARE(runCli(db, {u"check"_s}).exitCode, 0);
    }

    void badInputIsRefusedAndChangesNothing()
    {
        const QString db = m_dir.filePath(u"bad.sqlite"_s);
        QCOMPARE(runCli(db, {u"import"_s, write(u"four.txt"_s, 1)}).exitCode, 0);
        QCOMPARE(runCli(db, {u"rules"_s, u"add"_s, u"城市观察 第1期"_s, u"--kind"_s, u"banner"_s})
                     .exitCode,
                 2);
        QCOMPARE(runCli(db, {u"rules"_s, u"add"_s, u"城市观察 第1期"_s}).exitCode, 2);
        QCOMPARE(runCli(db, {u"rules"_s, u"remove"_s, u"99"_s}).exitCode, 2);
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"text": "城市观察 第1期", "match": "digits", "kind": "footer"},
                      {"text": "", "match": "exact", "kind": "footer"}])");
        file.close();
        const CliRun imported = runCli(db, {u"rules"_s, u"import"_s, broken});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY(imported.err.contains("a rule needs text"));
        QVERIFY(runCli(db, {u"rules"_s, u"--json"_s}).json().array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rules_cli.moc"
