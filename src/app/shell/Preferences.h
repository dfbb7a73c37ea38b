#pragma once

#include "ScriptConverter.h"

#include <QString>

#include <optional>

namespace duizhao {

// What Edit → Preferences… sets, kept in QSettings. The keys are shared with the rest of
// the app, which reads them where it needs them:
//
//   reader/rightScript        auto | original | hans | hant | tw | hk (the Chinese column)
//   reader/englishFont, reader/chineseFont   a font family; empty: the page's defaults
//   reader/pointSize          the page's text size (View → Zoom changes it too)
//   reader/dictionaryTrigger  hover | click (the dictionary popup reads it)
//   ui/theme                  system | light | dark
//   ui/language               system | en | zh_CN | zh_TW (read at start, Translations)
//   library/path              the library opened without --db; empty: Library::defaultPath()
struct Preferences {
    enum class Theme { System, Light, Dark };

    std::optional<ScriptView> chineseScript; // nullopt: as the essay's layout decides
    QString englishFont;
    QString chineseFont;
    int pointSize = 11;
    Theme theme = Theme::System;
    QString dictionaryTrigger = QStringLiteral("hover");
    QString libraryPath;
    QString language = QStringLiteral("system");

    static Preferences load();
    void save() const;

    // The library to open when the command line names none.
    QString effectiveLibraryPath() const;

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);
    // Sets the application palette: the platform's (system), or Fusion's light or a dark
    // one. Widgets and the page (EssayColours reads the palette) follow at once.
    static void applyTheme(Theme theme);
    void applyTheme() const { applyTheme(theme); }
};

} // namespace duizhao
