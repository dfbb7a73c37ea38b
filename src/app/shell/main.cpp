#include "Dictionary.h"
#include "Library.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "Startup.h"
#include "Translations.h"
#include "reader/EssayView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

#include <cstdio>

// Reads the command line and starts the window; what the options do once the window
// is there (imports, --highlight, --search, --screenshot) is Startup's.
using duizhao::Startup;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QApplication::setApplicationName(QStringLiteral("duizhao"));
    QApplication::setApplicationDisplayName(QStringLiteral("Duizhao"));
    QApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("duizhao"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/duizhao/icons/duizhao.svg")));

    // The UI language before any translated text is made: --language, else the
    // preference (Edit → Preferences…), else the system locale.
    const duizhao::Preferences preferences = duizhao::Preferences::load();
    QString language = preferences.language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--language") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    duizhao::Translations::install(language);
    preferences.applyTheme();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Reads bilingual essays with English and Chinese side by side."));
    parser.addHelpOption();
    // Not addVersionOption(): --version also names the dictionary data and its licence.
    const QCommandLineOption versionOption(
        QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Displays version information."));
    parser.addOption(versionOption);
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
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QApplication::translate("main", "Open the library for reading only: reading, search and "
                                        "export work, changes are refused."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "The language of the window for this run: system, en, "
                                        "zh_CN or zh_TW."),
        QStringLiteral("LANG"));
    parser.addOptions({dbOption, importOption, openOption, screenshotOption, searchOption,
                       scriptOption, highlightOption, readOnlyOption, languageOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        const duizhao::Dictionary &dictionary = duizhao::Dictionary::instance();
        const QString text =
            QStringLiteral("duizhao ") + QApplication::applicationVersion() + u'\n' +
            duizhao::Dictionary::attribution() + u'\n' +
            (dictionary.isLoaded() ? QStringLiteral("Dictionary data: %1, %2 entries")
                                         .arg(dictionary.dataVersion())
                                         .arg(dictionary.entryCount())
                                   : dictionary.error()) +
            u'\n';
        std::fputs(text.toUtf8().constData(), stdout);
        return 0;
    }

    if (!parser.positionalArguments().isEmpty()) {
        Startup::printError(QStringLiteral("unexpected argument %1 (use --import PATH to import)")
                                .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    qint64 openId = 0;
    if (parser.isSet(openOption)) {
        bool ok = false;
        openId = parser.value(openOption).toLongLong(&ok);
        if (!ok || openId <= 0) {
            Startup::printError(
                QStringLiteral("--open needs an essay id, not %1").arg(parser.value(openOption)));
            return 2;
        }
    }
    const QString screenshot = parser.value(screenshotOption);
    const QString script = parser.value(scriptOption);
    if (!script.isEmpty() && script != QStringLiteral("auto") && script != QStringLiteral("none") &&
        !duizhao::scriptViewFromName(script)) {
        Startup::printError(
            QStringLiteral("--script takes auto, original, hans, hant, tw, hk or none, "
                           "not %1")
                .arg(script));
        return 2;
    }
    Startup::Options options;
    options.libraryPath =
        parser.isSet(dbOption) ? parser.value(dbOption) : preferences.effectiveLibraryPath();
    options.imports = parser.values(importOption);
    options.openId = openId;
    if (parser.isSet(highlightOption))
        options.highlightBlock = parser.value(highlightOption).toInt();
    options.searchQuery = parser.value(searchOption);
    options.screenshot = screenshot;

    duizhao::MainWindow window;
    window.setReadOnlyRequested(parser.isSet(readOnlyOption));
    // A screenshot shows the default layout, whatever the user last left.
    if (screenshot.isEmpty())
        window.restoreSettings();
    if (script == QStringLiteral("none")) {
        window.essayView()->setRightPaneShown(false);
    } else if (!script.isEmpty()) {
        window.essayView()->setRightPaneShown(true);
        window.essayView()->setRightScript(duizhao::scriptViewFromName(script));
    }

    Startup startup(window, options);
    startup.start();
    return app.exec();
}
