#include "CorrectionEdit.h"
#include "DatabaseError.h"
#include "EssayParser.h"
#include "Library.h"
#include "LibraryDump.h"
#include "RuleEdit.h"
#include "TagEdit.h"

#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace duizhao;

// Undo and redo of every edit that is not an annotation edit (tst_annotationedit has
// those): each is applied, reverted, applied and reverted again, and the library must
// hold exactly what it held before (essays, blocks, pairs, annotations with their dates,
// tags, rules), and after a redo what the first apply made.
class TestLibraryUndo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    static constexpr const char16_t *kBilingual = u"Chips and power.\n晶片與權力。\nWashington "
                                                  u"restricts chip exports.\n華盛頓限制晶片出口。\n"
                                                  u"Volume 1024 notes\n";
    static constexpr const char16_t *kChinese =
        u"晶片與權力\n\n政府宣布補貼時,標題總是最大的數字。\n人才比廠房更重要。\n";
    static constexpr const char16_t *kEnglish =
        u"Chips and power\n\nWhen governments announce subsidies, the headline is always the "
        u"biggest number.\nTalent matters more than buildings.\n";

    qint64 store(Library &library, const char16_t *text)
    {
        ParsedEssay parsed = EssayParser().parseText(QString::fromUtf16(text));
        parsed.encoding = QStringLiteral("UTF-8");
        const QString file = QStringLiteral("/essay%1.txt").arg(++m_file);
        return library.writer().store(file, QString::number(m_file), 1, parsed).essayId;
    }

    static Annotation at(qint64 essay, int block, int start, int end, QStringList tags = {})
    {
        Annotation annotation;
        annotation.essayId = essay;
        annotation.anchor.block = block;
        annotation.anchor.start = start;
        annotation.anchor.end = end;
        annotation.tags = std::move(tags);
        return annotation;
    }

    // Apply, undo, redo, undo: before and after must come back exactly.
    static void roundTrip(Library &library, LibraryEdit &edit)
    {
        const QStringList before = libraryDump(library);
        edit.apply(library);
        QVERIFY(edit.isApplied());
        const QStringList after = libraryDump(library);
        QVERIFY2(after != before, "the edit changed nothing: the test would prove nothing");
        edit.revert(library);
        if (libraryDump(library) != before)
            qWarning().noquote() << before.join(u'\n') << "\n----\n"
                                 << after.join(u'\n') << "\n----\n"
                                 << libraryDump(library).join(u'\n');
        QCOMPARE(libraryDump(library), before);
        edit.apply(library);
        QCOMPARE(withoutDates(libraryDump(library)), withoutDates(after));
        edit.revert(library);
        QCOMPARE(libraryDump(library), before);
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }

    QString newLibrary() { return m_dir.filePath(QStringLiteral("u%1.sqlite").arg(++m_file)); }

private slots:
    void metadataComesBackOrGoes()
    {
        Library library(newLibrary());
        const qint64 id = store(library, kBilingual);
        // A field without a correction, and one with: the first goes, the second returns.
        library.corrections().setMetadata(id, MetadataField::Author, QStringLiteral("First"));
        std::unique_ptr<CorrectionEdit> edit =
            CorrectionEdit::metadata(id, {{MetadataField::Title, QStringLiteral("New title")},
                                          {MetadataField::Author, QStringLiteral("Second")}});
        roundTrip(library, *edit);
        QCOMPARE(library.corrections().metadataCorrection(id, MetadataField::Author),
                 std::optional<QString>(QStringLiteral("First")));
        QCOMPARE(library.corrections().metadataCorrection(id, MetadataField::Title),
                 std::optional<QString>());
        // Back to the parsed value is undoable too.
        std::unique_ptr<CorrectionEdit> reset =
            CorrectionEdit::metadata(id, {{MetadataField::Author, std::nullopt}});
        roundTrip(library, *reset);
    }

    void blockKindComesBack()
    {
        Library library(newLibrary());
        const qint64 id = store(library, kBilingual);
        const BlockKind parsed = library.essays().find(id)->blocks[2].kind;
        std::unique_ptr<CorrectionEdit> first = CorrectionEdit::blockKind(id, 2, BlockKind::Footer);
        roundTrip(library, *first);
        QCOMPARE(library.essays().find(id)->blocks[2].kind, parsed);
        QCOMPARE(library.corrections().blockKindCorrection(id, 2), std::optional<BlockKind>());
        // Over an earlier correction: undo gives that one back, not the parser's kind.
        library.corrections().setBlockKind(id, 2, BlockKind::Caption);
        std::unique_ptr<CorrectionEdit> second = CorrectionEdit::blockKind(id, 2, BlockKind::Ad);
        roundTrip(library, *second);
        QCOMPARE(library.corrections().blockKindCorrection(id, 2),
                 std::optional<BlockKind>(BlockKind::Caption));
    }

    void alignmentComesBack()
    {
        Library library(newLibrary());
        const qint64 id = store(library, kBilingual);
        const QList<Pair> automatic = library.essays().find(id)->pairs;
        QVERIFY(automatic.size() >= 2);
        QList<Pair> merged = {Pair{{0, 2}, {1, 3}}};
        std::unique_ptr<CorrectionEdit> edit = CorrectionEdit::alignment(id, merged);
        roundTrip(library, *edit);
        QCOMPARE(library.essays().find(id)->pairs, automatic);
        QVERIFY(!library.essays().find(id)->alignmentEdited);
        // Reset to automatic, from a user alignment: undo gives the user's back.
        library.corrections().setAlignment(id, merged);
        std::unique_ptr<CorrectionEdit> reset = CorrectionEdit::alignment(id, std::nullopt);
        roundTrip(library, *reset);
        QVERIFY(library.essays().find(id)->alignmentEdited);
        QCOMPARE(library.essays().find(id)->pairs, merged);
    }

    void attachAndDetachComeBack()
    {
        Library library(newLibrary());
        const qint64 id = store(library, kChinese);
        const AttachedTranslation translation{QStringLiteral("/en.txt"), QStringLiteral("abc"),
                                              QString::fromUtf16(kEnglish)};
        std::unique_ptr<CorrectionEdit> attach = CorrectionEdit::attach(id, translation);
        roundTrip(library, *attach);
        QVERIFY(!library.corrections().translation(id));

        // Attached, with an annotation on the translation and a user alignment: detaching
        // orphans the annotation and drops the alignment; undo brings back the same
        // translation text, the alignment and the annotation as it was.
        library.corrections().attachTranslation(id, translation.file, translation.sha256,
                                                translation.text);
        const Essay joined = *library.essays().find(id);
        int englishBlock = -1;
        for (const Block &block : joined.blocks) {
            if (block.language == Language::English && block.text.startsWith(u"Talent"))
                englishBlock = block.index;
        }
        QVERIFY(englishBlock > 0);
        const qint64 annotation =
            library.annotations().add(at(id, englishBlock, 0, 6, {QStringLiteral("people")}));
        QList<Pair> pairs = joined.pairs;
        std::swap(pairs.first().chinese, pairs.last().chinese);
        library.corrections().setAlignment(id, pairs);

        std::unique_ptr<CorrectionEdit> detach = CorrectionEdit::detach(id);
        detach->apply(library);
        QVERIFY(library.annotations().find(annotation)->orphaned);
        detach->revert(library);
        QCOMPARE(library.corrections().translation(id)->text, translation.text);
        QCOMPARE(library.essays().find(id)->pairs, pairs);
        QVERIFY(!library.annotations().find(annotation)->orphaned);
        roundTrip(library, *detach);
    }

    void tagMergeAndDeleteRestoreTaggings()
    {
        Library library(newLibrary());
        const qint64 id = store(library, kBilingual);
        // chip (used twice, one of them also "trade"), trade, and chips under chip.
        library.annotations().add(at(id, 0, 0, 5, {QStringLiteral("chip")}));
        library.annotations().add(
            at(id, 2, 0, 10, {QStringLiteral("chip"), QStringLiteral("trade")}));
        library.annotations().add(at(id, 3, 0, 3, {QStringLiteral("trade")}));
        const qint64 chip = library.tags().named(QStringLiteral("chip"))->id;
        const qint64 trade = library.tags().named(QStringLiteral("trade"))->id;
        Tag chips;
        chips.name = QStringLiteral("chips");
        chips.parentId = chip;
        chips.color = QStringLiteral("#112233");
        const qint64 chipsId = library.tags().create(chips);
        Tag described = *library.tags().find(chip);
        described.description = QStringLiteral("semiconductors");
        described.color = QStringLiteral("#abcdef");
        library.tags().update(described);

        std::unique_ptr<TagEdit> merge = TagEdit::merge(chip, trade);
        roundTrip(library, *merge);
        QCOMPARE(library.tags().find(chipsId)->parentId, chip);
        QCOMPARE(library.tags().find(chip)->description, QStringLiteral("semiconductors"));

        // Merging into its own descendant lifts the descendant: undo puts it back.
        std::unique_ptr<TagEdit> intoChild = TagEdit::merge(chip, chipsId);
        roundTrip(library, *intoChild);

        std::unique_ptr<TagEdit> remove = TagEdit::remove(chip, TagDeletion::RemoveFromAnnotations);
        roundTrip(library, *remove);
        QCOMPARE(library.tags().find(chip)->usage, 2);

        // A refused delete is no edit: nothing applied, nothing to undo.
        std::unique_ptr<TagEdit> refused = TagEdit::remove(chip, TagDeletion::RefuseWhenUsed);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, refused->apply(library));
        QVERIFY(!refused->isApplied());
    }

    void tagCreateAndChange()
    {
        Library library(newLibrary());
        store(library, kBilingual);
        Tag tag;
        tag.name = QStringLiteral("policy");
        std::unique_ptr<TagEdit> create = TagEdit::create(tag);
        roundTrip(library, *create);
        QVERIFY(!library.tags().named(QStringLiteral("policy")));

        const qint64 id = library.tags().create(tag);
        Tag renamed = *library.tags().find(id);
        renamed.name = QStringLiteral("Policy tools");
        renamed.color = QStringLiteral("#00ff00");
        std::unique_ptr<TagEdit> change = TagEdit::change(renamed);
        roundTrip(library, *change);
        QCOMPARE(library.tags().find(id)->name, QStringLiteral("policy"));
    }

    void rulesTeachChangeForget()
    {
        Library library(newLibrary());
        const qint64 id = store(library, kBilingual);
        store(library, kBilingual);
        StructureRule rule;
        rule.text = QStringLiteral("Volume 7 notes");
        rule.match = StructureRule::Match::Digits;
        rule.kind = BlockKind::Footer;
        std::unique_ptr<RuleEdit> teach = RuleEdit::teach(rule);
        roundTrip(library, *teach);
        QVERIFY(library.rules().all().isEmpty());
        QCOMPARE(library.essays().find(id)->blocks[4].kind, BlockKind::Paragraph);

        // Teaching the same line again changes the kind of the rule there: undo gives the
        // old kind back and keeps the rule.
        teach->apply(library);
        QCOMPARE(library.essays().find(id)->blocks[4].kind, BlockKind::Footer);
        StructureRule again = rule;
        again.kind = BlockKind::Ad;
        std::unique_ptr<RuleEdit> retaught = RuleEdit::teach(again);
        roundTrip(library, *retaught);
        QCOMPARE(library.rules().all().size(), 1);
        QCOMPARE(library.rules().all().front().kind, BlockKind::Footer);

        StructureRule changed = library.rules().all().front();
        changed.kind = BlockKind::Caption;
        std::unique_ptr<RuleEdit> change = RuleEdit::change(changed);
        roundTrip(library, *change);

        std::unique_ptr<RuleEdit> forget = RuleEdit::forget(changed.id);
        roundTrip(library, *forget);
        QCOMPARE(library.rules().all().front().id, changed.id); // same id after the undo
        QCOMPARE(library.essays().find(id)->blocks[4].kind, BlockKind::Footer);
    }

    void readOnlyRefusesEdits()
    {
        const QString path = newLibrary();
        qint64 id = 0;
        {
            Library library(path);
            id = store(library, kBilingual);
        }
        DatabaseOptions options;
        options.readOnly = true;
        Library library(path, options);
        QVERIFY(library.isReadOnly());
        std::unique_ptr<CorrectionEdit> edit =
            CorrectionEdit::metadata(id, {{MetadataField::Title, QStringLiteral("x")}});
        try {
            edit->apply(library);
            QFAIL("a read-only library took an edit");
        } catch (const DatabaseError &error) {
            QVERIFY(error.isReadOnly());
            QVERIFY2(error.message().contains(u"read-only"), qPrintable(error.message()));
        }
        // SQLite itself refuses a write that goes round the check.
        try {
            library.corrections().setMetadata(id, MetadataField::Title, QStringLiteral("x"));
            QFAIL("a read-only connection wrote");
        } catch (const DatabaseError &error) {
            QVERIFY(error.isReadOnly());
            QVERIFY2(error.message().contains(u"read-only"), qPrintable(error.message()));
        }
        QCOMPARE(library.essays().find(id)->title, QStringLiteral("Chips and power."));
    }
};

QTEST_GUILESS_MAIN(TestLibraryUndo)
#include "tst_libraryundo.moc"
