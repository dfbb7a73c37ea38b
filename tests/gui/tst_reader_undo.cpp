#include "ReaderTestLibrary.h"
#include "library/LibraryModel.h"
#include "reader/EssayView.h"
#include "shell/MainWindow.h"
#include "shell/RestoreBackupDialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace duizhao;

// The window's one undo stack: Edit → Undo takes back a metadata correction and a
// block's re-classification (and Redo does them again); File → Restore from Backup
// lists the library's backups and restores one; a read-only library says so and
// refuses changes.
class TestReaderUndo : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;

    QAction *editAction(const QString &name) const
    {
        QMenu *edit = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
        if (!edit)
            return nullptr;
        for (QAction *action : edit->actions()) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }

    QString titleInTable() const
    {
        const int row = m_window->libraryModel()->rowOfEssay(m_id);
        return m_window->libraryModel()->index(row, LibraryModel::Title).data().toString();
    }

    BlockKind storedKind(int block) const
    {
        return Library(m_library.path()).essays().find(m_id)->blocks[block].kind;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_id = m_library.importSamples().value(QStringLiteral("sample-bilingual-chips.txt"));
        QVERIFY(m_id > 0);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openEssay(m_id));
    }

    void undoMetadataAndBlockKind()
    {
        QAction *undo = editAction(QStringLiteral("undoAction"));
        QAction *redo = editAction(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        const QString title = titleInTable();

        QVERIFY(m_window->applyMetadata(
            m_id, {{MetadataField::Title, QStringLiteral("A corrected title")}}));
        QCOMPARE(titleInTable(), QStringLiteral("A corrected title"));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(u"Edit Metadata"));
        undo->trigger();
        QCOMPARE(titleInTable(), title);
        QCOMPARE(m_window->essayView()->essay()->title, title);
        QVERIFY(!Library(m_library.path()).essays().find(m_id)->editedFields.contains(u"title"));
        redo->trigger();
        QCOMPARE(titleInTable(), QStringLiteral("A corrected title"));
        undo->trigger();
        QCOMPARE(titleInTable(), title);

        // A block re-classified from the reader, and taken back.
        const Essay essay = *m_window->essayView()->essay();
        int paragraph = -1;
        for (const Block &block : essay.blocks) {
            if (block.kind == BlockKind::Paragraph && paragraph < 0)
                paragraph = block.index;
        }
        QVERIFY(paragraph >= 0);
        const QList<Pair> pairs = essay.pairs;
        QVERIFY(m_window->setBlockKind(m_id, paragraph, BlockKind::Footer));
        QCOMPARE(storedKind(paragraph), BlockKind::Footer);
        QCOMPARE(m_window->essayView()->essay()->blocks[paragraph].kind, BlockKind::Footer);
        undo->trigger();
        QCOMPARE(storedKind(paragraph), BlockKind::Paragraph);
        QCOMPARE(m_window->essayView()->essay()->blocks[paragraph].kind, BlockKind::Paragraph);
        QCOMPARE(m_window->essayView()->essay()->pairs, pairs);
        redo->trigger();
        QCOMPARE(storedKind(paragraph), BlockKind::Footer);
        undo->trigger();
        QCOMPARE(storedKind(paragraph), BlockKind::Paragraph);
    }

    void restoreFromBackup()
    {
        // A backup now, then a change the restore takes away.
        const QString backup = Library(m_library.path()).backUp();
        QVERIFY(m_window->applyMetadata(m_id, {{MetadataField::Author, QStringLiteral("Later")}}));
        QVERIFY(m_window->restoreAction()->isEnabled());
        m_window->restoreAction()->trigger();
        RestoreBackupDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<RestoreBackupDialog *>()));
        QVERIFY(dialog->list()->topLevelItemCount() >= 1);
        int row = -1;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            if (backup.endsWith(dialog->list()->topLevelItem(i)->text(4)))
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(dialog->list()->topLevelItem(row)->text(2), QStringLiteral("4"));
        dialog->choose(row);
        // For looking at it: DUIZHAO_GRAB_DIR=/some/dir saves the dialog as a PNG.
        if (!qEnvironmentVariableIsEmpty("DUIZHAO_GRAB_DIR"))
            dialog->grab().save(qEnvironmentVariable("DUIZHAO_GRAB_DIR") +
                                QStringLiteral("/restore-dialog.png"));
        QVERIFY(dialog->restoreButton()->isEnabled());
        dialog->restoreButton()->click();

        QTRY_VERIFY(m_window->hasLibrary());
        QVERIFY(Library(m_library.path()).essays().find(m_id)->author != u"Later");
        QVERIFY(!m_window->undoStack()->canUndo()); // the stack was the replaced library's
        const QStringList aside =
            QDir(m_library.dir()).entryList({QStringLiteral("library.sqlite.before-restore-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(Library(m_library.dir() + u'/' + aside.front()).essays().find(m_id)->author,
                 QStringLiteral("Later"));
    }

    void readOnlyWindow()
    {
        MainWindow window;
        window.setReadOnlyRequested(true);
        QVERIFY(window.setLibraryPath(m_library.path()));
        QVERIFY(window.isReadOnly());
        QVERIFY(window.openEssay(m_id));
        QVERIFY(window.windowTitle().contains(u"read-only"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isVisibleTo(&window));
        QVERIFY(!window.importFilesAction()->isEnabled());
        QVERIFY(!window.editMetadataAction()->isEnabled());
        QVERIFY(!window.restoreAction()->isEnabled());
        const QString author = Library(m_library.path()).essays().find(m_id)->author;
        QVERIFY(!window.applyMetadata(m_id, {{MetadataField::Author, QStringLiteral("No")}}));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"))));
        QVERIFY2(box->text().contains(u"read-only"), qPrintable(box->text()));
        QCOMPARE(Library(m_library.path()).essays().find(m_id)->author, author);
        QVERIFY(!window.undoStack()->canUndo());
    }
};

QTEST_MAIN(TestReaderUndo)
#include "tst_reader_undo.moc"
