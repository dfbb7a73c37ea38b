#include "EssayParser.h"
#include "Library.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace duizhao;

// The user's corrections are kept apart from what parsing found and come back after
// the file is re-imported — even when the file changed around them.
class TestLibraryEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_hash = 0;

    EssayWriter::StoreResult store(Library &library, const char16_t *text)
    {
        ParsedEssay parsed = EssayParser().parseText(QString::fromUtf16(text));
        parsed.encoding = QStringLiteral("UTF-8");
        return library.writer().store(QStringLiteral("/essay.txt"), QString::number(++m_hash), 100,
                                      parsed);
    }

    static constexpr const char16_t *kBilingual =
        u"Chips and power.\n晶片與權力。\nChips matter.\n晶片很重要。\nTalent matters "
        u"more.\n人才更重要。\n";
    static constexpr const char16_t *kBilingualWithNewLine =
        u"A new first line was added by the outlet.\nChips and power.\n晶片與權力。\nChips "
        u"matter.\n"
        u"晶片很重要。\nTalent matters more.\n人才更重要。\n";

private slots:
    void metadataEditsSurviveReimport()
    {
        Library library(m_dir.filePath(QStringLiteral("meta.sqlite")));
        const qint64 id = store(library, u"原来的标题\n\n正文第一段。\n").essayId;
        library.corrections().setMetadata(id, MetadataField::Title,
                                          QStringLiteral("Corrected title"));
        library.corrections().setMetadata(id, MetadataField::Author, QString::fromUtf16(u"王小明"));
        QCOMPARE(library.essays().find(id)->title, QStringLiteral("Corrected title"));
        QCOMPARE(library.essays().find(id)->editedFields,
                 (QStringList{QStringLiteral("author"), QStringLiteral("title")}));

        const auto updated = store(library, u"新的标题\n\n正文第一段改了。\n");
        QCOMPARE(updated.status, EssayWriter::StoreStatus::Updated);
        const Essay after = *library.essays().find(id);
        QCOMPARE(after.title, QStringLiteral("Corrected title"));
        QCOMPARE(after.author, QString::fromUtf16(u"王小明"));

        library.corrections().setMetadata(id, MetadataField::Title, std::nullopt);
        QCOMPARE(library.essays().find(id)->title, QString::fromUtf16(u"新的标题"));
        QCOMPARE(library.essays().all().front().author, QString::fromUtf16(u"王小明"));
    }

    void usersKindWinsOverThePairersCaption()
    {
        // An untranslated short Chinese line in a bilingual essay: the pairer makes it a
        // caption; the user says it is a paragraph, and that stays so.
        Library library(m_dir.filePath(QStringLiteral("caption.sqlite")));
        const char16_t *text = u"Chips and power.\n晶片與權力。\nChips matter.\n晶片很重要。\n"
                               u"一座工廠。\nTalent matters more.\n人才更重要。\n";
        const qint64 id = store(library, text).essayId;
        const Essay before = *library.essays().find(id);
        QCOMPARE(before.blocks[4].kind, BlockKind::Caption);
        library.corrections().setBlockKind(id, 4, BlockKind::Paragraph);
        QCOMPARE(library.essays().find(id)->blocks[4].kind, BlockKind::Paragraph);
        QCOMPARE(library.essays().find(id)->pairCount, before.pairCount);
        store(library, text);
        QCOMPARE(library.essays().find(id)->blocks[4].kind, BlockKind::Paragraph);
    }

    void reclassificationSurvivesReimport()
    {
        Library library(m_dir.filePath(QStringLiteral("kind.sqlite")));
        const qint64 id = store(library, u"标题\n\n第一段。\n相关文章\n第二段。\n").essayId;
        const Essay before = *library.essays().find(id);
        QCOMPARE(before.blocks[2].kind, BlockKind::Footer);
        library.corrections().setBlockKind(id, 2, BlockKind::Paragraph); // "this is not a footer"
        QCOMPARE(library.essays().find(id)->blocks[2].kind, BlockKind::Paragraph);

        // The block moved down a line; the correction follows its text.
        store(library, u"标题\n\n新加的一段。\n第一段。\n相关文章\n第二段。\n");
        const Essay after = *library.essays().find(id);
        QCOMPARE(after.blocks[3].text, QString::fromUtf16(u"相关文章"));
        QCOMPARE(after.blocks[3].kind, BlockKind::Paragraph);
    }

    void alignmentEditsSurviveReimport()
    {
        Library library(m_dir.filePath(QStringLiteral("align.sqlite")));
        const qint64 id = store(library, kBilingual).essayId;
        QCOMPARE(library.essays().find(id)->pairs.size(), 3);
        // The user merges the last two rows.
        const QList<Pair> corrected{Pair{{0}, {1}}, Pair{{2, 4}, {3, 5}}};
        library.corrections().setAlignment(id, corrected);
        QCOMPARE(library.essays().find(id)->pairs, corrected);
        QVERIFY(library.essays().find(id)->alignmentEdited);

        store(library, kBilingualWithNewLine);
        const Essay after = *library.essays().find(id);
        QCOMPARE(after.pairs, (QList<Pair>{Pair{{1}, {2}}, Pair{{3, 5}, {4, 6}}}));

        library.corrections().resetAlignment(id);
        QCOMPARE(library.essays().find(id)->pairs.size(), 3);
        QVERIFY(!library.essays().find(id)->alignmentEdited);
    }

    void alignmentOfVanishedBlocksFallsBackToAutomatic()
    {
        Library library(m_dir.filePath(QStringLiteral("vanished.sqlite")));
        const qint64 id = store(library, kBilingual).essayId;
        library.corrections().setAlignment(id, {Pair{{0, 2}, {1, 3}}});
        store(library,
              u"Chips and power.\n晶片與權力。\nSomething else entirely.\n完全不同的一段。\n");
        const Essay after = *library.essays().find(id);
        QCOMPARE(after.pairs, (QList<Pair>{Pair{{0}, {1}}, Pair{{2}, {3}}}));
        QVERIFY(after.alignmentEdited); // kept, for the user to review
    }

    void invalidEditsWriteNothing()
    {
        Library library(m_dir.filePath(QStringLiteral("invalid.sqlite")));
        const qint64 id = store(library, kBilingual).essayId;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.corrections().setAlignment(id, {Pair{{0}, {99}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, library.corrections().setAlignment(
                                                            id, {Pair{{0}, {1}}, Pair{{0}, {3}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 library.corrections().setBlockKind(id, 42, BlockKind::Ad));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            library.corrections().setMetadata(id + 1, MetadataField::Title, QStringLiteral("x")));
        QCOMPARE(library.essays().find(id)->pairs.size(), 3);
        QVERIFY(!library.essays().find(id)->alignmentEdited);
    }
};

QTEST_GUILESS_MAIN(TestLibraryEdits)
#include "tst_libraryedits.moc"
