#include "Annotation.h"
#include "Importer.h"
#include "Library.h"
#include "SelectionAnchor.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// Library::essayListing, the library table's cheap read, tells the same story as
// Library::essays for every field it fills: the project's samples and the shared
// corpus, with a corrected title and author and an annotation.
class TestLibraryListing : public QObject
{
    Q_OBJECT

private slots:
    void listingMatchesEssays()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("library.sqlite")));
        Importer(library).run(
            {QStringLiteral(DUIZHAO_SAMPLES_DIR), QStringLiteral(DUIZHAO_CORPUS_DIR)});
        QList<EssayDetails> full = library.essays().all();
        QVERIFY(full.size() >= 4);

        const EssayDetails first = full.first();
        library.corrections().setMetadata(first.id, MetadataField::Title,
                                          QStringLiteral("Corrected title"));
        library.corrections().setMetadata(first.id, MetadataField::Author,
                                          QStringLiteral("A. N. Other"));
        const Essay essay = *library.essays().find(full.last().id);
        const Block &block = essay.blocks.constLast();
        Annotation annotation;
        annotation.essayId = essay.id;
        annotation.anchor = anchorFromSelection(block.text, block.index, 0, 1);
        library.annotations().add(annotation);

        full = library.essays().all();
        const QList<EssaySummary> listing = library.essays().listing();
        QCOMPARE(listing.size(), full.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            const EssayDetails &expected = full[i];
            const EssaySummary &listed = listing[i];
            QCOMPARE(listed.id, expected.id);
            QCOMPARE(listed.file, expected.file);
            QCOMPARE(listed.warnings, expected.warnings);
            QCOMPARE(listed.title, expected.title);
            QCOMPARE(listed.titleDerived, expected.titleDerived);
            QCOMPARE(listed.author, expected.author);
            QCOMPARE(listed.outlet, expected.outlet);
            QCOMPARE(listed.date, expected.date);
            QCOMPARE(listed.languages, expected.languages);
            QCOMPARE(listed.script, expected.script);
            QCOMPARE(listed.blockCount, expected.blockCount);
            QCOMPARE(listed.pairCount, expected.pairCount);
            QCOMPARE(listed.annotationCount, expected.annotationCount);
            QCOMPARE(listed.editedFields.size(), expected.editedFields.size());
        }
        QCOMPARE(listing.first().title, QStringLiteral("Corrected title"));
        QCOMPARE(listing.last().annotationCount, 1);

        const QHash<qint64, QString> titles =
            library.essays().titles({first.id, full.last().id, -5});
        QCOMPARE(titles.size(), 2);
        QCOMPARE(titles.value(first.id), QStringLiteral("Corrected title"));
        QCOMPARE(titles.value(full.last().id), full.last().title);
    }
};

QTEST_GUILESS_MAIN(TestLibraryListing)
#include "tst_librarylisting.moc"
