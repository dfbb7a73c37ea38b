#include "ReaderTestLibrary.h"
#include "annotate/AnnotationWorkspace.h"
#include "annotate/SelectionToolBar.h"
#include "reader/EssayView.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QScreen>
#include <QTest>
#include <QTextBrowser>

using namespace duizhao;

// The window on a real X server (CTest gui_x11: xvfb-run with a 1366×768 screen): it
// starts inside the screen's available geometry, frame included, in English and in
// 繁體 (zh_TW), and a screenshot of each is saved under the build folder
// (gui-x11-en.png, gui-x11-zh_TW.png) for a person to look at. Skipped on any other
// platform (the offscreen run of the ordinary test set).
class TestShellX11 : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;

    void startsInside(const QString &language, const QString &menuTitle)
    {
        QCOMPARE(Translations::install(language), language);
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDefaultEssay());
        QTest::qWait(400); // the window manager's frame, the page laid out
        const QRect available = window.screen()->availableGeometry();
        const QRect frame = window.frameGeometry();
        qInfo("%s: screen %dx%d, available %d,%d %dx%d, frame %d,%d %dx%d", qPrintable(language),
              window.screen()->geometry().width(), window.screen()->geometry().height(),
              available.x(), available.y(), available.width(), available.height(), frame.x(),
              frame.y(), frame.width(), frame.height());
        QVERIFY2(available.contains(frame), "the window does not fit the screen");
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), menuTitle);
        const QString shot = QDir(QStringLiteral(DUIZHAO_BUILD_DIR))
                                 .filePath(QStringLiteral("gui-x11-%1.png").arg(language));
        QVERIFY(window.screen()->grabWindow(0).save(shot, "PNG"));
        qInfo("screenshot: %s", qPrintable(shot));
        window.close();
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QStringLiteral("xcb"))
            QSKIP("needs an X server (CTest gui_x11 runs this under xvfb-run)");
        QVERIFY(!m_library.importSamples().isEmpty());
    }

    void english() { startsInside(QStringLiteral("en"), QStringLiteral("&File")); }

    // With a real style and fonts, the selection bar stays off the selected lines.
    void selectionBarLeavesTheSelectionVisible()
    {
        MainWindow window;
        QVERIFY(window.setLibraryPath(m_library.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDefaultEssay());
        QTextBrowser *browser = window.essayView()->browser();
        const QTextCursor found = browser->document()->find(QStringLiteral("the"));
        QVERIFY(!found.isNull());
        browser->setTextCursor(found);
        window.annotations()->offerSelectionToolBar();
        QTest::qWait(100);
        SelectionToolBar *bar = window.annotations()->selectionToolBar();
        QTextCursor start(browser->document());
        start.setPosition(found.selectionStart());
        const QRect line = browser->cursorRect(start);
        qInfo("bar %d..%d, selected line %d..%d", bar->geometry().top(), bar->geometry().bottom(),
              line.top(), line.bottom());
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->geometry().intersects(line));
    }
    void traditionalChinese()
    {
        startsInside(QStringLiteral("zh_TW"), QStringLiteral("\u6a94\u6848(&F)")); // 檔案
    }
};

QTEST_MAIN(TestShellX11)
#include "tst_shell_x11.moc"
