#include "ReaderContextMenu.h"
#include "ReaderTestLibrary.h"

#include "library/StructureRuleDialog.h"
#include "library/StructureRulesDialog.h"
#include "reader/EssayView.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace duizhao;
using namespace Qt::Literals::StringLiterals;

// The reader teaching the importer: "Every Line Like This…" on a block makes a rule that
// re-classifies the same line in every essay, and Edit → Structure Rules takes it back.
class TestReaderRules : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_first = 0;
    qint64 m_second = 0;

    // Two invented essays that share a counter line, with other numbers in each.
    static QByteArray essay(int n, int views)
    {
        return QStringLiteral(
                   "第%1篇：产业政策的新变化\n\n这篇文章讨论的是产业政策如何改变企业的选择。\n\n"
                   "城市观察 第%2期\n\n最后一段总结了各方的看法，以及今后可能的走向。\n")
            .arg(n)
            .arg(views)
            .toUtf8();
    }

    static int blockWith(const Essay &essay, const QString &prefix)
    {
        for (const Block &block : essay.blocks) {
            if (block.text.startsWith(prefix))
                return block.index;
        }
        return -1;
    }

    BlockKind storedKind(qint64 id, const QString &prefix)
    {
        const Essay essay = *Library(m_library.path()).essays().find(id);
        return essay.blocks.value(blockWith(essay, prefix)).kind;
    }

    QAction *contextAction(int blockIndex, const QString &name)
    {
        return readerContextAction(m_window->essayView(), blockIndex, name);
    }

private slots:
    void initTestCase()
    {
        const QString a = m_library.writeFile(u"essays/a.txt"_s, essay(1, 1024));
        const QString b = m_library.writeFile(u"essays/b.txt"_s, essay(2, 37));
        const QHash<QString, qint64> ids = m_library.import({a, b});
        m_first = ids.value(u"a.txt"_s);
        m_second = ids.value(u"b.txt"_s);
        QVERIFY(m_first > 0 && m_second > 0);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openEssay(m_first));
    }

    void everyLineLikeThisReclassifiesTheLibrary()
    {
        const int counter = blockWith(*m_window->essayView()->essay(), u"城市观察"_s);
        QVERIFY(counter >= 0);
        QVERIFY(!m_window->essayView()->paragraphSpans(counter).isEmpty()); // shown as text
        const BlockKind parsed = storedKind(m_second, u"城市观察"_s);
        QVERIFY(parsed != BlockKind::Footer);

        QAction *rule = contextAction(counter, u"structureRuleAction"_s);
        QVERIFY(rule);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<StructureRuleDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            // The line has a number: "any numbers" is offered first; the essays name no
            // site, so the rule can only hold everywhere.
            QVERIFY(dialog->digitsChoice()->isChecked());
            QVERIFY(!dialog->siteChoice()->isEnabled());
            dialog->kindChoice()->setCurrentIndex(
                dialog->kindChoice()->findData(blockKindName(BlockKind::Footer)));
            dialog->accept();
        });
        rule->trigger();
        QTRY_VERIFY(seen);

        // Both essays, the open one and the other, and the page shows it at once.
        QCOMPARE(storedKind(m_first, u"城市观察"_s), BlockKind::Footer);
        QCOMPARE(storedKind(m_second, u"城市观察"_s), BlockKind::Footer);
        QCOMPARE(m_window->essayView()->essay()->blocks[counter].kind, BlockKind::Footer);
        QVERIFY(m_window->essayView()->paragraphSpans(counter).isEmpty()); // hidden as chrome

        // A later import follows it.
        const QString c = m_library.writeFile(u"essays/c.txt"_s, essay(3, 5));
        const qint64 third = m_library.import({c}).value(u"c.txt"_s);
        QCOMPARE(storedKind(third, u"城市观察"_s), BlockKind::Footer);

        // The rules dialog lists it; removing it puts the lines back.
        Library library(m_library.path());
        StructureRulesDialog dialog(library,
                                    [&library](std::unique_ptr<LibraryEdit> edit, const QString &) {
                                        edit->apply(library);
                                        return true;
                                    });
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 0)->text(), u"城市观察 第1024期"_s);
        QVERIFY(dialog.setKind(0, BlockKind::Ad));
        QCOMPARE(storedKind(m_second, u"城市观察"_s), BlockKind::Ad);
        QVERIFY(dialog.removeRow(0));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.changedLibrary());
        for (qint64 id : {m_first, m_second, third})
            QCOMPARE(storedKind(id, u"城市观察"_s), parsed);
    }
};

QTEST_MAIN(TestReaderRules)
#include "tst_reader_rules.moc"
