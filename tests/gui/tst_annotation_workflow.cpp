#include "CodePoints.h"
#include "EssayParser.h"
#include "Library.h"
#include "annotate/AnnotationEditor.h"
#include "annotate/AnnotationPanel.h"
#include "annotate/AnnotationWorkspace.h"
#include "annotate/ClaimsModel.h"
#include "annotate/ClaimsView.h"
#include "annotate/EssayAnnotationLayer.h"
#include "annotate/NeedsReviewView.h"
#include "annotate/SelectionToolBar.h"
#include "reader/EssayHtml.h"
#include "reader/EssayPositionMap.h"
#include "reader/EssayView.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace duizhao;

// The annotation workflow in the reader, offscreen: select text, mark it as a claim,
// find it in the side panel and the claims window, undo and redo it, and find an
// orphaned annotation in the needs-review list and re-attach it.
class TestAnnotationWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Written for this test. The third English line has a leading space, a double
    // space, a no-break space and a character outside the BMP, so page offsets and
    // original code points differ.
    static QString essayText()
    {
        return QStringLiteral(
            "Chips and Power.\n"
            "\u6676\u7247\u8207\u6b0a\u529b\u3002\n"
            "Washington restricted exports of advanced chips in 2022.\n"
            "\u83ef\u76db\u9813\u57282022\u5e74\u9650\u5236\u4e86\u5148\u9032\u6676\u7247"
            "\u7684\u51fa\u53e3\u3002\n"
            " Analysts\u00a0expect  the \U0002000B rules to slow new labs by two years.\n"
            "\u5206\u6790\u4eba\u58eb\u9810\u8a08\u9019\u4e9b\u898f\u5247\u5c07\u4f7f"
            "\u5be6\u9a57\u5ba4\u653e\u7de9\u5169\u5e74\u3002\n");
    }

    static qint64 storeEssay(const QString &libraryPath, const QString &text, const QString &hash)
    {
        Library library(libraryPath);
        ParsedEssay parsed = EssayParser().parseText(text);
        parsed.encoding = QStringLiteral("UTF-8");
        return library.writer()
            .store(QStringLiteral("/test/chips-and-power.txt"), hash, text.size(), parsed)
            .essayId;
    }

    static int blockContaining(const Essay &essay, const QString &text)
    {
        for (const Block &block : essay.blocks) {
            if (block.text.contains(text))
                return block.index;
        }
        return -1;
    }

    // Selects the first occurrence of `text` on the page.
    static bool select(EssayView *view, const QString &text)
    {
        const QTextCursor found = view->browser()->document()->find(text);
        if (found.isNull())
            return false;
        view->browser()->setTextCursor(found);
        return true;
    }

    static AnnotationEditor *openEditor(MainWindow &window)
    {
        AnnotationEditor *editor = nullptr;
        const auto found = window.findChildren<AnnotationEditor *>();
        for (AnnotationEditor *candidate : found) {
            if (candidate->isVisible())
                editor = candidate;
        }
        return editor;
    }

    static bool hasHighlight(QTextDocument *document, int position)
    {
        QTextCursor cursor(document);
        cursor.setPosition(position + 1); // the format of the character before the cursor
        return cursor.charFormat().background().style() != Qt::NoBrush;
    }

private slots:
    // Undo/redo and the reader's edits share one Edit menu.
    void oneEditMenu()
    {
        MainWindow window;
        QList<QMenu *> editMenus;
        for (QAction *entry : window.menuBar()->actions()) {
            if (entry->menu() && entry->text() == QStringLiteral("&Edit"))
                editMenus << entry->menu();
        }
        QCOMPARE(editMenus.size(), 1);
        const QList<QAction *> actions = editMenus.front()->actions();
        QCOMPARE(actions.value(0)->objectName(), QStringLiteral("undoAction"));
        QCOMPARE(actions.value(1)->objectName(), QStringLiteral("redoAction"));
        QVERIFY(actions.contains(window.essayView()->findAction()));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Page positions and original code points: every shown block is on the page, and a
    // selection after collapsed spaces and a surrogate pair maps to the exact quote.
    void positionMapFollowsOriginalText()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.sqlite"));
        const qint64 id = storeEssay(path, essayText(), QStringLiteral("1"));
        Library library(path);
        const Essay essay = *library.essays().find(id);

        EssayView view;
        view.setEssay(essay);
        const EssayPositionMap map(*view.browser()->document(), essay);
        for (const Block &block : essay.blocks)
            QVERIFY2(map.hasBlock(block.index), qPrintable(block.text));

        QVERIFY(select(&view, QStringLiteral("rules to slow")));
        const QTextCursor cursor = view.browser()->textCursor();
        const auto span = map.toBlockSpan(cursor.selectionStart(), cursor.selectionEnd());
        QVERIFY(span);
        const QString &original = essay.blocks[span->block].text;
        QVERIFY(original.startsWith(u' '));
        const int expectedStart =
            int(utf16OffsetToCodePoint(original, original.indexOf(QStringLiteral("rules"))));
        QCOMPARE(span->start, expectedStart);
        QCOMPARE(span->end, expectedStart + 13);
        const auto back = map.toPage(*span);
        QVERIFY(back);
        QCOMPARE(back->first, cursor.selectionStart());
        QCOMPARE(back->second, cursor.selectionEnd());

        // Raw view: text shown exactly, anchors too.
        view.setRawView(true);
        const EssayPositionMap raw(*view.browser()->document(), essay);
        QVERIFY(raw.hasBlock(span->block));
        QVERIFY(raw.toPage(*span));

        QCOMPARE(EssayPositionMap::align(u"a b", u" a  b "), (QList<int>{1, 2, 4}));
        QVERIFY(EssayPositionMap::align(u"\u6676\u7247", u"\u82af\u7247")
                    .isEmpty()); // converted: not annotatable
    }

    // Real scraped text (no-break spaces, full-width punctuation, residue): every
    // paragraph, heading, caption and title the clean view shows maps back to its
    // block, and in the raw view every block does.
    void positionMapOnTheCorpus_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(QStringLiteral(DUIZHAO_CORPUS_DIR)).entryList({QStringLiteral("*.txt")});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QStringLiteral(DUIZHAO_CORPUS_DIR "/") + file;
    }

    void positionMapOnTheCorpus()
    {
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<ParsedEssay> parsed = EssayParser().parse(input.readAll(), &error);
        QVERIFY2(parsed, qPrintable(error));
        Essay essay;
        essay.id = 1;
        essay.blocks = parsed->blocks;
        essay.pairs = parsed->pairs;
        essay.languages = parsed->languages;
        essay.script = parsed->script;

        EssayView view;
        view.setEssay(essay);
        const EssayPositionMap clean(*view.browser()->document(), essay);
        int mapped = 0;
        for (const Block &block : essay.blocks) {
            const bool text = block.kind == BlockKind::Paragraph ||
                              block.kind == BlockKind::Heading ||
                              block.kind == BlockKind::Caption || block.kind == BlockKind::Title;
            if (!text)
                continue;
            QVERIFY2(clean.hasBlock(block.index),
                     qPrintable(QStringLiteral("block %1").arg(block.index)));
            const int length = int(codePointCount(block.text));
            const auto span = clean.toPage({block.index, 0, length});
            QVERIFY(span);
            QVERIFY(span->second > span->first);
            ++mapped;
        }
        QVERIFY(mapped > 10);

        view.setRawView(true);
        const EssayPositionMap raw(*view.browser()->document(), essay);
        for (const Block &block : essay.blocks) {
            if (!block.text.trimmed().isEmpty())
                QVERIFY2(raw.hasBlock(block.index),
                         qPrintable(QStringLiteral("raw block %1").arg(block.index)));
        }
    }

    void claimFromSelectionUndoRedo()
    {
        const QString path = m_dir.filePath(QStringLiteral("workflow.sqlite"));
        const qint64 essayId = storeEssay(path, essayText(), QStringLiteral("1"));
        MainWindow window;
        QVERIFY(window.setLibraryPath(path));
        QVERIFY(window.openEssay(essayId));
        window.show();
        AnnotationWorkspace *workspace = window.annotations();
        EssayView *view = window.essayView();

        // Select Chinese text in the reader and mark it as a claim.
        const QString quote = QStringLiteral("\u9650\u5236\u4e86\u5148\u9032\u6676\u7247");
        QVERIFY(select(view, quote));
        QVERIFY(workspace->claimAction()->isEnabled());
        workspace->claimAction()->trigger();
        AnnotationEditor *editor = openEditor(window);
        QVERIFY(editor);
        QVERIFY(editor->claimCheck()->isChecked());
        editor->tagsEdit()->setText(QStringLiteral("export controls, chips"));
        editor->claimTypeCombo()->setCurrentText(QStringLiteral("statistic"));
        editor->verdictCombo()->setCurrentText(QStringLiteral("disputed"));
        editor->noteEdit()->setPlainText(QStringLiteral("Which **month**?"));
        editor->accept();

        Library library(path);
        QList<Annotation> stored = library.annotations().ofEssay(essayId);
        QCOMPARE(stored.size(), 1);
        const Annotation claim = stored.front();
        const Essay essay = *library.essays().find(essayId);
        QCOMPARE(claim.anchor.block, blockContaining(essay, quote));
        QCOMPARE(claim.anchor.quote, quote);
        QCOMPARE(claim.anchor.start, int(essay.blocks[claim.anchor.block].text.indexOf(quote)));
        QCOMPARE(claim.claimType, QStringLiteral("statistic"));
        QCOMPARE(claim.verdict, QStringLiteral("disputed"));
        QCOMPARE(claim.tags,
                 (QStringList{QStringLiteral("chips"), QStringLiteral("export controls")}));
        QCOMPARE(claim.counterpartBlock,
                 blockContaining(essay, QStringLiteral("restricted exports")));

        // In the text (drawn in its colour), in the side panel, in the claims window.
        const auto span = workspace->layer()->pageSpan(claim.id);
        QVERIFY(span);
        QVERIFY(hasHighlight(view->browser()->document(), span->first));
        QCOMPARE(workspace->layer()->annotationAt(span->first + 1), claim.id);
        QCOMPARE(workspace->layer()->annotationAt(0), 0);

        // Clicking the highlight selects it in the side panel.
        QTextBrowser *browser = view->browser();
        QTextCursor inside(browser->document());
        inside.setPosition(span->first + 2);
        browser->setTextCursor(QTextCursor(browser->document())); // no selection
        workspace->panel()->list()->setCurrentItem(nullptr);
        QCOMPARE(workspace->panel()->currentAnnotationId(), 0);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                          browser->cursorRect(inside).center());
        QCOMPARE(workspace->panel()->currentAnnotationId(), claim.id);
        QVERIFY(EssayAnnotationLayer::toolTipFor(claim).contains(
                    QStringLiteral("<strong>month</strong>")) ||
                EssayAnnotationLayer::toolTipFor(claim).contains(QStringLiteral("font-weight")));
        QCOMPARE(workspace->panel()->shownIds(), QList<qint64>{claim.id});
        workspace->panel()->setFilter(QStringLiteral("verdict:supported"));
        QVERIFY(workspace->panel()->shownIds().isEmpty());
        workspace->panel()->setFilter(QStringLiteral("tag:chips"));
        QCOMPARE(workspace->panel()->shownIds(), QList<qint64>{claim.id});
        workspace->panel()->setFilter(QStringLiteral("all"));
        workspace->showClaims();
        ClaimsView *claims = workspace->claimsView();
        QVERIFY(claims->isVisible());
        QCOMPARE(claims->table()->model()->rowCount(), 1);
        const QModelIndex quoteCell = claims->table()->model()->index(0, ClaimsModel::Quote);
        QCOMPARE(quoteCell.data().toString(), quote);
        QCOMPARE(claims->table()->model()->index(0, ClaimsModel::Counterpart).data().toString(),
                 essay.blocks[claim.counterpartBlock].text);

        // Undo removes it everywhere; redo brings the same annotation back.
        QUndoStack *stack = workspace->undoStack();
        QVERIFY(stack->canUndo());
        stack->undo();
        QVERIFY(library.annotations().ofEssay(essayId).isEmpty());
        QVERIFY(workspace->panel()->shownIds().isEmpty());
        QCOMPARE(claims->table()->model()->rowCount(), 0);
        QVERIFY(!hasHighlight(view->browser()->document(), span->first));
        stack->redo();
        QCOMPARE(library.annotations().ofEssay(essayId), QList<Annotation>{claim});
        QCOMPARE(workspace->panel()->shownIds(), QList<qint64>{claim.id});
        QCOMPARE(claims->table()->model()->rowCount(), 1);
        QVERIFY(hasHighlight(view->browser()->document(), span->first));

        // Edited in place in the claims window, undoably.
        const QModelIndex verdictCell = claims->table()->model()->index(0, ClaimsModel::Verdict);
        QVERIFY(claims->table()->model()->setData(verdictCell, QStringLiteral("supported")));
        QTRY_COMPARE(library.annotations().find(claim.id)->verdict, QStringLiteral("supported"));
        // (the model was reloaded: indexes from before are stale)
        QVERIFY(!claims->table()->model()->setData(
            claims->table()->model()->index(0, ClaimsModel::Verdict), QStringLiteral("maybe")));
        claims->filterEdit()->setText(QStringLiteral("no such text"));
        QCOMPARE(claims->table()->model()->rowCount(), 0);
        claims->filterEdit()->clear();
        claims->verdictFilter()->setCurrentIndex(
            claims->verdictFilter()->findData(QStringLiteral("supported")));
        QCOMPARE(claims->table()->model()->rowCount(), 1);
        stack->undo();
        QCOMPARE(library.annotations().find(claim.id)->verdict, QStringLiteral("disputed"));
        QCOMPARE(claims->table()->model()->rowCount(), 0); // filtered: supported only
        claims->verdictFilter()->setCurrentIndex(0);

        // Double-click opens the essay at the claim.
        view->browser()->moveCursor(QTextCursor::Start);
        emit claims->table()->doubleClicked(claims->table()->model()->index(0, ClaimsModel::Essay));
        QCOMPARE(window.currentEssayId(), essayId);
        QCOMPARE(view->browser()->textCursor().selectedText(), quote);

        // The English counterpart: a selection in the paired paragraph.
        QVERIFY(select(view, QStringLiteral("restricted exports")));
        QVERIFY(workspace->setCounterpartFromSelection(claim.id));
        QCOMPARE(library.annotations().find(claim.id)->counterpartQuote,
                 QStringLiteral("restricted exports"));
        QCOMPARE(claims->table()->model()->index(0, ClaimsModel::Counterpart).data().toString(),
                 QStringLiteral("restricted exports"));
        QVERIFY(select(view, QStringLiteral("Chips and Power")));
        QVERIFY(!workspace->setCounterpartFromSelection(claim.id)); // not the paired paragraph
        stack->undo();
        QVERIFY(library.annotations().find(claim.id)->counterpartQuote.isEmpty());

        // Deleting from the text's context menu is undoable too. Right-click on the
        // highlight: one menu with the annotation's actions and the block's own
        // (re-classify), as the view builds it.
        QVERIFY(select(view, quote));
        QTextCursor onHighlight = view->browser()->textCursor();
        onHighlight.setPosition(onHighlight.selectionStart() + 1);
        emit view->browser()->customContextMenuRequested(
            view->browser()->cursorRect(onHighlight).center());
        QMenu *menu = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *candidate = qobject_cast<QMenu *>(widget);
                candidate && candidate->isVisible())
                menu = candidate;
        }
        QVERIFY(menu);
        QVERIFY(menu->findChild<QMenu *>(QStringLiteral("blockKindMenu")));
        QAction *deleteAction = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Delete Annotation"))
                deleteAction = action;
        }
        QVERIFY(deleteAction);
        menu->close();
        deleteAction->trigger();
        QVERIFY(!library.annotations().find(claim.id));
        stack->undo();
        QCOMPARE(library.annotations().find(claim.id)->note, claim.note);
    }

    // The bar over a selection: one click highlights in a colour; text that cannot be
    // annotated (the metadata line) gets no bar.
    void selectionToolBarHighlights()
    {
        const QString path = m_dir.filePath(QStringLiteral("bar.sqlite"));
        const qint64 essayId = storeEssay(path, essayText(), QStringLiteral("1"));
        MainWindow window;
        QVERIFY(window.setLibraryPath(path));
        QVERIFY(window.openEssay(essayId));
        window.show();
        AnnotationWorkspace *workspace = window.annotations();
        SelectionToolBar *bar = workspace->selectionToolBar();

        QVERIFY(select(window.essayView(), QStringLiteral("blocks:")));
        workspace->offerSelectionToolBar();
        QVERIFY(!bar->isVisible());

        QVERIFY(select(window.essayView(), QStringLiteral("advanced chips")));
        workspace->offerSelectionToolBar();
        QVERIFY(bar->isVisible());
        QToolButton *green = nullptr;
        for (QToolButton *button : bar->findChildren<QToolButton *>()) {
            if (button->toolTip().contains(QStringLiteral("Green")))
                green = button;
        }
        QVERIFY(green);
        green->click();
        QVERIFY(!bar->isVisible());
        Library library(path);
        const QList<Annotation> stored = library.annotations().ofEssay(essayId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.front().anchor.quote, QStringLiteral("advanced chips"));
        QCOMPARE(stored.front().color, AnnotationEditor::palette().at(1));
        QVERIFY(!stored.front().isClaim());

        window.essayView()->browser()->setTextCursor(
            QTextCursor(window.essayView()->browser()->document()));
        QVERIFY(!bar->isVisible());
    }

    void orphanInNeedsReviewAndReattach()
    {
        const QString path = m_dir.filePath(QStringLiteral("orphan.sqlite"));
        const qint64 essayId = storeEssay(path, essayText(), QStringLiteral("1"));
        qint64 orphanId = 0;
        {
            Library library(path);
            const Essay essay = *library.essays().find(essayId);
            Annotation annotation;
            annotation.essayId = essayId;
            annotation.anchor.block = blockContaining(essay, QStringLiteral("advanced chips"));
            const QString &text = essay.blocks[annotation.anchor.block].text;
            annotation.anchor.start = int(text.indexOf(QStringLiteral("advanced chips")));
            annotation.anchor.end = annotation.anchor.start + 14;
            annotation.note = QStringLiteral("Source?");
            orphanId = library.annotations().add(annotation);
        }
        // Re-import with that sentence rewritten: the annotation cannot be found.
        QString changed = essayText();
        changed.replace(QStringLiteral("Washington restricted exports of advanced chips in 2022."),
                        QStringLiteral("Washington limited what could be sold abroad in 2022."));
        storeEssay(path, changed, QStringLiteral("2"));

        MainWindow window;
        QVERIFY(window.setLibraryPath(path));
        QVERIFY(window.openEssay(essayId));
        AnnotationWorkspace *workspace = window.annotations();
        NeedsReviewView *review = workspace->needsReview();
        QCOMPARE(review->listedIds(), QList<qint64>{orphanId});
        QCOMPARE(review->list()->topLevelItem(0)->text(1), QStringLiteral("advanced chips"));
        QCOMPARE(review->list()->topLevelItem(0)->text(2), QStringLiteral("Source?"));
        QCOMPARE(workspace->panel()->shownIds(), QList<qint64>{orphanId}); // listed, marked
        QVERIFY(!workspace->layer()->pageSpan(orphanId));                  // but not drawn

        QVERIFY(select(window.essayView(), QStringLiteral("sold abroad")));
        review->selectAnnotation(orphanId);
        QVERIFY(workspace->reattachToSelection(orphanId));
        Library library(path);
        const Annotation reattached = *library.annotations().find(orphanId);
        QVERIFY(!reattached.orphaned);
        QCOMPARE(reattached.anchor.quote, QStringLiteral("sold abroad"));
        QCOMPARE(reattached.note, QStringLiteral("Source?"));
        QVERIFY(review->listedIds().isEmpty());
        QVERIFY(workspace->layer()->pageSpan(orphanId));

        workspace->undoStack()->undo();
        QVERIFY(library.annotations().find(orphanId)->orphaned);
        QCOMPARE(review->listedIds(), QList<qint64>{orphanId});
    }
};

QTEST_MAIN(TestAnnotationWorkflow)
#include "tst_annotation_workflow.moc"
