// REFI-QDA: the .qdpx validates against the standard's schema, positions are code points
// of the plain text, GUIDs are stable, and a project comes back into a fresh library as
// the same annotations, tags and notes — also as QualCoder rewrites it.
#include "EssayPlainText.h"
#include "ExportFixture.h"
#include "ExportSelection.h"
#include "Library.h"
#include "RefiQdaExporter.h"
#include "RefiQdaImporter.h"
#include "RefiQdaReader.h"
#include "ZipReader.h"
#include "ZipWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace duizhao;

namespace {

// What must survive the round trip (ids and colours need not).
struct Comparable {
    int block, start, end;
    QString quote;
    QStringList tags;
    QString note, claimType, verdict;
    int counterpartBlock;
    QString counterpartQuote;
    QDateTime created, modified;
    bool operator==(const Comparable &) const = default;
};

QList<Comparable> comparable(Library &library)
{
    QList<Comparable> out;
    for (const Annotation &a : library.annotations().ofEssay()) {
        QStringList tags = a.tags;
        tags.sort(Qt::CaseInsensitive);
        out << Comparable{a.anchor.block,     a.anchor.start, a.anchor.end,
                          a.anchor.quote,     tags,           a.note,
                          a.claimType,        a.verdict,      a.counterpartBlock,
                          a.counterpartQuote, a.created,      a.modified};
    }
    // Text order within an essay; essays may have other ids in another library.
    std::stable_sort(out.begin(), out.end(),
                     [](const Comparable &a, const Comparable &b) { return a.quote < b.quote; });
    return out;
}

QByteArray entry(const QByteArray &qdpx, const QString &name)
{
    QString error;
    const std::optional<ZipReader> zip = ZipReader::open(qdpx, &error);
    if (!zip || !zip->find(name))
        return {};
    return zip->read(*zip->find(name), &error).value_or(QByteArray());
}

// The essays of the fixture, without annotations, in a library of their own.
void storeEssays(Library &library)
{
    ExportFixture::store(library, ExportFixture::kBilingualPath, ExportFixture::kBilingualSha,
                         ExportFixture::bilingualText());
    ExportFixture::store(library, ExportFixture::kSimplifiedPath, ExportFixture::kSimplifiedSha,
                         ExportFixture::simplifiedText());
}

int placed(const QList<AnnotationImporter::Outcome> &outcomes, AnnotationImporter::Status status)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [&](const auto &o) { return o.status == status; }));
}

} // namespace

class TestRefiQda : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    QByteArray exportAll()
    {
        return RefiQdaExporter().write(ExportSelection().collect(*m_library));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("a.sqlite")));
        ExportFixture::build(*m_library);
        // A codebook with a hierarchy and colours.
        Tag parent;
        parent.name = QStringLiteral("governance");
        parent.color = QStringLiteral("#336699");
        parent.description = QStringLiteral("Who decides");
        const qint64 parentId = m_library->tags().create(parent);
        Tag standards = *m_library->tags().named(QStringLiteral("standards"));
        standards.parentId = parentId;
        standards.color = QStringLiteral("#aa5500");
        m_library->tags().update(standards);
    }

    void projectValidatesAgainstTheSchema()
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        QVERIFY2(!xmllint.isEmpty(), "xmllint is needed (libxml2-utils, scripts/install-deps.sh)");
        const QString xsd = QStringLiteral(DUIZHAO_REFI_QDA_XSD);
        QVERIFY2(QFile::exists(xsd), qPrintable(xsd));
        const QByteArray qde = entry(exportAll(), QStringLiteral("project.qde"));
        QVERIFY(!qde.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("project.qde"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(qde);
        file.close();
        QProcess lint;
        lint.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, path});
        QVERIFY(lint.waitForFinished());
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());

        // The check can fail: the same project without a required attribute does not pass.
        QByteArray broken = qde;
        broken.replace("isCodable=\"true\"", "");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(broken);
        file.close();
        lint.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, path});
        QVERIFY(lint.waitForFinished());
        QVERIFY(lint.exitCode() != 0);
    }

    void archiveHoldsTheProjectAndOneTextPerEssay()
    {
        QString error;
        const QByteArray qdpx = exportAll();
        const std::optional<ZipReader> zip = ZipReader::open(qdpx, &error);
        QVERIFY(zip);
        QStringList names = zip->names();
        QCOMPARE(names.takeFirst(), QStringLiteral("project.qde"));
        QCOMPARE(names.size(), 2);
        const QByteArray qde = entry(qdpx, QStringLiteral("project.qde"));
        for (const QString &name : std::as_const(names)) {
            QVERIFY(name.startsWith(QStringLiteral("sources/")) && name.endsWith(u".txt"));
            // The source refers to its file as internal://GUID.txt.
            const QByteArray path = "plainTextPath=\"internal://" + name.mid(8).toUtf8() + '"';
            QVERIFY(qde.contains(path));
        }
        // The texts are the essays' plain texts, UTF-8 without a BOM.
        const Essay essay = *m_library->essays().find(1);
        const QByteArray plain = EssayPlainText(essay.blocks).text().toUtf8();
        bool found = false;
        for (const QString &name : std::as_const(names))
            found = found || entry(qdpx, name) == plain;
        QVERIFY(found);
    }

    void positionsAreCodePointsOfThePlainText()
    {
        // An astral character before the span: UTF-16 and code points differ by one.
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("astral.sqlite")));
        const QString text = QString::fromUtf16(u"𠀋 Title line\n"
                                                u"𠀋𠀋 open standards decide defaults.\n");
        const qint64 id = ExportFixture::store(library, QStringLiteral("/astral.txt"),
                                               QStringLiteral("33"), text);
        Annotation annotation = ExportFixture::at(library, id, 1, QStringLiteral("standards"));
        // `at` gives UTF-16 offsets; the anchor wants code points.
        annotation.anchor.start -= 2;
        annotation.anchor.end -= 2;
        ExportFixture::add(library, annotation, 0);
        const QByteArray qdpx = RefiQdaExporter().write(ExportSelection().collect(library));
        const QByteArray qde = entry(qdpx, QStringLiteral("project.qde"));
        static const QRegularExpression span(
            QStringLiteral("startPosition=\"(\\d+)\" endPosition=\"(\\d+)\""));
        const QRegularExpressionMatch match = span.match(QString::fromUtf8(qde));
        QVERIFY(match.hasMatch());
        // Block 0 "𠀋 Title line" is 12 code points, then "\n"; "𠀋𠀋 open " is 8 more.
        QCOMPARE(match.captured(1).toInt(), 13 + 8);
        QCOMPARE(match.captured(2).toInt(), 13 + 8 + 9);
        // Sliced by code points, the source file gives the quote.
        QString error;
        const std::optional<ZipReader> zip = ZipReader::open(qdpx, &error);
        const QString source = QString::fromUtf8(zip->read(zip->entries()[1], &error).value());
        const QList<uint> codePoints = source.toUcs4();
        const QList<uint> quote = codePoints.mid(21, 9);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(quote.constData()), 9),
                 QStringLiteral("standards"));
    }

    void guidsAreStable()
    {
        const QByteArray first = exportAll();
        QCOMPARE(exportAll(), first);
        // Another library with the same essays: the sources have the same GUIDs.
        QTemporaryDir dir;
        Library other(dir.filePath(QStringLiteral("b.sqlite")));
        storeEssays(other);
        const QByteArray second = RefiQdaExporter().write(ExportSelection().collect(other));
        static const QRegularExpression source(QStringLiteral("<TextSource guid=\"([^\"]+)\""));
        QStringList a, b;
        for (auto it =
                 source.globalMatch(QString::fromUtf8(entry(first, QStringLiteral("project.qde"))));
             it.hasNext();)
            a << it.next().captured(1);
        for (auto it = source.globalMatch(
                 QString::fromUtf8(entry(second, QStringLiteral("project.qde"))));
             it.hasNext();)
            b << it.next().captured(1);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a, b);
    }

    void roundTripIntoAFreshLibrary()
    {
        const QByteArray qdpx = exportAll();
        QString error;
        const std::optional<RefiQdaReader::Project> project = RefiQdaReader::read(qdpx, &error);
        QVERIFY2(project, qPrintable(error));

        QTemporaryDir dir;
        Library fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
        storeEssays(fresh);
        const QList<AnnotationImporter::Outcome> outcomes = RefiQdaImporter(fresh).run(*project);
        QCOMPARE(placed(outcomes, AnnotationImporter::Status::Placed), 4);
        QCOMPARE(comparable(fresh), comparable(*m_library));

        // Codes became tags with their colours, descriptions and hierarchy.
        const std::optional<Tag> standards = fresh.tags().named(QStringLiteral("standards"));
        QVERIFY(standards);
        QCOMPARE(standards->color, QStringLiteral("#aa5500"));
        const std::optional<Tag> governance = fresh.tags().find(standards->parentId);
        QVERIFY(governance);
        QCOMPARE(governance->name, QStringLiteral("governance"));
        QCOMPARE(governance->color, QStringLiteral("#336699"));
        QCOMPARE(governance->description, QStringLiteral("Who decides"));
        // Claim types and verdicts are not tags.
        QVERIFY(!fresh.tags().named(QStringLiteral("opinion")));
        QVERIFY(!fresh.tags().named(QStringLiteral("Verdict")));

        // Again: everything is already there.
        const QList<AnnotationImporter::Outcome> again = RefiQdaImporter(fresh).run(*project);
        QCOMPARE(placed(again, AnnotationImporter::Status::Present), 4);
        QCOMPARE(fresh.annotations().ofEssay().size(), 4);
    }

    // A source without Duizhao's variables is found by its text's hash.
    void sourceIsMatchedByItsText()
    {
        QByteArray qde = entry(exportAll(), QStringLiteral("project.qde"));
        static const QRegularExpression values(QStringLiteral("<VariableValue>.*?</VariableValue>"),
                                               QRegularExpression::DotMatchesEverythingOption);
        QString stripped = QString::fromUtf8(qde);
        stripped.remove(values);
        QVERIFY(!stripped.contains(QStringLiteral("VariableValue")));
        QString error;
        const QByteArray qdpx = exportAll();
        const std::optional<ZipReader> zip = ZipReader::open(qdpx, &error);
        const auto files = [&](const QString &name) -> std::optional<QByteArray> {
            const ZipReader::Entry *e = zip->find(QStringLiteral("sources/") + name);
            return e ? zip->read(*e, &error) : std::nullopt;
        };
        const std::optional<RefiQdaReader::Project> project =
            RefiQdaReader::readXml(stripped.toUtf8(), files, &error);
        QVERIFY2(project, qPrintable(error));

        QTemporaryDir dir;
        Library fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
        // Other paths and hashes than the exporting library's.
        ExportFixture::store(fresh, QStringLiteral("/elsewhere/chips.txt"), QStringLiteral("aa"),
                             ExportFixture::simplifiedText());
        ExportFixture::store(fresh, QStringLiteral("/elsewhere/standards.txt"),
                             QStringLiteral("bb"), ExportFixture::bilingualText());
        RefiQdaImporter importer(fresh);
        const QList<WebAnnotationReader::Item> items = importer.items(*project);
        QCOMPARE(items.size(), 4);
        for (const WebAnnotationReader::Item &item : items)
            QVERIFY2(item.sha256 == u"aa" || item.sha256 == u"bb", qPrintable(item.sha256));
        const QList<AnnotationImporter::Outcome> outcomes = importer.run(*project);
        QCOMPARE(placed(outcomes, AnnotationImporter::Status::Placed), 4);
        QCOMPARE(comparable(fresh), comparable(*m_library));
    }

    // What QualCoder writes after coding our export: another GUID style, a Sources/
    // folder, a BOM, one selection per code, an annotation as a Note, a selection across
    // two lines.
    void readsAQualCoderProject()
    {
        const QString text = ExportFixture::bilingualText().chopped(1); // no final newline
        const EssayPlainText plain(text);
        const int at = int(plain.blockText(2).indexOf(QStringLiteral("rarely make headlines")));
        const qint64 start = plain.toPlain(2, at); // block 2 is ASCII: UTF-16 = code points
        const qint64 end = start + 21;
        const qint64 across = plain.toPlain(4, 60); // from block 4 into block 5
        const QByteArray qde =
            QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"coded\" origin=\"QualCoder\">\n"
                "<CodeBook><Codes>\n"
                " <Code guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" name=\"media\" "
                "isCodable=\"true\" color=\"#F00\"><Description>press</Description></Code>\n"
                " <Code guid=\"AAAAAAAA-0000-0000-0000-000000000002\" name=\"Claim type\" "
                "isCodable=\"false\">\n"
                "  <Code guid=\"AAAAAAAA-0000-0000-0000-000000000003\" name=\"prediction\" "
                "isCodable=\"true\"/></Code>\n"
                "</Codes></CodeBook>\n"
                "<Sources><TextSource guid=\"BBBBBBBB-0000-0000-0000-000000000001\" "
                "name=\"standards.txt\" plainTextPath=\"internal://BBBBBBBB.txt\">\n"
                " <PlainTextSelection guid=\"CCCCCCCC-0000-0000-0000-000000000001\" "
                "startPosition=\"%1\" endPosition=\"%2\"><Description>memo</Description>"
                "<Coding guid=\"DDDDDDDD-0000-0000-0000-000000000001\">"
                "<CodeRef targetGUID=\"aaaaaaaa-0000-0000-0000-000000000001\"/></Coding>"
                "</PlainTextSelection>\n"
                " <PlainTextSelection guid=\"CCCCCCCC-0000-0000-0000-000000000002\" "
                "startPosition=\"%1\" endPosition=\"%2\"><Coding "
                "guid=\"DDDDDDDD-0000-0000-0000-000000000002\"><CodeRef "
                "targetGUID=\"AAAAAAAA-0000-0000-0000-000000000003\"/></Coding>"
                "</PlainTextSelection>\n"
                " <PlainTextSelection guid=\"CCCCCCCC-0000-0000-0000-000000000003\" "
                "startPosition=\"%3\" endPosition=\"%4\"><Coding "
                "guid=\"DDDDDDDD-0000-0000-0000-000000000003\"><CodeRef "
                "targetGUID=\"{AAAAAAAA-0000-0000-0000-000000000001}\"/></Coding>"
                "</PlainTextSelection>\n"
                " <NoteRef targetGUID=\"EEEEEEEE-0000-0000-0000-000000000001\"/>\n"
                "</TextSource></Sources>\n"
                "<Notes><Note guid=\"EEEEEEEE-0000-0000-0000-000000000001\" name=\"annotation\">"
                "<PlainTextContent>an annotation</PlainTextContent>"
                "<PlainTextSelection guid=\"CCCCCCCC-0000-0000-0000-000000000009\" "
                "startPosition=\"%1\" endPosition=\"%2\"/></Note></Notes>\n"
                "</Project>\n")
                .arg(start)
                .arg(end)
                .arg(across)
                .arg(across + 30)
                .toUtf8();
        ZipWriter writer;
        writer.add(QStringLiteral("project.qde"), qde);
        writer.add(QStringLiteral("Sources/BBBBBBBB.txt"),
                   QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8());
        QString error;
        const std::optional<RefiQdaReader::Project> project =
            RefiQdaReader::read(writer.finish(), &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->sources.size(), 1);
        QVERIFY(!project->sources[0].text.startsWith(QChar(0xFEFF)));

        const QList<WebAnnotationReader::Item> items =
            RefiQdaReader::items(*project, project->sources[0]);
        QCOMPARE(items.size(), 2);
        const Annotation &merged = items[0].annotation;
        QCOMPARE(merged.anchor.block, 2);
        QCOMPARE(merged.anchor.start, at);
        QCOMPARE(merged.anchor.quote, QStringLiteral("rarely make headlines"));
        QCOMPARE(merged.tags, QStringList{QStringLiteral("media")});
        QCOMPARE(merged.claimType, QStringLiteral("prediction"));
        QCOMPARE(merged.note, QStringLiteral("memo\n\nan annotation"));
        // Cut at the end of its first line.
        const Annotation &cut = items[1].annotation;
        QCOMPARE(cut.anchor.block, 4);
        QCOMPARE(cut.anchor.start, 60);
        QCOMPARE(cut.anchor.end, int(plain.blockLength(4)));

        // Into a library with the essay, matched by the text's hash; the code's #RGB
        // colour becomes the codebook's #rrggbb.
        QTemporaryDir dir;
        Library fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
        storeEssays(fresh);
        const QList<AnnotationImporter::Outcome> outcomes = RefiQdaImporter(fresh).run(*project);
        QCOMPARE(placed(outcomes, AnnotationImporter::Status::Placed), 2);
        QCOMPARE(fresh.tags().named(QStringLiteral("media"))->color, QStringLiteral("#ff0000"));
        QCOMPARE(fresh.annotations().ofEssay(1).front().verdict, QStringLiteral("unverified"));
    }

    void notAProjectIsRefused()
    {
        QString error;
        QVERIFY(!RefiQdaReader::read(QByteArrayLiteral("{}"), &error));
        ZipWriter writer;
        writer.add(QStringLiteral("readme.txt"), QByteArrayLiteral("x"));
        QVERIFY(!RefiQdaReader::read(writer.finish(), &error));
        QVERIFY(error.contains(QStringLiteral("project.qde")));
        ZipWriter broken;
        broken.add(QStringLiteral("project.qde"), QByteArrayLiteral("<Project><Sources>"));
        QVERIFY(!RefiQdaReader::read(broken.finish(), &error));
    }
};

QTEST_GUILESS_MAIN(TestRefiQda)
#include "tst_refiqda.moc"
