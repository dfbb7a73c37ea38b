#include "Language.h"

namespace duizhao {

QString languageTag(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::ChineseSimplified:
        return QStringLiteral("zh-Hans");
    case Language::ChineseTraditional:
        return QStringLiteral("zh-Hant");
    case Language::Undetermined:
        break;
    }
    return QStringLiteral("und");
}

std::optional<Language> languageFromTag(QStringView tag)
{
    if (tag == u"en")
        return Language::English;
    if (tag == u"zh-Hans")
        return Language::ChineseSimplified;
    if (tag == u"zh-Hant")
        return Language::ChineseTraditional;
    if (tag == u"und")
        return Language::Undetermined;
    return std::nullopt;
}

} // namespace duizhao
