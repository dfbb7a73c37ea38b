#include "MainWindow.h"
#include "reader/EssayView.h"
#include "search/SearchPanel.h"
#include "store/Library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {

// Time for the first essay to be laid out and painted before --screenshot grabs it.
constexpr int kScreenshotDelayMs = 250;

void printError(const QString &text)
{
    std::fputs(QString(QStringLiteral("duizhao: ") + text + u'\n').toLocal8Bit().constData(),
               stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QApplication::setApplicationName(QStringLiteral("duizhao"));
    QApplication::setApplicationDisplayName(QStringLiteral("Duizhao"));
    QApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("duizhao"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Reads bilingual essays with English and Chinese side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The library file (default: %1).")
            .arg(QDir::toNativeSeparators(duizhao::Library::defaultPath())),
        QStringLiteral("FILE"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QApplication::translate("main", "Import a file or folder before showing the window "
                                        "(may be given more than once)."),
        QStringLiteral("PATH"));
    const QCommandLineOption openOption(
        QStringLiteral("open"), QApplication::translate("main", "Open the essay with this id."),
        QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once the essay is shown, then "
                                        "quit (exit code 1 if anything failed on the way)."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        QApplication::translate("main", "Open the search panel with this query and show the "
                                        "best hit."),
        QStringLiteral("QUERY"));
    const QCommandLineOption scriptOption(
        QStringLiteral("script"),
        QApplication::translate("main", "The script of the right pane: auto, original, hans, "
                                        "hant, tw, hk or none (one pane)."),
        QStringLiteral("VIEW"));
    const QCommandLineOption highlightOption(
        QStringLiteral("highlight"),
        QApplication::translate("main", "Highlight this block of the open essay and its "
                                        "counterpart, as hovering it would."),
        QStringLiteral("BLOCK"));
    parser.addOptions({dbOption, importOption, openOption, screenshotOption, searchOption,
                       scriptOption, highlightOption});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument %1 (use --import PATH to import)")
                       .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    qint64 openId = 0;
    if (parser.isSet(openOption)) {
        bool ok = false;
        openId = parser.value(openOption).toLongLong(&ok);
        if (!ok || openId <= 0) {
            printError(
                QStringLiteral("--open needs an essay id, not %1").arg(parser.value(openOption)));
            return 2;
        }
    }
    const QString screenshot = parser.value(screenshotOption);
    const QString searchQuery = parser.value(searchOption);
    const QString script = parser.value(scriptOption);
    if (!script.isEmpty() && script != QStringLiteral("auto") && script != QStringLiteral("none")
        && !duizhao::scriptViewFromName(script)) {
        printError(QStringLiteral("--script takes auto, original, hans, hant, tw, hk or none, "
                                  "not %1")
                       .arg(script));
        return 2;
    }
    const QStringList imports = parser.values(importOption);
    const QString libraryPath =
        parser.isSet(dbOption) ? parser.value(dbOption) : duizhao::Library::defaultPath();

    duizhao::MainWindow window;
    // A screenshot shows the default layout, whatever the user last left.
    if (screenshot.isEmpty())
        window.restoreSettings();
    if (script == QStringLiteral("none")) {
        window.essayView()->setRightPaneShown(false);
    } else if (!script.isEmpty()) {
        window.essayView()->setRightPaneShown(true);
        window.essayView()->setRightScript(duizhao::scriptViewFromName(script));
    }

    bool failed = false;
    if (!window.setLibraryPath(libraryPath)) {
        printError(window.lastError().simplified());
        failed = true;
    }

    const auto present = [&] {
        window.show();
        if (openId > 0) {
            if (!window.openEssay(openId)) {
                printError(QStringLiteral("no essay %1 in %2")
                               .arg(QString::number(openId), libraryPath));
                failed = true;
            }
        } else {
            window.openDefaultEssay();
        }
        if (parser.isSet(highlightOption))
            window.essayView()->highlightCounterpart(parser.value(highlightOption).toInt());
        const auto shoot = [&] {
            if (screenshot.isEmpty())
                return;
            QTimer::singleShot(kScreenshotDelayMs, &window, [&] {
                if (!window.grab().save(screenshot, "PNG")) {
                    printError(QStringLiteral("cannot write the screenshot %1").arg(screenshot));
                    failed = true;
                }
                QApplication::exit(failed ? 1 : 0);
            });
        };
        if (searchQuery.isEmpty()) {
            shoot();
            return;
        }
        duizhao::SearchPanel *panel = window.searchPanel();
        // The dock takes its width from the window, not from the library and the essay.
        window.resize(window.width() + 280, window.height());
        window.searchDock()->show();
        QObject::connect(
            panel, &duizhao::SearchPanel::searched, &window,
            [&, panel, shoot] {
                if (!panel->results().hits.isEmpty()) {
                    const duizhao::SearchHit &hit = panel->results().hits.constFirst();
                    window.openSearchHit(hit.essayId, hit.block, hit.highlights);
                }
                shoot();
            },
            Qt::SingleShotConnection);
        panel->queryEdit()->setText(searchQuery);
        panel->searchNow();
    };

    if (!imports.isEmpty() && window.hasLibrary()) {
        QObject::connect(
            &window, &duizhao::MainWindow::importFinished, &window,
            [&](const QList<duizhao::ImportResult> &results) {
                for (const duizhao::ImportResult &result : results) {
                    if (result.status == duizhao::ImportResult::Status::Failed) {
                        printError(QStringLiteral("import failed: %1: %2")
                                       .arg(result.path, result.error));
                        failed = true;
                    }
                }
                present();
            },
            Qt::SingleShotConnection);
        using Feedback = duizhao::MainWindow::ImportFeedback;
        window.importPaths(imports, screenshot.isEmpty() ? Feedback::Dialog : Feedback::Quiet);
    } else {
        present();
    }
    return app.exec();
}
