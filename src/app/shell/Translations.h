#pragma once

#include <QString>

namespace duizhao {

// The UI's language: Duizhao's own translations (resources/translations/*.ts, compiled
// into the binary as :/i18n/duizhao_<lang>.qm) and Qt's (qtbase_<lang>.qm from
// QLibraryInfo::TranslationsPath, Debian's qt6-translations-l10n). Chosen once at start,
// before any widget exists: "system" follows the locale (zh_TW, zh_HK, zh_Hant → 繁體;
// other zh → 简体; anything else English).
//
//   uiLanguage("system") with LANG=zh_TW.UTF-8 → "zh_TW"
//   uiLanguage("zh_CN") → "zh_CN";  uiLanguage("fr") → "en"
namespace Translations {

QString uiLanguage(const QString &choice);
// Installs the translators for `choice` into the application; returns the language
// used ("en", "zh_CN", "zh_TW").
QString install(const QString &choice);

} // namespace Translations

} // namespace duizhao
