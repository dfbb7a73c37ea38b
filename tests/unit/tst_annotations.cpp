#include "AnnotationFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace duizhao;

// Annotations in the library: validated on the way in, undoable, re-anchored when the
// essay changes, and never lost.
class TestAnnotations : public QObject, private AnnotationFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void addFillsQuoteContextAndCounterpart()
    {
        Library library(m_dir.filePath(QStringLiteral("add.sqlite")));
        const qint64 essay = store(library, kEssay);
        Annotation annotation = at(essay, 2, 11, 20); // "restricts"
        annotation.tags = {QStringLiteral("export controls"), QStringLiteral(" US "), QStringLiteral("US")};
        annotation.claimType = QStringLiteral("factual");
        annotation.note = QStringLiteral("Check the *date*.");
        const qint64 id = library.addAnnotation(annotation);

        const Annotation stored = *library.annotation(id);
        QCOMPARE(stored.anchor.quote, QStringLiteral("restricts"));
        QCOMPARE(stored.anchor.prefix, QStringLiteral("Washington "));
        QCOMPARE(stored.anchor.suffix, QStringLiteral(" chip exports."));
        QCOMPARE(stored.counterpartBlock, 3); // the Chinese line paired with it
        QCOMPARE(stored.verdict, QStringLiteral("unverified"));
        QCOMPARE(stored.tags, (QStringList{QStringLiteral("export controls"), QStringLiteral("US")}));
        QCOMPARE(library.tagNames(), (QStringList{QStringLiteral("export controls"), QStringLiteral("US")}));
        QCOMPARE(library.essay(essay)->annotationCount, 1);
        QVERIFY(!stored.orphaned);
    }

    void rejectsWhatDoesNotExist()
    {
        Library library(m_dir.filePath(QStringLiteral("reject.sqlite")));
        const qint64 essay = store(library, kEssay);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.addAnnotation(at(essay + 5, 0, 0, 3)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.addAnnotation(at(essay, 9, 0, 3)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.addAnnotation(at(essay, 0, 5, 5)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.addAnnotation(at(essay, 0, 0, 500)));
        Annotation wrongQuote = at(essay, 0, 0, 5);
        wrongQuote.anchor.quote = QStringLiteral("Other");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.addAnnotation(wrongQuote));
        Annotation badVerdict = at(essay, 0, 0, 5);
        badVerdict.claimType = QStringLiteral("factual");
        badVerdict.verdict = QStringLiteral("maybe");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.addAnnotation(badVerdict));
        QVERIFY(library.annotations().isEmpty());
    }

    // Remove returns what it removed; restore puts back the same annotation (undo).
    void removeAndRestoreRoundTrip()
    {
        Library library(m_dir.filePath(QStringLiteral("undo.sqlite")));
        const qint64 essay = store(library, kEssay);
        Annotation annotation = at(essay, 1, 0, 2);
        annotation.tags = {QStringLiteral("chips")};
        annotation.note = QStringLiteral("note");
        const qint64 id = library.addAnnotation(annotation);
        const Annotation before = *library.annotation(id);
        const std::optional<Annotation> removed = library.removeAnnotation(id);
        QVERIFY(removed);
        QCOMPARE(*removed, before);
        QVERIFY(!library.annotation(id));
        library.restoreAnnotation(*removed);
        QCOMPARE(*library.annotation(id), before);
        QVERIFY(!library.removeAnnotation(id + 100));
    }

    void updateChangesNoteTagsAndVerdict()
    {
        Library library(m_dir.filePath(QStringLiteral("update.sqlite")));
        const qint64 essay = store(library, kEssay);
        const qint64 id = library.addAnnotation(at(essay, 0, 0, 5));
        Annotation changed = *library.annotation(id);
        changed.note = QStringLiteral("revised");
        changed.tags = {QStringLiteral("power")};
        changed.claimType = QStringLiteral("opinion");
        changed.verdict = QStringLiteral("disputed");
        library.updateAnnotation(changed);
        const Annotation stored = *library.annotation(id);
        QCOMPARE(stored.note, QStringLiteral("revised"));
        QCOMPARE(stored.tags, QStringList{QStringLiteral("power")});
        QCOMPARE(stored.verdict, QStringLiteral("disputed"));
        QCOMPARE(stored.anchor.quote, QStringLiteral("Chips"));
        QVERIFY(stored.modified >= stored.created);
    }

    // Re-import moves annotations with their text; one whose text is gone is kept,
    // orphaned, and can be re-attached to a new selection.
    void reimportReanchorsAndKeepsOrphans()
    {
        Library library(m_dir.filePath(QStringLiteral("reanchor.sqlite")));
        const qint64 essay = store(library, kEssay);
        const qint64 moving = library.addAnnotation(at(essay, 2, 11, 20));  // "restricts"
        const qint64 vanishing = library.addAnnotation(at(essay, 0, 10, 15)); // "power"
        Annotation withNote = *library.annotation(vanishing);
        withNote.note = QStringLiteral("my thoughts");
        library.updateAnnotation(withNote);

        store(library, u"A new opening line.\nChips and influence.\n晶片與影響力。\n"
                       u"Washington restricts chip exports.\n華盛頓限制晶片出口。\n");
        const Annotation moved = *library.annotation(moving);
        QCOMPARE(moved.anchor.block, 3);
        QCOMPARE(moved.anchor.quote, QStringLiteral("restricts"));
        QVERIFY(!moved.orphaned);
        const Annotation orphan = *library.annotation(vanishing);
        QVERIFY(orphan.orphaned);
        QCOMPARE(orphan.anchor.quote, QStringLiteral("power"));
        QCOMPARE(orphan.note, QStringLiteral("my thoughts"));
        QCOMPARE(library.annotations(essay).size(), 2);

        Annotation reattached = orphan;
        reattached.anchor.block = 1;
        reattached.anchor.start = 10;
        reattached.anchor.end = 19; // "influence"
        library.updateAnnotation(reattached);
        const Annotation fixed = *library.annotation(vanishing);
        QVERIFY(!fixed.orphaned);
        QCOMPARE(fixed.anchor.quote, QStringLiteral("influence"));
        QCOMPARE(fixed.note, QStringLiteral("my thoughts"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
