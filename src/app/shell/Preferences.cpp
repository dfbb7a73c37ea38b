#include "Preferences.h"

#include "Library.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace duizhao {

namespace {

const QString kRightScriptKey = QStringLiteral("reader/rightScript");
const QString kEnglishFontKey = QStringLiteral("reader/englishFont");
const QString kChineseFontKey = QStringLiteral("reader/chineseFont");
const QString kPointSizeKey = QStringLiteral("reader/pointSize");
const QString kDictionaryTriggerKey = QStringLiteral("reader/dictionaryTrigger");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kLibraryPathKey = QStringLiteral("library/path");

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x7f, 0x7f, 0x7f);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::Midlight, QColor(0x34, 0x36, 0x39));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x50));
    palette.setColor(QPalette::Dark, QColor(0x15, 0x16, 0x18));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    return palette;
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.chineseScript = scriptViewFromName(settings.value(kRightScriptKey).toString());
    preferences.englishFont = settings.value(kEnglishFontKey).toString();
    preferences.chineseFont = settings.value(kChineseFontKey).toString();
    preferences.pointSize = settings.value(kPointSizeKey, preferences.pointSize).toInt();
    preferences.theme = themeFromName(settings.value(kThemeKey).toString());
    const QString trigger = settings.value(kDictionaryTriggerKey).toString();
    preferences.dictionaryTrigger =
        trigger == QStringLiteral("click") ? trigger : QStringLiteral("hover");
    preferences.libraryPath = settings.value(kLibraryPathKey).toString();
    preferences.language = settings.value(kLanguageKey, preferences.language).toString();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kRightScriptKey,
                      chineseScript ? scriptViewName(*chineseScript) : QStringLiteral("auto"));
    settings.setValue(kEnglishFontKey, englishFont);
    settings.setValue(kChineseFontKey, chineseFont);
    settings.setValue(kPointSizeKey, pointSize);
    settings.setValue(kThemeKey, themeName(theme));
    settings.setValue(kDictionaryTriggerKey, dictionaryTrigger);
    settings.setValue(kLibraryPathKey, libraryPath);
    settings.setValue(kLanguageKey, language);
}

QString Preferences::effectiveLibraryPath() const
{
    return libraryPath.isEmpty() ? Library::defaultPath() : libraryPath;
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::themeFromName(const QString &name)
{
    if (name == QStringLiteral("light"))
        return Theme::Light;
    if (name == QStringLiteral("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Preferences::applyTheme(Theme theme)
{
    static const QString platformStyle =
        QApplication::style() ? QApplication::style()->name() : QString();
    if (theme == Theme::System) {
        if (QApplication::style()->name() != platformStyle)
            QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // Fusion draws every widget from the palette, so dark is dark everywhere.
    if (QApplication::style()->name() != QStringLiteral("fusion"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                  : QApplication::style()->standardPalette());
}

} // namespace duizhao
