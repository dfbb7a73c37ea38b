// TMX and CSL-JSON: the translation memory reads back as one tu per aligned pair with
// the right languages; the citation data has the shape Zotero imports, with names and
// dates parsed and keys that do not depend on the scope of the export.
#include "CslJsonExporter.h"
#include "ExportFixture.h"
#include "ExportSelection.h"
#include "Library.h"
#include "TmxExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace duizhao;

namespace {

struct Unit {
    QMap<QString, QString> segments; // xml:lang → seg
    QMap<QString, QString> props;
};

// The test's own TMX reader: QXmlStreamReader, failing on anything not well-formed.
std::optional<QList<Unit>> readTmx(const QByteArray &bytes, QString *srclang)
{
    QXmlStreamReader xml(bytes);
    QList<Unit> units;
    QString lang;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"header")
            *srclang = xml.attributes().value(QStringLiteral("srclang")).toString();
        else if (name == u"tu")
            units << Unit{};
        else if (name == u"prop" && !units.isEmpty()) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            units.back().props.insert(type, xml.readElementText());
        } else if (name == u"tuv")
            lang = xml.attributes()
                       .value(QStringLiteral("http://www.w3.org/XML/1998/namespace"),
                              QStringLiteral("lang"))
                       .toString();
        else if (name == u"seg" && !units.isEmpty())
            units.back().segments.insert(lang, xml.readElementText());
    }
    if (xml.hasError())
        return std::nullopt;
    return units;
}

int alignedPairs(const Essay &essay)
{
    int n = 0;
    for (const Pair &pair : essay.pairs)
        n += !pair.english.isEmpty() && !pair.chinese.isEmpty();
    return n;
}

} // namespace

class TestTmxCslJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("a.sqlite")));
        ExportFixture::build(*m_library);
    }

    void tmxHasOneUnitPerAlignedPair()
    {
        const ExportSet set = ExportSelection().collect(*m_library);
        QString srclang;
        const std::optional<QList<Unit>> units = readTmx(TmxExporter().write(set), &srclang);
        QVERIFY(units);
        QCOMPARE(srclang, QStringLiteral("en"));
        const Essay &bilingual = set.essays[0].essay;
        QVERIFY(alignedPairs(bilingual) >= 4);
        // The simplified essay has no English: no units.
        QCOMPARE(alignedPairs(set.essays[1].essay), 0);
        QCOMPARE(units->size(), alignedPairs(bilingual));
        for (const Unit &unit : *units) {
            QCOMPARE(unit.segments.keys(),
                     (QList<QString>{QStringLiteral("en"), QStringLiteral("zh-Hant")}));
            QCOMPARE(unit.props.value(QStringLiteral("x-title")), bilingual.title);
            QCOMPARE(unit.props.value(QStringLiteral("x-citation-key")),
                     QStringLiteral("duizhao-1"));
        }
        // The pair and its blocks, text as written.
        const Unit &second = units->at(1);
        const Pair &pair = bilingual.pairs[1];
        QCOMPARE(second.props.value(QStringLiteral("x-en-block")),
                 QString::number(pair.english.front()));
        QCOMPARE(second.segments.value(QStringLiteral("en")),
                 bilingual.blocks[pair.english.front()].text.trimmed());
        QCOMPARE(second.segments.value(QStringLiteral("zh-Hant")),
                 bilingual.blocks[pair.chinese.front()].text.trimmed());
    }

    void tmxStaysWellFormedWithControlCharacters()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("c.sqlite")));
        QString text = ExportFixture::bilingualText();
        text.replace(QStringLiteral("rarely"), QStringLiteral("rarely\u0007"));
        ExportFixture::store(library, QStringLiteral("/c.txt"), QStringLiteral("cc"), text);
        const ExportSet set = ExportSelection().collect(library);
        QVERIFY(alignedPairs(set.essays[0].essay) >= 1);
        QString srclang;
        const std::optional<QList<Unit>> units = readTmx(TmxExporter().write(set), &srclang);
        QVERIFY(units);
        QVERIFY(units->at(1).segments.value(QStringLiteral("en")).contains(QChar(0xFFFD)));
    }

    void cslJsonShape()
    {
        const ExportSet set = ExportSelection().collect(*m_library);
        const QJsonDocument document = QJsonDocument::fromJson(CslJsonExporter().write(set));
        QVERIFY(document.isArray());
        const QJsonArray items = document.array();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            QVERIFY(item.value(QStringLiteral("id")).isString());
            QVERIFY(item.value(QStringLiteral("title")).isString());
            QVERIFY(QStringList({QStringLiteral("article-newspaper"), QStringLiteral("post-weblog"),
                                 QStringLiteral("article")})
                        .contains(item.value(QStringLiteral("type")).toString()));
        }
        const QJsonObject chips = items[1].toObject();
        QCOMPARE(chips.value(QStringLiteral("id")).toString(), QStringLiteral("duizhao-2"));
        QCOMPARE(chips.value(QStringLiteral("language")).toString(), QStringLiteral("zh-Hans"));
        QCOMPARE(
            chips.value(QStringLiteral("author")).toArray(),
            (QJsonArray{QJsonObject{{QStringLiteral("literal"), QString::fromUtf16(u"王小明")}}}));
        QCOMPARE(items[0].toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("en"));
    }

    void cslJsonKeysDoNotDependOnTheScope()
    {
        ExportSelection one;
        one.essayIds = {2};
        const QJsonArray alone =
            QJsonDocument::fromJson(CslJsonExporter().write(one.collect(*m_library))).array();
        const QJsonArray all =
            QJsonDocument::fromJson(CslJsonExporter().write(ExportSelection().collect(*m_library)))
                .array();
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone[0].toObject(), all[1].toObject());
    }

    void cslJsonFullItem()
    {
        Essay essay;
        essay.id = 7;
        essay.title = QStringLiteral("Chips");
        essay.author = QStringLiteral("By Jane Doe and John Smith");
        essay.outlet = QStringLiteral("The Ledger");
        essay.date = QStringLiteral("2025-01-13");
        essay.url = QStringLiteral("https://example.org/chips");
        essay.languages = {Language::English};
        const QJsonObject item = CslJsonExporter::item(essay);
        QCOMPARE(item.value(QStringLiteral("type")).toString(),
                 QStringLiteral("article-newspaper"));
        QCOMPARE(item.value(QStringLiteral("container-title")).toString(),
                 QStringLiteral("The Ledger"));
        QCOMPARE(item.value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://example.org/chips"));
        QCOMPARE(
            item.value(QStringLiteral("issued")).toObject(),
            (QJsonObject{{QStringLiteral("date-parts"), QJsonArray{QJsonArray{2025, 1, 13}}}}));
        QCOMPARE(item.value(QStringLiteral("author")).toArray().size(), 2);
        essay.outlet.clear();
        QCOMPARE(CslJsonExporter::item(essay).value(QStringLiteral("type")).toString(),
                 QStringLiteral("post-weblog"));
        essay.url.clear();
        QCOMPARE(CslJsonExporter::item(essay).value(QStringLiteral("type")).toString(),
                 QStringLiteral("article"));
    }

    void names_data()
    {
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("expected"); // names as "family|given" or "=literal", by ;
        QTest::newRow("two") << QStringLiteral("Jane Doe and John Smith")
                             << QStringLiteral("Doe|Jane;Smith|John");
        QTest::newRow("ampersand")
            << QStringLiteral("Jane Doe & John Smith") << QStringLiteral("Doe|Jane;Smith|John");
        QTest::newRow("list") << QStringLiteral("Ann Lee, Bo Chan and Cy Park")
                              << QStringLiteral("Lee|Ann;Chan|Bo;Park|Cy");
        QTest::newRow("family first") << QStringLiteral("Doe, Jane") << QStringLiteral("Doe|Jane");
        QTest::newRow("by") << QStringLiteral("by Mary Ann Evans")
                            << QStringLiteral("Evans|Mary Ann");
        QTest::newRow("chinese") << QString::fromUtf16(u"刘典、米磊")
                                 << QString::fromUtf16(u"=刘典;=米磊");
        QTest::newRow("chinese and")
            << QString::fromUtf16(u"刘典 and 米磊") << QString::fromUtf16(u"=刘典;=米磊");
        QTest::newRow("one word") << QStringLiteral("Reuters") << QStringLiteral("=Reuters");
        QTest::newRow("empty") << QString() << QString();
    }

    void names()
    {
        QFETCH(QString, byline);
        QFETCH(QString, expected);
        QStringList got;
        for (const QJsonValue &value : CslJsonExporter::names(byline)) {
            const QJsonObject name = value.toObject();
            got << (name.contains(QStringLiteral("literal"))
                        ? QString(u'=' + name.value(QStringLiteral("literal")).toString())
                        : QString(name.value(QStringLiteral("family")).toString() + u'|' +
                                  name.value(QStringLiteral("given")).toString()));
        }
        QCOMPARE(got.join(u';'), expected);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iso") << QStringLiteral("2025-01-13") << QStringLiteral("[[2025,1,13]]");
        QTest::newRow("slashes") << QStringLiteral("2025/1/3") << QStringLiteral("[[2025,1,3]]");
        QTest::newRow("chinese") << QString::fromUtf16(u"2025年1月13日")
                                 << QStringLiteral("[[2025,1,13]]");
        QTest::newRow("month") << QStringLiteral("2025-01") << QStringLiteral("[[2025,1]]");
        QTest::newRow("year") << QStringLiteral("2025") << QStringLiteral("[[2025]]");
        QTest::newRow("raw") << QStringLiteral("spring 2025") << QStringLiteral("raw");
        QTest::newRow("bad month") << QStringLiteral("2025-13-01") << QStringLiteral("raw");
        QTest::newRow("empty") << QString() << QString();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QJsonObject date = CslJsonExporter::date(text);
        if (expected == u"raw") {
            QCOMPARE(date.value(QStringLiteral("raw")).toString(), text);
        } else if (expected.isEmpty()) {
            QVERIFY(date.isEmpty());
        } else {
            QCOMPARE(
                QString::fromUtf8(QJsonDocument(date.value(QStringLiteral("date-parts")).toArray())
                                      .toJson(QJsonDocument::Compact)),
                expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestTmxCslJson)
#include "tst_tmxcsljson.moc"
