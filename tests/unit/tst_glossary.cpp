#include "GlossaryExport.h"
#include "GlossaryQuery.h"
#include "Library.h"
#include "SearchQuery.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <stdexcept>

using namespace duizhao;
using namespace Qt::StringLiterals;

// The glossary: pairs stored once, notes, removal, and its CSV and TBX files (the TBX
// well-formed and read back to the same pairs).
class TestGlossary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void addListRemove()
    {
        Library library(m_dir.filePath(QStringLiteral("a.sqlite")));
        GlossaryRepository &glossary = library.glossary();
        QVERIFY(glossary.all().isEmpty());
        const qint64 chip = glossary.add(u"  chip "_s, u"芯片"_s, u"mainland"_s);
        const qint64 ai = glossary.add(u"artificial intelligence"_s, u"人工智能"_s);
        QCOMPARE(glossary.add(u"chip"_s, u"芯片"_s), chip); // once; note kept
        QCOMPARE(glossary.find(chip)->note, u"mainland"_s);
        QCOMPARE(glossary.add(u"chip"_s, u"芯片"_s, u"PRC usage"_s), chip);
        QCOMPARE(glossary.find(chip)->note, u"PRC usage"_s);
        const QList<GlossaryTerm> terms = glossary.all();
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms[0].id, ai);
        QCOMPARE(terms[1].english, u"chip"_s);
        QVERIFY(terms[1].created.isValid());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, glossary.add(u" "_s, u"芯片"_s));
        QVERIFY(glossary.remove(ai));
        QVERIFY(!glossary.remove(ai));
        QCOMPARE(glossary.all().size(), 1);
    }

    void queryWithCounterparts()
    {
        QList<GlossaryTerm> terms(2);
        terms[0].english = u"chip"_s;
        terms[0].chinese = u"芯片"_s;
        terms[1].english = u"export controls"_s;
        terms[1].chinese = u"出口管制"_s;
        using GlossaryQuery::withCounterparts;
        QCOMPARE(withCounterparts(u"chip subsidy", terms), u"(chip OR \"芯片\") subsidy"_s);
        // folded: case, script and regional vocabulary (晶片 is 芯片)
        QCOMPARE(withCounterparts(u"CHIP", terms), u"(CHIP OR \"芯片\")"_s);
        QCOMPARE(withCounterparts(u"晶片", terms), u"(晶片 OR \"chip\")"_s);
        QCOMPARE(withCounterparts(u"\"export controls\" 美国", terms),
                 u"(\"export controls\" OR \"出口管制\") 美国"_s);
        // operators, exclusions and prefixes stay as written
        QCOMPARE(withCounterparts(u"-chip OR chip* NOT x", terms), u"-chip OR chip* NOT x"_s);
        QCOMPARE(withCounterparts(u"subsidy", terms), u"subsidy"_s);
        QCOMPARE(withCounterparts(u"chip", {}), u"chip"_s);
        // what it writes parses
        QString error;
        QVERIFY2(SearchQuery::parse(withCounterparts(u"(chip OR 晶片) -ads", terms), &error),
                 qPrintable(error));
    }

    void csv()
    {
        const QList<GlossaryTerm> terms{{1, u"chip"_s, u"芯片"_s, u"say \"chip\", not die"_s, {}}};
        QCOMPARE(GlossaryExport::csv(terms), QByteArray("id,english,chinese,note\r\n1,chip,") +
                                                 u"芯片"_s.toUtf8() +
                                                 QByteArray(",\"say \"\"chip\"\", not die\"\r\n"));
    }

    void tbxRoundTrip()
    {
        const QList<GlossaryTerm> terms{
            {3, u"integrated circuit"_s, u"積體電路"_s, u"Taiwan <usage> & more"_s, {}},
            {7, u"chip"_s, u"芯片"_s, QString(), {}}};
        const QByteArray tbx = GlossaryExport::tbx(terms);
        QXmlStreamReader xml(tbx);
        int concepts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"tbx") {
                QCOMPARE(xml.namespaceUri(), u"urn:iso:std:iso:30042:ed-2");
                QCOMPARE(xml.attributes().value(QLatin1StringView("type")), u"TBX-Basic");
            }
            if (xml.isStartElement() && xml.name() == u"conceptEntry")
                ++concepts;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(concepts, 2);
        const QList<GlossaryTerm> back = GlossaryExport::readTbx(tbx);
        QCOMPARE(back.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(back[i].id, terms[i].id);
            QCOMPARE(back[i].english, terms[i].english);
            QCOMPARE(back[i].chinese, terms[i].chinese);
            QCOMPARE(back[i].note, terms[i].note);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GlossaryExport::readTbx("<tbx><text>"));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
