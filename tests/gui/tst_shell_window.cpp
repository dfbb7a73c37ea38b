#include "DatabaseError.h"
#include "ReaderTestLibrary.h"
#include "annotate/AnnotationWorkspace.h"
#include "annotate/SelectionToolBar.h"
#include "library/LibraryModel.h"
#include "reader/EssayView.h"
#include "search/SearchPanel.h"
#include "shell/MainWindow.h"
#include "shell/Preferences.h"
#include "shell/ShortcutsDialog.h"
#include "shell/Translations.h"
#include "shell/UserMessages.h"
#include "shell/WindowLayout.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

using namespace duizhao;

// The window as a desktop application (issue 19): it fits the screen it opens on, the
// reading pane is the widest, the library pane collapses, it remembers the last essay
// and the place in each essay, the Notes column follows the reader's own annotations,
// Search Library brings its tab to the front, the selection bar leaves the selection
// visible, the shortcuts list reads the menus, errors are worded from their codes.
class TestShellWindow : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    QHash<QString, qint64> m_ids;

    // An essay long enough to scroll at any window size: 60 numbered paragraphs.
    QString writeLongEssay()
    {
        QByteArray text = "A Long Essay About Standards\n\n";
        for (int i = 1; i <= 60; ++i) {
            text += "Paragraph " + QByteArray::number(i) +
                    " says that standards bodies move slowly, that the rules they write "
                    "outlive the products they were written for, and that every market "
                    "reads them in its own way.\n\n";
        }
        return m_library.writeFile(QStringLiteral("long/long-essay.txt"), text);
    }

    static QRect frameOf(const QWidget &window)
    {
        // Offscreen windows have no frame; allow what a window manager adds.
        QRect frame = window.frameGeometry();
        if (frame == window.geometry())
            frame.adjust(0, -(WindowLayout::kFrameAllowance - 8), 0, 0);
        return frame;
    }

    static int annotationsShown(const MainWindow &window, qint64 essayId)
    {
        const int row = window.libraryModel()->rowOfEssay(essayId);
        return window.libraryModel()->index(row, LibraryModel::Annotations).data().toInt();
    }

    static bool select(EssayView *view, const QString &text)
    {
        const QTextCursor found = view->browser()->document()->find(text);
        if (found.isNull())
            return false;
        view->browser()->setTextCursor(found);
        return true;
    }

private slots:
    void initTestCase()
    {
        QSettings().clear();
        m_ids = m_library.importSamples();
        const QHash<QString, qint64> longEssay = m_library.import({writeLongEssay()});
        m_ids.insert(longEssay);
        QVERIFY(m_ids.contains(QStringLiteral("long-essay.txt")));
        QVERIFY(m_ids.contains(QStringLiteral("sample-bilingual-chips.txt")));
    }

    void cleanup() { QSettings().clear(); }

    void defaultSizeFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1366x768 laptop, 32 px panel") << QRect(0, 0, 1366, 736);
        QTest::newRow("1366x768, no panel") << QRect(0, 0, 1366, 768);
        QTest::newRow("1920x1080") << QRect(0, 27, 1920, 1053);
        QTest::newRow("1280x800") << QRect(0, 0, 1280, 800);
        QTest::newRow("1024x600 netbook") << QRect(0, 0, 1024, 600);
        QTest::newRow("second screen") << QRect(1920, 0, 2560, 1440);
    }

    void defaultSizeFitsTheScreen()
    {
        QFETCH(QRect, available);
        const QSize size = WindowLayout::defaultSize(available);
        const QRect placed = WindowLayout::centred(size, available);
        // The client area and the frame the window manager adds above it.
        const QRect withFrame = placed.adjusted(0, 0, 0, WindowLayout::kFrameAllowance);
        QVERIFY2(available.contains(withFrame), qPrintable(QStringLiteral("%1x%2 at %3,%4")
                                                               .arg(size.width())
                                                               .arg(size.height())
                                                               .arg(placed.x())
                                                               .arg(placed.y())));
        QVERIFY(size.width() >= std::min(640, available.width()));
        // The reading pane is the widest of the three.
        const int library = WindowLayout::libraryWidth(size.width());
        const int dock = WindowLayout::dockWidth(size.width());
        const int reading = size.width() - library - dock;
        QVERIFY(reading > library);
        QVERIFY(reading > dock);
    }

    // The old window was 1360×860 whatever the screen: 92 px below a 768 px screen.
    void windowFitsItsScreen()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(frameOf(window)),
                 qPrintable(QStringLiteral("window %1x%2 on a %3x%4 screen")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void readingPaneIsTheWidest()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.resize(WindowLayout::defaultSize(QRect(0, 0, 1366, 736)));
        window.applyDefaultLayout();
        window.resize(WindowLayout::defaultSize(QRect(0, 0, 1366, 736)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openEssay(m_ids.value(QStringLiteral("sample-bilingual-chips.txt"))));
        const int reading = window.essayView()->width();
        const int library = window.libraryView()->width();
        const int dock = window.annotations()->panelDock()->width();
        QVERIFY2(reading > library && reading > dock,
                 qPrintable(QStringLiteral("reading %1, library %2, annotations %3")
                                .arg(reading)
                                .arg(library)
                                .arg(dock)));
        // The empty annotations dock no longer keeps 270 px of a 1229 px window.
        QVERIFY2(dock <= window.width() / 5, qPrintable(QString::number(dock)));
        // Titles keep most of the table: the other columns are few and narrow.
        const QHeaderView *header = window.libraryView()->horizontalHeader();
        const int title = header->sectionSize(LibraryModel::Title);
        QVERIFY2(title * 2 >= window.libraryView()->viewport()->width(),
                 qPrintable(QStringLiteral("title %1 of %2")
                                .arg(title)
                                .arg(window.libraryView()->viewport()->width())));
        QCOMPARE(window.libraryView()->textElideMode(), Qt::ElideMiddle);
        const QModelIndex first = window.libraryView()->model()->index(0, LibraryModel::Title);
        QVERIFY(!first.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void libraryPaneCollapses()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *toggle = window.libraryPaneAction();
        QVERIFY(toggle->isChecked());
        QVERIFY(!toggle->shortcut().isEmpty());
        QVERIFY(window.splitter()->isCollapsible(0));
        QVERIFY(!window.splitter()->isCollapsible(1));
        const int before = window.splitter()->sizes().value(0);
        toggle->trigger();
        QCOMPARE(window.splitter()->sizes().value(0), 0);
        QVERIFY(!window.isLibraryPaneShown());
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(std::abs(window.splitter()->sizes().value(0) - before) <= 20);
        QVERIFY(toggle->isChecked());
    }

    // Adding an annotation left the Notes column at 0 until the library was re-read
    // (the app's own writes do not change SQLite's data_version for its connection).
    void notesCountFollowsAnnotations()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 chips = m_ids.value(QStringLiteral("sample-bilingual-chips.txt"));
        const qint64 other = m_ids.value(QStringLiteral("sample-hant-standards.txt"));
        QVERIFY(window.openEssay(chips));
        const int before = annotationsShown(window, chips);
        QVERIFY(select(window.essayView(), QStringLiteral("lithography tools")));
        QVERIFY(window.annotations()->highlightSelection(QStringLiteral("#ffd54f")));
        QCOMPARE(annotationsShown(window, chips), before + 1);
        QVERIFY(window.openEssay(other));
        QVERIFY(window.openEssay(chips));
        QCOMPARE(annotationsShown(window, chips), before + 1);
        window.annotations()->undoStack()->undo();
        QCOMPARE(annotationsShown(window, chips), before);
    }

    // The tab in front of the dock area that holds `dock` ("" when it is not tabbed).
    static QString frontTab(const MainWindow &window, const QDockWidget *dock)
    {
        for (const QTabBar *bar : window.findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isVisible() && bar->tabText(i) == dock->windowTitle())
                    return bar->tabText(bar->currentIndex());
            }
        }
        return {};
    }

    // The Search Library button added the Search tab behind the Annotations tab.
    void searchLibraryComesToTheFront()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QDockWidget *searchDock = window.searchDock();
        QCOMPARE(frontTab(window, window.annotations()->panelDock()),
                 window.annotations()->panelDock()->windowTitle());
        searchDock->toggleViewAction()->trigger();
        QTRY_COMPARE(frontTab(window, searchDock), searchDock->windowTitle());
        QTRY_COMPARE(QApplication::focusWidget(), window.searchPanel()->queryEdit());

        // Go → Focus Search brings it back after the Annotations tab was raised.
        window.annotations()->panelDock()->raise();
        QTRY_COMPARE(frontTab(window, searchDock),
                     window.annotations()->panelDock()->windowTitle());
        QAction *focus = window.findChild<QAction *>(QStringLiteral("focusSearchAction"));
        QVERIFY(focus);
        focus->trigger();
        QTRY_COMPARE(frontTab(window, searchDock), searchDock->windowTitle());
        QTRY_COMPARE(QApplication::focusWidget(), window.searchPanel()->queryEdit());
    }

    // The selection bar sat on the first selected line, hiding the text being annotated.
    void selectionBarLeavesTheSelectionVisible()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openEssay(m_ids.value(QStringLiteral("long-essay.txt"))));
        EssayView *view = window.essayView();
        for (const QString &text :
             {QStringLiteral("Paragraph 1 says"), QStringLiteral("Paragraph 4 says"),
              QStringLiteral("outlive the products")}) {
            QVERIFY(select(view, text));
            window.annotations()->offerSelectionToolBar();
            SelectionToolBar *bar = window.annotations()->selectionToolBar();
            QVERIFY(bar->isVisible());
            QTest::qWait(20); // the bar's layout settles once shown
            const QTextCursor selection = view->browser()->textCursor();
            QTextCursor start(view->browser()->document());
            start.setPosition(selection.selectionStart());
            QTextCursor end(view->browser()->document());
            end.setPosition(selection.selectionEnd());
            const QRect first = view->browser()->cursorRect(start);
            const QRect last = view->browser()->cursorRect(end);
            QVERIFY2(!bar->geometry().intersects(first) && !bar->geometry().intersects(last),
                     qPrintable(QStringLiteral("%1: bar at y %2..%3, selection lines at %4, %5")
                                    .arg(text)
                                    .arg(bar->geometry().top())
                                    .arg(bar->geometry().bottom())
                                    .arg(first.top())
                                    .arg(last.top())));
        }
    }

    // Nothing was remembered between runs but the window's size: now the last essay and
    // the place in each essay come back too.
    void remembersTheEssayAndThePlace()
    {
        const qint64 longEssay = m_ids.value(QStringLiteral("long-essay.txt"));
        const qint64 chips = m_ids.value(QStringLiteral("sample-bilingual-chips.txt"));
        int top = -1;
        QSize size;
        {
            MainWindow first;
            first.restoreSettings();
            QVERIFY(first.setLibraryPath(m_library.path()));
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(first.width() - 40, first.height() - 20);
            size = first.size();
            QVERIFY(first.openEssay(longEssay));
            QVERIFY(first.scrollToBlock(30));
            top = first.topBlock();
            QVERIFY2(top >= 28 && top <= 32, qPrintable(QString::number(top)));
            QVERIFY(first.openEssay(chips)); // leaving the long essay keeps its place
            QVERIFY(first.openEssay(longEssay));
            QCOMPARE(first.topBlock(), top);
            first.close();
        }
        MainWindow second;
        second.restoreSettings();
        QVERIFY(second.setLibraryPath(m_library.path()));
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), size);
        QVERIFY(second.openDefaultEssay());
        QCOMPARE(second.currentEssayId(), longEssay);
        QCOMPARE(second.topBlock(), top);
    }

    void nextAndPreviousEssay()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        QVERIFY(window.openDefaultEssay());
        const QModelIndex firstRow = window.libraryView()->model()->index(0, 0);
        const QModelIndex secondRow = window.libraryView()->model()->index(1, 0);
        QCOMPARE(window.currentEssayId(), firstRow.data(LibraryModel::EssayIdRole).toLongLong());
        window.findChild<QAction *>(QStringLiteral("nextEssayAction"))->trigger();
        QCOMPARE(window.currentEssayId(), secondRow.data(LibraryModel::EssayIdRole).toLongLong());
        window.findChild<QAction *>(QStringLiteral("previousEssayAction"))->trigger();
        QCOMPARE(window.currentEssayId(), firstRow.data(LibraryModel::EssayIdRole).toLongLong());
        QVERIFY(!window.openAdjacentEssay(-1)); // the first row has none before it
    }

    void nextAndPreviousAnnotation()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openEssay(m_ids.value(QStringLiteral("long-essay.txt"))));
        QVERIFY(!window.showAdjacentAnnotation(1));
        QVERIFY(select(window.essayView(), QStringLiteral("Paragraph 50 says")));
        QVERIFY(window.annotations()->highlightSelection(QStringLiteral("#ffd54f")));
        QVERIFY(select(window.essayView(), QStringLiteral("Paragraph 3 says")));
        QVERIFY(window.annotations()->highlightSelection(QStringLiteral("#ffd54f")));
        const auto shown = [&] {
            return window.essayView()->browser()->textCursor().block().text().left(12);
        };
        window.essayView()->browser()->verticalScrollBar()->setValue(0);
        QVERIFY(window.showAdjacentAnnotation(1)); // text order: paragraph 3 first
        QCOMPARE(shown(), QStringLiteral("Paragraph 3 "));
        QVERIFY(window.showAdjacentAnnotation(1));
        QCOMPARE(shown(), QStringLiteral("Paragraph 50"));
        QVERIFY(window.showAdjacentAnnotation(1)); // wraps
        QCOMPARE(shown(), QStringLiteral("Paragraph 3 "));
        QVERIFY(window.showAdjacentAnnotation(-1));
        QCOMPARE(shown(), QStringLiteral("Paragraph 50"));
    }

    // Help → Keyboard Shortcuts reads the menus: every action with a key is listed.
    void shortcutsListReadsTheMenus()
    {
        MainWindow window;
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(window.menuBar());
        QStringList listed;
        for (const ShortcutsDialog::Entry &entry : entries)
            listed << entry.menu + u'/' + entry.action + u'=' + entry.keys;
        const auto has = [&](const QString &needle) {
            return std::any_of(listed.cbegin(), listed.cend(),
                               [&](const QString &line) { return line.contains(needle); });
        };
        QVERIFY2(has(QStringLiteral("Go/Next Essay=Ctrl+PgDown")), qPrintable(listed.join(u'\n')));
        QVERIFY(has(QStringLiteral("Go/Previous Essay=Ctrl+PgUp")));
        QVERIFY(has(QStringLiteral("Go/Next Annotation=F8")));
        QVERIFY(has(QStringLiteral("Go/Previous Annotation=Shift+F8")));
        QVERIFY(has(QStringLiteral("Go/Focus Search=Ctrl+K")));
        QVERIFY(has(QStringLiteral("View/Library Pane=F9")));
        QVERIFY(has(QStringLiteral("File/Import Files=Ctrl+O")));
        QVERIFY(has(QStringLiteral("Help/Keyboard Shortcuts=")));
        // Every entry of every menu that has a key is listed with it.
        for (const QAction *top : window.menuBar()->actions()) {
            for (const QAction *action : top->menu()->actions()) {
                if (action->menu() || action->shortcut().isEmpty())
                    continue;
                const QString keys = action->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(has(u'=' + keys), qPrintable(action->text()));
            }
        }
        // No key is given to two entries.
        QStringList keys;
        for (const ShortcutsDialog::Entry &entry : entries)
            keys << entry.keys.split(QStringLiteral(", "));
        keys.sort();
        QCOMPARE(keys.removeDuplicates(), 0);
    }

    void databaseErrorsAreWordedFromTheirKind_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("meaning");
        // SQLite's primary result codes.
        QTest::newRow("SQLITE_FULL") << 13 << QStringLiteral("disk is full");
        QTest::newRow("SQLITE_READONLY") << 8 << QStringLiteral("read-only");
        QTest::newRow("SQLITE_CORRUPT") << 11 << QStringLiteral("damaged");
        QTest::newRow("SQLITE_NOTADB") << 26 << QStringLiteral("damaged");
        QTest::newRow("SQLITE_BUSY") << 5 << QStringLiteral("busy");
        QTest::newRow("SQLITE_IOERR_WRITE") << (10 | (3 << 8)) << QStringLiteral("read or written");
    }

    void databaseErrorsAreWordedFromTheirKind()
    {
        QFETCH(int, code);
        QFETCH(QString, meaning);
        const DatabaseError error = DatabaseError::fromSqlite(code, QStringLiteral("sqlite says"));
        const QString text = UserMessages::describe(error);
        QVERIFY2(text.contains(meaning), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("sqlite says")));              // the details stay
        QVERIFY(error.message().startsWith(QStringLiteral("sqlite says"))); // the CLI's text
        QCOMPARE(UserMessages::describe(DatabaseError(QStringLiteral("other"), 1)),
                 QStringLiteral("other"));
    }

    void preferencesAreKept()
    {
        Preferences preferences;
        preferences.chineseScript = ScriptView::Taiwan;
        preferences.theme = Preferences::Theme::Dark;
        preferences.dictionaryTrigger = QStringLiteral("click");
        preferences.language = QStringLiteral("zh_TW");
        preferences.englishFont = QStringLiteral("DejaVu Serif");
        preferences.pointSize = 14;
        preferences.save();
        QCOMPARE(QSettings().value(QStringLiteral("reader/dictionaryTrigger")).toString(),
                 QStringLiteral("click"));
        const Preferences loaded = Preferences::load();
        QCOMPARE(loaded.chineseScript, std::optional<ScriptView>(ScriptView::Taiwan));
        QCOMPARE(loaded.theme, Preferences::Theme::Dark);
        QCOMPARE(loaded.language, QStringLiteral("zh_TW"));
        QCOMPARE(loaded.englishFont, QStringLiteral("DejaVu Serif"));
        QCOMPARE(loaded.pointSize, 14);
    }

    void darkThemeIsDark()
    {
        Preferences::applyTheme(Preferences::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
        Preferences::applyTheme(Preferences::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
        Preferences::applyTheme(Preferences::Theme::System);
    }

    void uiLanguageFollowsTheChoice()
    {
        QCOMPARE(Translations::uiLanguage(QStringLiteral("zh_TW")), QStringLiteral("zh_TW"));
        QCOMPARE(Translations::uiLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::uiLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Translations::uiLanguage(QStringLiteral("fr")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestShellWindow)
#include "tst_shell_window.moc"
