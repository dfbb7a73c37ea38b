#include "EssayParser.h"
#include "Library.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace duizhao;

// The tag codebook: names unique regardless of case, a tree without cycles, merge and
// delete that never delete an annotation.
class TestTagCodebook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 store(Library &library)
    {
        ParsedEssay parsed = EssayParser().parseText(
            QStringLiteral("Chips and power.\nWashington restricts chip exports.\n"));
        parsed.encoding = QStringLiteral("UTF-8");
        return library.writer()
            .store(QStringLiteral("/essay.txt"), QStringLiteral("1"), 1, parsed)
            .essayId;
    }

    static qint64 annotate(Library &library, qint64 essay, int block, QStringList tags)
    {
        Annotation annotation;
        annotation.essayId = essay;
        annotation.anchor.block = block;
        annotation.anchor.start = 0;
        annotation.anchor.end = 5;
        annotation.tags = std::move(tags);
        annotation.note = QStringLiteral("note %1").arg(block);
        return library.annotations().add(annotation);
    }

    static Tag named(const QString &name, qint64 parent = 0)
    {
        Tag tag;
        tag.name = name;
        tag.parentId = parent;
        return tag;
    }

private slots:
    void createListAndUpdate()
    {
        Library library(m_dir.filePath(QStringLiteral("create.sqlite")));
        Tag technology = named(QStringLiteral("  technology "));
        technology.color = QStringLiteral("#1a73e8");
        technology.description = QStringLiteral("anything technical");
        const qint64 tech = library.tags().create(technology);
        const qint64 chips = library.tags().create(named(QStringLiteral("chips"), tech));
        const QList<Tag> tags = library.tags().all();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0].name, QStringLiteral("chips"));
        QCOMPARE(tags[0].parentId, tech);
        QCOMPARE(tags[1].name, QStringLiteral("technology"));
        QCOMPARE(tags[1].color, QStringLiteral("#1a73e8"));
        QCOMPARE(tags[1].description, QStringLiteral("anything technical"));
        QCOMPARE(library.tags().named(QStringLiteral("CHIPS"))->id, chips);

        // Renaming onto another name (any case) is refused; a case change is not.
        Tag rename = *library.tags().find(chips);
        rename.name = QStringLiteral("Technology");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.tags().update(rename));
        rename.name = QStringLiteral("Chips");
        library.tags().update(rename);
        QCOMPARE(library.tags().find(chips)->name, QStringLiteral("Chips"));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.tags().create(named(QStringLiteral("CHIPS"))));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.tags().create(named(QStringLiteral("  "))));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.tags().create(named(QStringLiteral("x"), 999)));
        Tag badColour = named(QStringLiteral("y"));
        badColour.color = QStringLiteral("red");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.tags().create(badColour));

        // No cycles: technology cannot go under its own child.
        Tag cycle = *library.tags().find(tech);
        cycle.parentId = chips;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.tags().update(cycle));
        cycle.parentId = tech;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.tags().update(cycle));
        QCOMPARE(library.tags().all().size(), 2);
        QCOMPARE(library.tags().find(tech)->parentId, 0);
    }

    void renameShowsOnAnnotations()
    {
        Library library(m_dir.filePath(QStringLiteral("rename.sqlite")));
        const qint64 essay = store(library);
        const qint64 id = annotate(library, essay, 0, {QStringLiteral("chip")});
        Tag tag = *library.tags().named(QStringLiteral("chip"));
        QCOMPARE(tag.usage, 1);
        tag.name = QStringLiteral("semiconductors");
        library.tags().update(tag);
        QCOMPARE(library.annotations().find(id)->tags,
                 QStringList{QStringLiteral("semiconductors")});
    }

    void mergeMovesAnnotationsAndChildren()
    {
        Library library(m_dir.filePath(QStringLiteral("merge.sqlite")));
        const qint64 essay = store(library);
        const qint64 onlyA = annotate(library, essay, 0, {QStringLiteral("chip")});
        const qint64 both =
            annotate(library, essay, 1, {QStringLiteral("chip"), QStringLiteral("chips")});
        const qint64 onlyB = annotate(library, essay, 1, {QStringLiteral("chips")});
        const qint64 other = annotate(library, essay, 0, {QStringLiteral("power")});
        const qint64 a = library.tags().named(QStringLiteral("chip"))->id;
        const qint64 b = library.tags().named(QStringLiteral("chips"))->id;
        const qint64 child = library.tags().create(named(QStringLiteral("memory"), a));

        QCOMPARE(library.tags().merge(a, b), 2);
        QVERIFY(!library.tags().find(a));
        QCOMPARE(library.tags().find(b)->usage, 3);
        QCOMPARE(library.tags().find(child)->parentId, b);
        QCOMPARE(library.annotations().find(onlyA)->tags, QStringList{QStringLiteral("chips")});
        QCOMPARE(library.annotations().find(both)->tags, QStringList{QStringLiteral("chips")});
        QCOMPARE(library.annotations().find(onlyB)->tags, QStringList{QStringLiteral("chips")});
        QCOMPARE(library.annotations().find(other)->tags, QStringList{QStringLiteral("power")});
        QCOMPARE(library.annotations().ofEssay().size(), 4);
        QCOMPARE(library.annotations().find(onlyA)->note, QStringLiteral("note 0"));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.tags().merge(b, b));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.tags().merge(a, b));
    }

    // Merging a tag into its own child: the child takes the parent's place.
    void mergeIntoDescendantKeepsTreeSound()
    {
        Library library(m_dir.filePath(QStringLiteral("merge-tree.sqlite")));
        const qint64 root = library.tags().create(named(QStringLiteral("root")));
        const qint64 from = library.tags().create(named(QStringLiteral("from"), root));
        const qint64 middle = library.tags().create(named(QStringLiteral("middle"), from));
        const qint64 into = library.tags().create(named(QStringLiteral("into"), middle));
        library.tags().merge(from, into);
        QCOMPARE(library.tags().find(into)->parentId, root);
        QCOMPARE(library.tags().find(middle)->parentId, into);
        QCOMPARE(library.tags().all().size(), 3);
    }

    void deleteFollowsThePolicy()
    {
        Library library(m_dir.filePath(QStringLiteral("delete.sqlite")));
        const qint64 essay = store(library);
        const qint64 tagged =
            annotate(library, essay, 0, {QStringLiteral("power"), QStringLiteral("US")});
        const qint64 power = library.tags().named(QStringLiteral("power"))->id;
        const qint64 parent = library.tags().create(named(QStringLiteral("politics")));
        Tag moved = *library.tags().find(power);
        moved.parentId = parent;
        library.tags().update(moved);
        const qint64 child = library.tags().create(named(QStringLiteral("soft power"), power));
        const Annotation before = *library.annotations().find(tagged);

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.tags().remove(power, TagDeletion::RefuseWhenUsed));
        QVERIFY(library.tags().find(power));
        QCOMPARE(*library.annotations().find(tagged), before);

        QCOMPARE(library.tags().remove(power, TagDeletion::RemoveFromAnnotations), 1);
        QVERIFY(!library.tags().find(power));
        QCOMPARE(library.tags().find(child)->parentId, parent); // moved up, not orphaned
        const Annotation after = *library.annotations().find(tagged);
        QCOMPARE(after.tags, QStringList{QStringLiteral("US")});
        QCOMPARE(after.note, before.note);
        QCOMPARE(after.anchor, before.anchor);

        // An unused tag goes under either policy.
        QCOMPARE(library.tags().remove(child, TagDeletion::RefuseWhenUsed), 0);
        QVERIFY(!library.tags().find(child));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.tags().remove(child, TagDeletion::RemoveFromAnnotations));
        QCOMPARE(library.annotations().ofEssay().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTagCodebook)
#include "tst_tagcodebook.moc"
