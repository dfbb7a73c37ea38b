#pragma once

#include <QString>

#include <optional>

namespace duizhao {

// The language (and for Chinese, the script) of one block, as BCP 47 tags.
enum class Language {
    Undetermined, // "und": no letters to judge by (image placeholders, numbers, markers)
    English,      // "en"
    ChineseSimplified,  // "zh-Hans"
    ChineseTraditional, // "zh-Hant"
};

QString languageTag(Language language);
std::optional<Language> languageFromTag(QStringView tag);

inline bool isChinese(Language language)
{
    return language == Language::ChineseSimplified || language == Language::ChineseTraditional;
}

} // namespace duizhao
