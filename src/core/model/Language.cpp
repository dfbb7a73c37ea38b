#include "Language.h"

#include <QStringList>

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

QString languageTagList(const QList<Language> &languages)
{
    QStringList tags;
    for (Language language : languages)
        tags << languageTag(language);
    return tags.join(u',');
}

QList<Language> languagesFromTagList(const QString &tags)
{
    QList<Language> languages;
    for (const QString &tag : tags.split(u',', Qt::SkipEmptyParts)) {
        if (const auto language = languageFromTag(tag))
            languages << *language;
    }
    return languages;
}

} // namespace duizhao
