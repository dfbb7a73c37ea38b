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
        annotation.tags = {QStringLiteral("export controls"), QStringLiteral(" US "),
                           QStringLiteral("US")};
        annotation.claimType = QStringLiteral("factual");
        annotation.note = QStringLiteral("Check the *date*.");
        const qint64 id = library.annotations().add(annotation);

        const Annotation stored = *library.annotations().find(id);
        QCOMPARE(stored.anchor.quote, QStringLiteral("restricts"));
        QCOMPARE(stored.anchor.prefix, QStringLiteral("Washington "));
        QCOMPARE(stored.anchor.suffix, QStringLiteral(" chip exports."));
        QCOMPARE(stored.counterpartBlock, 3); // the Chinese line paired with it
        QCOMPARE(stored.verdict, QStringLiteral("unverified"));
        QCOMPARE(stored.tags,
                 (QStringList{QStringLiteral("export controls"), QStringLiteral("US")}));
        QCOMPARE(library.tags().names(),
                 (QStringList{QStringLiteral("export controls"), QStringLiteral("US")}));
        QCOMPARE(library.essays().find(essay)->annotationCount, 1);
        QVERIFY(!stored.orphaned);
    }

    void rejectsWhatDoesNotExist()
    {
        Library library(m_dir.filePath(QStringLiteral("reject.sqlite")));
        const qint64 essay = store(library, kEssay);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.annotations().add(at(essay + 5, 0, 0, 3)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.annotations().add(at(essay, 9, 0, 3)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.annotations().add(at(essay, 0, 5, 5)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.annotations().add(at(essay, 0, 0, 500)));
        Annotation wrongQuote = at(essay, 0, 0, 5);
        wrongQuote.anchor.quote = QStringLiteral("Other");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.annotations().add(wrongQuote));
        Annotation badVerdict = at(essay, 0, 0, 5);
        badVerdict.claimType = QStringLiteral("factual");
        badVerdict.verdict = QStringLiteral("maybe");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.annotations().add(badVerdict));
        QVERIFY(library.annotations().ofEssay().isEmpty());
    }

    // Remove returns what it removed; restore puts back the same annotation (undo).
    void removeAndRestoreRoundTrip()
    {
        Library library(m_dir.filePath(QStringLiteral("undo.sqlite")));
        const qint64 essay = store(library, kEssay);
        Annotation annotation = at(essay, 1, 0, 2);
        annotation.tags = {QStringLiteral("chips")};
        annotation.note = QStringLiteral("note");
        const qint64 id = library.annotations().add(annotation);
        const Annotation before = *library.annotations().find(id);
        const std::optional<Annotation> removed = library.annotations().remove(id);
        QVERIFY(removed);
        QCOMPARE(*removed, before);
        QVERIFY(!library.annotations().find(id));
        library.annotations().restore(*removed);
        QCOMPARE(*library.annotations().find(id), before);
        QVERIFY(!library.annotations().remove(id + 100));
    }

    void updateChangesNoteTagsAndVerdict()
    {
        Library library(m_dir.filePath(QStringLiteral("update.sqlite")));
        const qint64 essay = store(library, kEssay);
        const qint64 id = library.annotations().add(at(essay, 0, 0, 5));
        Annotation changed = *library.annotations().find(id);
        changed.note = QStringLiteral("revised");
        changed.tags = {QStringLiteral("power")};
        changed.claimType = QStringLiteral("opinion");
        changed.verdict = QStringLiteral("disputed");
        library.annotations().update(changed);
        const Annotation stored = *library.annotations().find(id);
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
        const qint64 moving = library.annotations().add(at(essay, 2, 11, 20));    // "restricts"
        const qint64 vanishing = library.annotations().add(at(essay, 0, 10, 15)); // "power"
        Annotation withNote = *library.annotations().find(vanishing);
        withNote.note = QStringLiteral("my thoughts");
        library.annotations().update(withNote);

        store(library, u"A new opening line.\nChips and influence.\n晶片與影響力。\n"
                       u"Washington restricts chip exports.\n華盛頓限制晶片出口。\n");
        const Annotation moved = *library.annotations().find(moving);
        QCOMPARE(moved.anchor.block, 3);
        QCOMPARE(moved.anchor.quote, QStringLiteral("restricts"));
        QVERIFY(!moved.orphaned);
        const Annotation orphan = *library.annotations().find(vanishing);
        QVERIFY(orphan.orphaned);
        QCOMPARE(orphan.anchor.quote, QStringLiteral("power"));
        QCOMPARE(orphan.note, QStringLiteral("my thoughts"));
        QCOMPARE(library.annotations().ofEssay(essay).size(), 2);

        Annotation reattached = orphan;
        reattached.anchor.block = 1;
        reattached.anchor.start = 10;
        reattached.anchor.end = 19; // "influence"
        library.annotations().update(reattached);
        const Annotation fixed = *library.annotations().find(vanishing);
        QVERIFY(!fixed.orphaned);
        QCOMPARE(fixed.anchor.quote, QStringLiteral("influence"));
        QCOMPARE(fixed.note, QStringLiteral("my thoughts"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
