#include "AnnotationImporter.h"
#include "ExportFixture.h"
#include "ExportSelection.h"
#include "Library.h"
#include "WebAnnotationExporter.h"
#include "WebAnnotationReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// Export → import-annotations: W3C JSON read back and placed into another library, by
// file hash, by path, by quote; nothing duplicated, nothing guessed.
class TestAnnotationImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<Library> newLibrary()
    {
        return std::make_unique<Library>(
            m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_libraries)));
    }

    QList<WebAnnotationReader::Item> exported(Library &library)
    {
        const QByteArray json = WebAnnotationExporter().write(ExportSelection{}.collect(library));
        QString error;
        const auto items = WebAnnotationReader::read(json, &error);
        if (!items)
            qFatal("%s", qPrintable(error));
        return *items;
    }

    static QList<AnnotationImporter::Status>
    statuses(const QList<AnnotationImporter::Outcome> &outcomes)
    {
        QList<AnnotationImporter::Status> result;
        for (const AnnotationImporter::Outcome &outcome : outcomes)
            result << outcome.status;
        return result;
    }

private slots:
    void roundTripReproducesEveryAnnotation()
    {
        const auto source = newLibrary();
        ExportFixture::build(*source);
        const auto target = newLibrary();
        ExportFixture::store(*target, ExportFixture::kBilingualPath, ExportFixture::kBilingualSha,
                             ExportFixture::bilingualText());
        ExportFixture::store(*target, ExportFixture::kSimplifiedPath, ExportFixture::kSimplifiedSha,
                             ExportFixture::simplifiedText());

        const QList<WebAnnotationReader::Item> items = exported(*source);
        QCOMPARE(items.size(), 4);
        const auto outcomes = AnnotationImporter(*target).run(items);
        QCOMPARE(statuses(outcomes),
                 QList<AnnotationImporter::Status>(4, AnnotationImporter::Status::Placed));

        const QList<Annotation> before = source->annotations().ofEssay();
        const QList<Annotation> after = target->annotations().ofEssay();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const Annotation &a = before[i];
            const Annotation &b = after[i];
            QCOMPARE(b.essayId, a.essayId);
            QCOMPARE(b.anchor, a.anchor); // block, start, end, quote, prefix, suffix
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.note, a.note);
            QCOMPARE(b.claimType, a.claimType);
            QCOMPARE(b.verdict, a.verdict);
            QCOMPARE(b.color, a.color.toLower());
            QCOMPARE(b.counterpartBlock, a.counterpartBlock);
            QCOMPARE(b.counterpartQuote, a.counterpartQuote);
            // When the analyst wrote it, not when it was imported.
            QCOMPARE(b.created, a.created);
            QCOMPARE(b.modified, a.modified);
        }

        // Again: everything is already there.
        const auto again = AnnotationImporter(*target).run(items);
        QCOMPARE(statuses(again),
                 QList<AnnotationImporter::Status>(4, AnnotationImporter::Status::Present));
        QCOMPARE(target->annotations().ofEssay().size(), 4);
    }

    void duplicatesInOneFileAreImportedOnce()
    {
        const auto source = newLibrary();
        ExportFixture::build(*source);
        const auto target = newLibrary();
        ExportFixture::store(*target, ExportFixture::kBilingualPath, ExportFixture::kBilingualSha,
                             ExportFixture::bilingualText());
        QList<WebAnnotationReader::Item> items = exported(*source).mid(0, 1);
        items << items.front();
        QCOMPARE(statuses(AnnotationImporter(*target).run(items)),
                 (QList<AnnotationImporter::Status>{AnnotationImporter::Status::Placed,
                                                    AnnotationImporter::Status::Present}));
    }

    // The outlet changed the file: same path, new hash, a line added on top. The
    // annotations follow their text.
    void changedFileAtTheSamePathIsReanchored()
    {
        const auto source = newLibrary();
        ExportFixture::build(*source);
        const auto target = newLibrary();
        const qint64 essay = ExportFixture::store(
            *target, ExportFixture::kBilingualPath, QStringLiteral("changed"),
            QStringLiteral("Opinion | Technology\n") + ExportFixture::bilingualText());
        const auto outcomes = AnnotationImporter(*target).run(exported(*source).mid(0, 3));
        QCOMPARE(statuses(outcomes),
                 QList<AnnotationImporter::Status>(3, AnnotationImporter::Status::Placed));
        const QList<Annotation> placed = target->annotations().ofEssay(essay);
        QCOMPARE(placed.size(), 3);
        QCOMPARE(placed[0].anchor.block, 3);
        QCOMPARE(placed[0].anchor.quote, QStringLiteral("rarely make headlines"));
        QCOMPARE(placed[0].counterpartBlock, 4); // derived again from the new pairs
    }

    // Neither hash nor path names an essay: the quote decides, when exactly one essay has it.
    void unknownFileIsFoundByQuote()
    {
        const auto source = newLibrary();
        ExportFixture::build(*source);
        const auto target = newLibrary();
        const qint64 essay =
            ExportFixture::store(*target, QStringLiteral("/elsewhere/copy.txt"),
                                 QStringLiteral("other"), ExportFixture::simplifiedText());
        const auto outcomes = AnnotationImporter(*target).run(exported(*source).mid(3, 1));
        QCOMPARE(outcomes.front().status, AnnotationImporter::Status::Placed);
        QCOMPARE(outcomes.front().essayId, essay);

        // Two essays with that quote: no guess.
        ExportFixture::store(*target, QStringLiteral("/elsewhere/second-copy.txt"),
                             QStringLiteral("other2"), ExportFixture::simplifiedText());
        const auto ambiguous = AnnotationImporter(*target).run(exported(*source).mid(3, 1));
        QCOMPARE(ambiguous.front().status,
                 AnnotationImporter::Status::Present); // the first copy has it now
        target->annotations().remove(target->annotations().ofEssay(essay).front().id);
        const auto guessed = AnnotationImporter(*target).run(exported(*source).mid(3, 1));
        QCOMPARE(guessed.front().status, AnnotationImporter::Status::Unplaced);
        QVERIFY(guessed.front().reason.contains(QStringLiteral("2 essays")));
    }

    void whatCannotBePlacedIsReported()
    {
        const auto source = newLibrary();
        ExportFixture::build(*source);
        const auto target = newLibrary();
        // The essay at that path no longer has the sentence.
        ExportFixture::store(*target, ExportFixture::kBilingualPath, QStringLiteral("rewritten"),
                             QStringLiteral("Something else entirely.\n"));
        const auto outcomes = AnnotationImporter(*target).run(exported(*source));
        QCOMPARE(outcomes.size(), 4);
        for (const AnnotationImporter::Outcome &outcome : outcomes) {
            QCOMPARE(outcome.status, AnnotationImporter::Status::Unplaced);
            QVERIFY(!outcome.reason.isEmpty());
        }
        QVERIFY(target->annotations().ofEssay().isEmpty());

        WebAnnotationReader::Item broken;
        broken.problem = QStringLiteral("the annotation has no target");
        QCOMPARE(AnnotationImporter(*target).place(broken).reason, broken.problem);
    }

    void readerAcceptsTheW3cShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("count");
        const QByteArray annotation = R"({"type": "Annotation", "bodyValue": "plain note",
            "target": {"source": "file:///x.txt", "selector": {"type": "TextQuoteSelector", "exact": "q"}}})";
        QTest::newRow("single") << annotation << 1;
        QTest::newRow("array") << QByteArray("[" + annotation + "," + annotation + "]") << 2;
        QTest::newRow("page") << QByteArray(R"({"type": "AnnotationPage", "items": [)" +
                                            annotation + "]}")
                              << 1;
        QTest::newRow("collection")
            << QByteArray(
                   R"({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [)" +
                   annotation + R"(], "next": {"type": "AnnotationPage", "items": [)" + annotation +
                   "]}}}")
            << 2;
    }
    void readerAcceptsTheW3cShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, count);
        QString error;
        const auto items = WebAnnotationReader::read(json, &error);
        QVERIFY2(items, qPrintable(error));
        QCOMPARE(items->size(), count);
        const WebAnnotationReader::Item &item = items->front();
        QVERIFY(item.problem.isEmpty());
        QCOMPARE(item.annotation.note, QStringLiteral("plain note"));
        QCOMPARE(item.annotation.anchor.quote, QStringLiteral("q"));
        QCOMPARE(item.annotation.anchor.block, -1);
        QCOMPARE(item.source, QStringLiteral("/x.txt"));
    }

    void readerRejectsWhatIsNotAnnotations()
    {
        QString error;
        QVERIFY(!WebAnnotationReader::read("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!WebAnnotationReader::read(R"({"type": "Person"})", &error));
        const auto items = WebAnnotationReader::read(R"([{"type": "Annotation"}, 5])", &error);
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).problem, QStringLiteral("the annotation has no target"));
        QCOMPARE(items->at(1).problem, QStringLiteral("not an Annotation"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationImport)
#include "tst_annotationimport.moc"
