#include "ingest/EssayParser.h"
#include "store/Library.h"

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
        return library.store(QStringLiteral("/essay.txt"), QStringLiteral("1"), 1, parsed).essayId;
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
        return library.addAnnotation(annotation);
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
        const qint64 tech = library.createTag(technology);
        const qint64 chips = library.createTag(named(QStringLiteral("chips"), tech));
        const QList<Tag> tags = library.tags();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0].name, QStringLiteral("chips"));
        QCOMPARE(tags[0].parentId, tech);
        QCOMPARE(tags[1].name, QStringLiteral("technology"));
        QCOMPARE(tags[1].color, QStringLiteral("#1a73e8"));
        QCOMPARE(tags[1].description, QStringLiteral("anything technical"));
        QCOMPARE(library.tagNamed(QStringLiteral("CHIPS"))->id, chips);

        // Renaming onto another name (any case) is refused; a case change is not.
        Tag rename = *library.tag(chips);
        rename.name = QStringLiteral("Technology");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.updateTag(rename));
        rename.name = QStringLiteral("Chips");
        library.updateTag(rename);
        QCOMPARE(library.tag(chips)->name, QStringLiteral("Chips"));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.createTag(named(QStringLiteral("CHIPS"))));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.createTag(named(QStringLiteral("  "))));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.createTag(named(QStringLiteral("x"), 999)));
        Tag badColour = named(QStringLiteral("y"));
        badColour.color = QStringLiteral("red");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.createTag(badColour));

        // No cycles: technology cannot go under its own child.
        Tag cycle = *library.tag(tech);
        cycle.parentId = chips;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.updateTag(cycle));
        cycle.parentId = tech;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.updateTag(cycle));
        QCOMPARE(library.tags().size(), 2);
        QCOMPARE(library.tag(tech)->parentId, 0);
    }

    void renameShowsOnAnnotations()
    {
        Library library(m_dir.filePath(QStringLiteral("rename.sqlite")));
        const qint64 essay = store(library);
        const qint64 id = annotate(library, essay, 0, {QStringLiteral("chip")});
        Tag tag = *library.tagNamed(QStringLiteral("chip"));
        QCOMPARE(tag.usage, 1);
        tag.name = QStringLiteral("semiconductors");
        library.updateTag(tag);
        QCOMPARE(library.annotation(id)->tags, QStringList{QStringLiteral("semiconductors")});
    }

    void mergeMovesAnnotationsAndChildren()
    {
        Library library(m_dir.filePath(QStringLiteral("merge.sqlite")));
        const qint64 essay = store(library);
        const qint64 onlyA = annotate(library, essay, 0, {QStringLiteral("chip")});
        const qint64 both = annotate(library, essay, 1, {QStringLiteral("chip"), QStringLiteral("chips")});
        const qint64 onlyB = annotate(library, essay, 1, {QStringLiteral("chips")});
        const qint64 other = annotate(library, essay, 0, {QStringLiteral("power")});
        const qint64 a = library.tagNamed(QStringLiteral("chip"))->id;
        const qint64 b = library.tagNamed(QStringLiteral("chips"))->id;
        const qint64 child = library.createTag(named(QStringLiteral("memory"), a));

        QCOMPARE(library.mergeTags(a, b), 2);
        QVERIFY(!library.tag(a));
        QCOMPARE(library.tag(b)->usage, 3);
        QCOMPARE(library.tag(child)->parentId, b);
        QCOMPARE(library.annotation(onlyA)->tags, QStringList{QStringLiteral("chips")});
        QCOMPARE(library.annotation(both)->tags, QStringList{QStringLiteral("chips")});
        QCOMPARE(library.annotation(onlyB)->tags, QStringList{QStringLiteral("chips")});
        QCOMPARE(library.annotation(other)->tags, QStringList{QStringLiteral("power")});
        QCOMPARE(library.annotations().size(), 4);
        QCOMPARE(library.annotation(onlyA)->note, QStringLiteral("note 0"));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.mergeTags(b, b));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.mergeTags(a, b));
    }

    // Merging a tag into its own child: the child takes the parent's place.
    void mergeIntoDescendantKeepsTreeSound()
    {
        Library library(m_dir.filePath(QStringLiteral("merge-tree.sqlite")));
        const qint64 root = library.createTag(named(QStringLiteral("root")));
        const qint64 from = library.createTag(named(QStringLiteral("from"), root));
        const qint64 middle = library.createTag(named(QStringLiteral("middle"), from));
        const qint64 into = library.createTag(named(QStringLiteral("into"), middle));
        library.mergeTags(from, into);
        QCOMPARE(library.tag(into)->parentId, root);
        QCOMPARE(library.tag(middle)->parentId, into);
        QCOMPARE(library.tags().size(), 3);
    }

    void deleteFollowsThePolicy()
    {
        Library library(m_dir.filePath(QStringLiteral("delete.sqlite")));
        const qint64 essay = store(library);
        const qint64 tagged = annotate(library, essay, 0, {QStringLiteral("power"), QStringLiteral("US")});
        const qint64 power = library.tagNamed(QStringLiteral("power"))->id;
        const qint64 parent = library.createTag(named(QStringLiteral("politics")));
        Tag moved = *library.tag(power);
        moved.parentId = parent;
        library.updateTag(moved);
        const qint64 child = library.createTag(named(QStringLiteral("soft power"), power));
        const Annotation before = *library.annotation(tagged);

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.deleteTag(power, TagDeletion::RefuseWhenUsed));
        QVERIFY(library.tag(power));
        QCOMPARE(*library.annotation(tagged), before);

        QCOMPARE(library.deleteTag(power, TagDeletion::RemoveFromAnnotations), 1);
        QVERIFY(!library.tag(power));
        QCOMPARE(library.tag(child)->parentId, parent); // moved up, not orphaned
        const Annotation after = *library.annotation(tagged);
        QCOMPARE(after.tags, QStringList{QStringLiteral("US")});
        QCOMPARE(after.note, before.note);
        QCOMPARE(after.anchor, before.anchor);

        // An unused tag goes under either policy.
        QCOMPARE(library.deleteTag(child, TagDeletion::RefuseWhenUsed), 0);
        QVERIFY(!library.tag(child));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.deleteTag(child, TagDeletion::RemoveFromAnnotations));
        QCOMPARE(library.annotations().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTagCodebook)
#include "tst_tagcodebook.moc"
