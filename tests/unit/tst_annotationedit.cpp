#include "AnnotationEdit.h"
#include "AnnotationFixture.h"
#include "Library.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace duizhao;

// Undo and redo of annotation edits in core, without a GUI: every apply/revert leaves
// the library exactly as it was at that step (ids, dates, tags, orphaned flags).
class TestAnnotationEdit : public QObject, private AnnotationFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void createUndoRedo()
    {
        Library library(m_dir.filePath(QStringLiteral("create.sqlite")));
        const qint64 essay = store(library, kEssay);
        Annotation request = at(essay, 3, 3, 5); // 限制
        request.tags = {QStringLiteral("export controls")};
        request.claimType = QStringLiteral("factual");
        AnnotationEdit edit = AnnotationEdit::create(request);
        QCOMPARE(edit.annotationId(), 0);

        edit.apply(library);
        const qint64 id = edit.annotationId();
        QVERIFY(id > 0);
        const Annotation created = *library.annotations().find(id);
        QCOMPARE(created.anchor.quote, QStringLiteral("限制"));
        QCOMPARE(created.counterpartBlock, 2);
        QCOMPARE(*edit.after(), created);

        edit.revert(library);
        QVERIFY(!library.annotations().find(id));
        QVERIFY(library.annotations().ofEssay(essay).isEmpty());

        edit.apply(library); // redo: the same annotation, same id and dates
        QCOMPARE(*library.annotations().find(id), created);
        edit.revert(library);
        edit.apply(library);
        QCOMPARE(library.annotations().ofEssay(essay), QList<Annotation>{created});
    }

    void changeUndoRedo()
    {
        Library library(m_dir.filePath(QStringLiteral("change.sqlite")));
        const qint64 essay = store(library, kEssay);
        Annotation request = at(essay, 0, 0, 5);
        request.note = QStringLiteral("first");
        request.tags = {QStringLiteral("chips")};
        const qint64 id = library.annotations().add(request);
        const Annotation original = *library.annotations().find(id);

        Annotation changed = original;
        changed.note = QStringLiteral("second");
        changed.tags = {QStringLiteral("power"), QStringLiteral("chips")};
        changed.claimType = QStringLiteral("opinion");
        changed.verdict = QStringLiteral("disputed");
        changed.color = QStringLiteral("#90caf9");
        AnnotationEdit edit = AnnotationEdit::change(changed);
        edit.apply(library);
        const Annotation after = *library.annotations().find(id);
        QCOMPARE(after.note, QStringLiteral("second"));
        QCOMPARE(after.verdict, QStringLiteral("disputed"));
        QCOMPARE(after.tags, (QStringList{QStringLiteral("chips"), QStringLiteral("power")}));
        QCOMPARE(*edit.before(), original);

        edit.revert(library);
        QCOMPARE(*library.annotations().find(id), original);
        edit.apply(library);
        QCOMPARE(*library.annotations().find(id), after);
    }

    // Re-attaching an orphan, undone, leaves it orphaned at its old anchor.
    void reattachUndoRestoresOrphan()
    {
        Library library(m_dir.filePath(QStringLiteral("reattach.sqlite")));
        const qint64 essay = store(library, kEssay);
        const qint64 id = library.annotations().add(at(essay, 0, 10, 15)); // "power"
        store(library, u"Chips and influence.\n晶片與影響力。\nWashington restricts chip exports.\n"
                       u"華盛頓限制晶片出口。\n");
        const Annotation orphan = *library.annotations().find(id);
        QVERIFY(orphan.orphaned);

        Annotation reattached = orphan;
        reattached.anchor = Anchor{0, 10, 19, {}, {}, {}}; // "influence"
        AnnotationEdit edit = AnnotationEdit::change(reattached);
        edit.apply(library);
        QCOMPARE(library.annotations().find(id)->anchor.quote, QStringLiteral("influence"));
        QVERIFY(!library.annotations().find(id)->orphaned);
        edit.revert(library);
        QCOMPARE(*library.annotations().find(id), orphan);
        edit.apply(library);
        QVERIFY(!library.annotations().find(id)->orphaned);
        edit.revert(library);

        // A note edit leaves an orphan orphaned; re-attaching at its old span (which now
        // holds other text) takes that text.
        Annotation noted = orphan;
        noted.note = QStringLiteral("still lost");
        library.annotations().update(noted);
        QVERIFY(library.annotations().find(id)->orphaned);
        QCOMPARE(library.annotations().find(id)->anchor.quote, QStringLiteral("power"));
        Annotation samePlace = *library.annotations().find(id);
        samePlace.orphaned = false;
        library.annotations().update(samePlace);
        QVERIFY(!library.annotations().find(id)->orphaned);
        QCOMPARE(library.annotations().find(id)->anchor.quote, QStringLiteral("influ"));
        QCOMPARE(library.annotations().find(id)->note, QStringLiteral("still lost"));
    }

    void removeUndoRedo()
    {
        Library library(m_dir.filePath(QStringLiteral("remove.sqlite")));
        const qint64 essay = store(library, kEssay);
        Annotation request = at(essay, 2, 11, 20);
        request.tags = {QStringLiteral("US"), QStringLiteral("trade")};
        request.note = QStringLiteral("keep me");
        const qint64 id = library.annotations().add(request);
        const Annotation original = *library.annotations().find(id);

        AnnotationEdit edit = AnnotationEdit::remove(id);
        edit.apply(library);
        QVERIFY(!library.annotations().find(id));
        QCOMPARE(*edit.before(), original);
        edit.revert(library);
        QCOMPARE(*library.annotations().find(id), original);
        edit.apply(library);
        QVERIFY(!library.annotations().find(id));
        edit.revert(library);
        QCOMPARE(library.annotations().ofEssay(), QList<Annotation>{original});
    }

    void failedEditsChangeNothing()
    {
        Library library(m_dir.filePath(QStringLiteral("fail.sqlite")));
        const qint64 essay = store(library, kEssay);
        AnnotationEdit badCreate = AnnotationEdit::create(at(essay, 9, 0, 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, badCreate.apply(library));
        QVERIFY(!badCreate.isApplied());
        QVERIFY(library.annotations().ofEssay().isEmpty());

        const qint64 id = library.annotations().add(at(essay, 0, 0, 5));
        const Annotation original = *library.annotations().find(id);
        Annotation bad = original;
        bad.verdict = QStringLiteral("maybe");
        AnnotationEdit badChange = AnnotationEdit::change(bad);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, badChange.apply(library));
        QVERIFY(!badChange.isApplied());
        QVERIFY(!badChange.before());
        QCOMPARE(*library.annotations().find(id), original);

        AnnotationEdit missing = AnnotationEdit::remove(id + 50);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, missing.apply(library));
        QCOMPARE(library.annotations().ofEssay().size(), 1);
    }

    // A sequence like a user's: create, change, delete, then undo all and redo all.
    void undoStackSequence()
    {
        Library library(m_dir.filePath(QStringLiteral("sequence.sqlite")));
        const qint64 essay = store(library, kEssay);
        QList<AnnotationEdit> stack;
        QList<QList<Annotation>> states{library.annotations().ofEssay()};

        stack << AnnotationEdit::create(at(essay, 1, 0, 2));
        stack.last().apply(library);
        states << library.annotations().ofEssay();
        const qint64 id = stack.last().annotationId();
        Annotation changed = *library.annotations().find(id);
        changed.note = QStringLiteral("a note");
        stack << AnnotationEdit::change(changed);
        stack.last().apply(library);
        states << library.annotations().ofEssay();
        stack << AnnotationEdit::remove(id);
        stack.last().apply(library);
        states << library.annotations().ofEssay();

        for (qsizetype i = stack.size() - 1; i >= 0; --i) {
            stack[i].revert(library);
            QCOMPARE(library.annotations().ofEssay(), states[i]);
        }
        for (qsizetype i = 0; i < stack.size(); ++i) {
            stack[i].apply(library);
            QCOMPARE(library.annotations().ofEssay(), states[i + 1]);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnnotationEdit)
#include "tst_annotationedit.moc"
