#include "ReaderContextMenu.h"
#include "ReaderTestLibrary.h"
#include "library/LibraryModel.h"
#include "library/MetadataDialog.h"
#include "reader/EssayView.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>

using namespace duizhao;

// Corrections made in the window: metadata through the dialog, a block's kind through
// its context menu. Both are stored and survive re-importing the changed file.
class TestReaderEdit : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    std::unique_ptr<MainWindow> m_window;
    QString m_file;
    qint64 m_id = 0;

    // A bilingual essay written by the test, with an ad line between two pairs.
    static QByteArray essayText(const QByteArray &extra = {})
    {
        return QStringLiteral(
                   "Export controls and their limits.\n"
                   "\u51fa\u53e3\u7ba1\u5236\u53ca\u5176\u754c\u9650\u3002\n"
                   "Controls work best when allies agree.\n"
                   "\u7576\u76df\u53cb\u4e00\u81f4\u6642,\u7ba1\u5236\u6700\u6709\u6548\u3002\n"
                   "\u5ee3\u544a\n"
                   "They fail when firms can buy elsewhere.\n"
                   "\u7576\u4f01\u696d\u53ef\u4ee5\u5225\u8655\u8cfc\u8cb7\u6642,"
                   "\u7ba1\u5236\u5c31\u5931\u6548\u3002\n")
                   .toUtf8() +
               extra;
    }

    bool reimport()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        if (!m_window->importPaths({m_file}, MainWindow::ImportFeedback::Quiet))
            return false;
        return finished.wait(20000);
    }

    QString titleInTable() const
    {
        const int row = m_window->libraryModel()->rowOfEssay(m_id);
        return m_window->libraryModel()->index(row, LibraryModel::Title).data().toString();
    }

    QAction *contextAction(int blockIndex, const QString &name)
    {
        return readerContextAction(m_window->essayView(), blockIndex, name);
    }

private slots:
    void initTestCase()
    {
        m_file = m_library.writeFile(QStringLiteral("essays/controls.txt"), essayText());
        m_id = m_library.import({m_file}).value(QStringLiteral("controls.txt"));
        QVERIFY(m_id > 0);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openEssay(m_id));
    }

    void metadataEditSurvivesReimport()
    {
        QVERIFY(m_window->editMetadataAction()->isEnabled());
        m_window->editMetadataAction()->trigger();
        auto *dialog = m_window->findChild<MetadataDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->edit(MetadataField::Title)->text(),
                 QStringLiteral("Export controls and their limits."));
        dialog->edit(MetadataField::Title)->setText(QStringLiteral("Where controls end"));
        dialog->edit(MetadataField::Author)->setText(QStringLiteral("Shen Yizhou"));
        dialog->edit(MetadataField::Date)->setText(QStringLiteral("2025-03-14"));
        QCOMPARE(dialog->changes().size(), 3);
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<MetadataDialog *>()); // closed and deleted

        QCOMPARE(titleInTable(), QStringLiteral("Where controls end"));
        const int row = m_window->libraryModel()->rowOfEssay(m_id);
        QCOMPARE(m_window->libraryModel()->index(row, LibraryModel::Author).data().toString(),
                 QStringLiteral("Shen Yizhou"));
        QCOMPARE(m_window->libraryModel()->index(row, LibraryModel::Date).data().toString(),
                 QStringLiteral("2025-03-14"));
        QVERIFY(m_window->essayView()->html().contains(QStringLiteral("Shen Yizhou")));

        // The file changes and is imported again: the corrections stay.
        QVERIFY(!m_library
                     .writeFile(QStringLiteral("essays/controls.txt"),
                                essayText("A closing line the outlet added.\n"))
                     .isEmpty());
        QVERIFY(reimport());
        QCOMPARE(Library(m_library.path()).essays().find(m_id)->blockCount, 8);
        QCOMPARE(titleInTable(), QStringLiteral("Where controls end"));
        QCOMPARE(Library(m_library.path()).essays().find(m_id)->author,
                 QStringLiteral("Shen Yizhou"));

        // Reset puts the file's title back.
        m_window->editMetadataAction()->trigger();
        dialog = m_window->findChild<MetadataDialog *>();
        QVERIFY(dialog);
        auto *reset = dialog->findChild<QAbstractButton *>(QStringLiteral("titleReset"));
        QVERIFY(reset);
        reset->click();
        dialog->accept();
        QCOMPARE(titleInTable(), QStringLiteral("Export controls and their limits."));
    }

    void alignmentEdits()
    {
        QVERIFY(m_window->openEssay(m_id));
        EssayView *view = m_window->essayView();
        view->setRawView(false);
        const QList<Pair> before = view->essay()->pairs;
        QCOMPARE(before.size(), 3); // the title and two paragraphs
        const int firstEnglish = before[1].english.first();
        const int secondEnglish = before[2].english.first();

        // Merge the two paragraph rows: both English paragraphs now share a cell.
        QAction *merge = contextAction(firstEnglish, QStringLiteral("mergeRowAction"));
        QVERIFY(merge && merge->isEnabled());
        merge->trigger();
        QCOMPARE(view->essay()->pairs.size(), 2);
        QVERIFY(view->essay()->alignmentEdited);
        QCOMPARE(view->essay()->pairs[1].english, (QList<int>{firstEnglish, secondEnglish}));
        QTextCursor first(view->browser()->document());
        first.setPosition(view->paragraphSpans(firstEnglish).first().first);
        QTextCursor second(view->browser()->document());
        second.setPosition(view->paragraphSpans(secondEnglish).first().first);
        QVERIFY(first.currentTable());
        QCOMPARE(first.currentTable()->cellAt(first).row(),
                 second.currentTable()->cellAt(second).row());
        QCOMPARE(Library(m_library.path()).essays().find(m_id)->pairs, view->essay()->pairs);

        // Split it again, then unpair the second row and pair it back.
        QAction *split = contextAction(firstEnglish, QStringLiteral("splitRowAction"));
        QVERIFY(split && split->isEnabled());
        split->trigger();
        QCOMPARE(view->essay()->pairs, before);
        QAction *unpair = contextAction(secondEnglish, QStringLiteral("unpairAction"));
        QVERIFY(unpair);
        unpair->trigger();
        QCOMPARE(view->essay()->pairs.size(), 2);
        QAction *pairWith = nullptr;
        QVERIFY(contextAction(secondEnglish, QStringLiteral("unpairAction")) == nullptr);
        for (QMenu *menu : view->browser()->findChildren<QMenu *>(QStringLiteral("pairWithMenu"))) {
            for (QAction *action : menu->actions()) {
                if (action->data().toInt() == before[2].chinese.first())
                    pairWith = action;
            }
        }
        QVERIFY(pairWith);
        pairWith->trigger();
        QCOMPARE(view->essay()->pairs, before);

        // The edited alignment survives re-import; reset brings the automatic one back.
        QVERIFY(reimport());
        QVERIFY(view->essay()->alignmentEdited);
        QAction *reset = nullptr;
        contextAction(firstEnglish, QString());
        for (QMenu *menu :
             view->browser()->findChildren<QMenu *>(QStringLiteral("alignmentMenu"))) {
            for (QAction *action : menu->actions()) {
                if (action->text().startsWith(EssayView::tr("&Reset")))
                    reset = action;
            }
        }
        QVERIFY(reset);
        reset->trigger();
        QVERIFY(!view->essay()->alignmentEdited);
        QCOMPARE(view->essay()->pairs, before);
    }

    void attachTranslation()
    {
        // A Chinese-only essay and its English translation, written by the test.
        const QString chinese = m_library.writeFile(
            QStringLiteral("essays/zh.txt"),
            QStringLiteral("\u4eba\u624d\u8207\u5ee0\u623f\n\n"
                           "\u653f\u5e9c\u5ba3\u5e03\u88dc\u8cbc\u6642,"
                           "\u6a19\u984c\u7e3d\u662f\u6700\u5927\u7684\u6578\u5b57\u3002\n"
                           "\u4eba\u624d\u6bd4\u5ee0\u623f\u66f4\u91cd\u8981,"
                           "\u4e5f\u66f4\u96e3\u642c\u8d70\u3002\n")
                .toUtf8());
        const QString english = m_library.writeFile(
            QStringLiteral("translations/en.txt"),
            "Talent and buildings\n\n"
            "When governments announce subsidies, the headline is always the biggest number.\n"
            "Talent matters more than buildings, and it is harder to move.\n");
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        QVERIFY(m_window->importPaths({chinese}, MainWindow::ImportFeedback::Quiet));
        QVERIFY(finished.wait(20000));
        const qint64 id = finished.first().first().value<QList<ImportResult>>().first().essayId;
        QVERIFY(m_window->openEssay(id));
        EssayView *view = m_window->essayView();
        QCOMPARE(EssayHtml::layoutFor(*view->essay()), EssayHtml::Layout::ScriptCompanion);
        QVERIFY(m_window->attachTranslationAction()->isEnabled());
        QVERIFY(!m_window->detachTranslationAction()->isEnabled());

        QVERIFY(m_window->attachTranslation(id, english));
        QCOMPARE(EssayHtml::layoutFor(*view->essay()), EssayHtml::Layout::Bilingual);
        const QList<Pair> pairs = view->essay()->pairs;
        QCOMPARE(pairs.size(), 3);
        for (const Pair &pair : pairs) {
            const Block &en = view->essay()->blocks[pair.english.first()];
            const Block &zh = view->essay()->blocks[pair.chinese.first()];
            QCOMPARE(en.language, Language::English);
            QVERIFY(isChinese(zh.language));
        }
        // The paragraphs share a row on the page.
        const auto cellRow = [&](int block) {
            QTextCursor cursor(view->browser()->document());
            cursor.setPosition(view->paragraphSpans(block).first().first);
            return cursor.currentTable() ? cursor.currentTable()->cellAt(cursor).row() : -1;
        };
        QVERIFY(cellRow(pairs[1].english.first()) >= 0);
        QCOMPARE(cellRow(pairs[1].english.first()), cellRow(pairs[1].chinese.first()));
        QVERIFY(!m_window->attachTranslationAction()->isEnabled());
        QVERIFY(m_window->detachTranslationAction()->isEnabled());

        // Re-importing the essay's own (changed) file keeps the translation.
        QFile original(chinese);
        QVERIFY(original.open(QIODevice::Append));
        original.write(QStringLiteral("\u7d50\u8a9e\u3002\n").toUtf8());
        original.close();
        finished.clear();
        QVERIFY(m_window->importPaths({chinese}, MainWindow::ImportFeedback::Quiet));
        QVERIFY(finished.wait(20000));
        QCOMPARE(view->essay()->pairs.size(), 3);
        QCOMPARE(EssayHtml::layoutFor(*view->essay()), EssayHtml::Layout::Bilingual);

        QVERIFY(m_window->detachTranslation(id));
        QCOMPARE(EssayHtml::layoutFor(*view->essay()), EssayHtml::Layout::ScriptCompanion);
        QVERIFY(m_window->attachTranslationAction()->isEnabled());
    }

    void blockKindFromTheContextMenu()
    {
        QVERIFY(m_window->openEssay(m_id));
        EssayView *view = m_window->essayView();
        int ad = -1;
        for (const Block &block : view->essay()->blocks) {
            if (block.kind == BlockKind::Ad)
                ad = block.index;
        }
        QVERIFY(ad >= 0);
        QVERIFY(view->paragraphSpans(ad).isEmpty()); // hidden in the clean view

        // The raw view shows it; its context menu re-classifies it.
        view->setRawView(true);
        const auto spans = view->paragraphSpans(ad);
        QVERIFY(!spans.isEmpty());
        QTextCursor cursor(view->browser()->document());
        cursor.setPosition(spans.constLast().first + 1);
        view->browser()->setTextCursor(cursor);
        view->browser()->ensureCursorVisible();
        const QPoint point = view->browser()->cursorRect(cursor).center();
        qDeleteAll(view->browser()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
        emit view->browser()->customContextMenuRequested(point);
        QMenu *kinds = nullptr;
        QTRY_VERIFY((kinds = view->browser()->findChild<QMenu *>(QStringLiteral("blockKindMenu"))));
        QAction *paragraph = nullptr;
        for (QAction *action : kinds->actions()) {
            if (action->text() == EssayView::tr("Paragraph"))
                paragraph = action;
            if (action->text() == EssayView::tr("Advertisement"))
                QVERIFY(action->isChecked());
        }
        QVERIFY(paragraph);
        paragraph->trigger();
        kinds->parentWidget()->close();

        QCOMPARE(view->essay()->blocks[ad].kind, BlockKind::Paragraph);
        view->setRawView(false);
        QVERIFY(!view->paragraphSpans(ad).isEmpty()); // now part of the essay
        QCOMPARE(Library(m_library.path()).essays().find(m_id)->blocks[ad].kind,
                 BlockKind::Paragraph);

        // Still a paragraph after the file changes again.
        QVERIFY(!m_library.writeFile(QStringLiteral("essays/controls.txt"), essayText()).isEmpty());
        QVERIFY(reimport());
        QCOMPARE(Library(m_library.path()).essays().find(m_id)->blocks[ad].kind,
                 BlockKind::Paragraph);
        QCOMPARE(view->essay()->blocks[ad].kind, BlockKind::Paragraph);
    }
};

QTEST_MAIN(TestReaderEdit)
#include "tst_reader_edit.moc"
