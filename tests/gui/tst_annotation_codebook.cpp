#include "EssayParser.h"
#include "Library.h"
#include "annotate/AnnotationPanel.h"
#include "annotate/AnnotationWorkspace.h"
#include "annotate/TagCodebookDialog.h"
#include "annotate/TagCompleter.h"
#include "reader/EssayView.h"
#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace duizhao;

// The tag codebook in the GUI: the dialog shows the tree with usage counts, merges and
// deletes through the library and the reader follows; tag completion in the editor
// completes the last of several tags.
class TestAnnotationCodebook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void completerCompletesTheLastTag()
    {
        QLineEdit edit;
        auto *completer =
            new TagCompleter({QStringLiteral("export controls"), QStringLiteral("chips")}, &edit);
        edit.setCompleter(completer);
        edit.setText(QStringLiteral("chips, exp"));
        QCOMPARE(completer->splitPath(edit.text()), QStringList{QStringLiteral("exp")});
        completer->setCompletionPrefix(QStringLiteral("exp"));
        QCOMPARE(completer->completionCount(), 1);
        const QModelIndex match = completer->completionModel()->index(0, 0);
        QCOMPARE(completer->pathFromIndex(match), QStringLiteral("chips, export controls"));
        QCOMPARE(TagCompleter::parseTags(QStringLiteral(" a, b ,, A, c ")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void dialogMergesAndDeletes()
    {
        const QString path = m_dir.filePath(QStringLiteral("codebook.sqlite"));
        qint64 essayId = 0;
        qint64 annotationId = 0;
        {
            Library library(path);
            ParsedEssay parsed = EssayParser().parseText(
                QStringLiteral("Chips and power.\nWashington restricts chip exports.\n"));
            parsed.encoding = QStringLiteral("UTF-8");
            essayId = library.writer()
                          .store(QStringLiteral("/t/chips.txt"), QStringLiteral("1"), 1, parsed)
                          .essayId;
            Annotation annotation;
            annotation.essayId = essayId;
            annotation.anchor = Anchor{1, 11, 20, {}, {}, {}};
            annotation.tags = {QStringLiteral("chip"), QStringLiteral("trade")};
            annotationId = library.annotations().add(annotation);
            Tag chips;
            chips.name = QStringLiteral("chips");
            chips.parentId = library.tags().named(QStringLiteral("trade"))->id;
            library.tags().create(chips);
        }
        MainWindow window;
        QVERIFY(window.setLibraryPath(path));
        QVERIFY(window.openEssay(essayId));
        AnnotationWorkspace *workspace = window.annotations();
        QVERIFY(workspace->panel()->filterCombo()->findData(QStringLiteral("tag:chip")) >= 0);

        // An undoable change first: editing the codebook clears the stack.
        Annotation changed = *Library(path).annotations().find(annotationId);
        changed.note = QStringLiteral("n");
        QVERIFY(workspace->change(changed));
        QVERIFY(workspace->undoStack()->canUndo());

        Library library(path);
        TagCodebookDialog dialog(&library);
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 2); // chip, trade (chips is under trade)
        const QList<QTreeWidgetItem *> trade =
            tree->findItems(QStringLiteral("trade"), Qt::MatchExactly);
        QCOMPARE(trade.size(), 1);
        QCOMPARE(trade.front()->childCount(), 1);
        QCOMPARE(trade.front()->child(0)->text(0), QStringLiteral("chips"));
        QCOMPARE(trade.front()->text(1), QStringLiteral("1"));

        QObject::connect(&dialog, &TagCodebookDialog::codebookChanged, workspace,
                         [workspace] { workspace->reload(); });
        QVERIFY(dialog.mergeTags(library.tags().named(QStringLiteral("chip"))->id,
                                 library.tags().named(QStringLiteral("chips"))->id));
        QCOMPARE(library.annotations().find(annotationId)->tags,
                 (QStringList{QStringLiteral("chips"), QStringLiteral("trade")}));
        QVERIFY(!workspace->undoStack()->canUndo());
        QVERIFY(workspace->panel()->filterCombo()->findData(QStringLiteral("tag:chip")) < 0);
        QVERIFY(workspace->panel()->filterCombo()->findData(QStringLiteral("tag:chips")) >= 0);

        // In use: refused, then removed from the annotation, which stays.
        const qint64 tradeId = library.tags().named(QStringLiteral("trade"))->id;
        QVERIFY(!dialog.deleteTag(tradeId, TagDeletion::RefuseWhenUsed));
        QVERIFY(library.tags().find(tradeId));
        QVERIFY(dialog.deleteTag(tradeId, TagDeletion::RemoveFromAnnotations));
        QCOMPARE(library.annotations().find(annotationId)->tags,
                 QStringList{QStringLiteral("chips")});
        QCOMPARE(dialog.tree()->topLevelItemCount(), 1); // chips moved up to the top
        QCOMPARE(library.annotations().ofEssay(essayId).size(), 1);
    }
};

QTEST_MAIN(TestAnnotationCodebook)
#include "tst_annotation_codebook.moc"
