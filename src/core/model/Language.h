#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

// The language (and for Chinese, the script) of one block, as BCP 47 tags.
enum class Language {
    Undetermined,       // "und": no letters to judge by (image placeholders, numbers, markers)
    English,            // "en"
    ChineseSimplified,  // "zh-Hans"
    ChineseTraditional, // "zh-Hant"
};

QString languageTag(Language language);
std::optional<Language> languageFromTag(QStringView tag);
// A set of languages as the library stores it: tags joined by commas ("en,zh-Hant").
// Unknown tags are skipped when read.
QString languageTagList(const QList<Language> &languages);
QList<Language> languagesFromTagList(const QString &tags);

inline bool isChinese(Language language)
{
    return language == Language::ChineseSimplified || language == Language::ChineseTraditional;
}

} // namespace duizhao
