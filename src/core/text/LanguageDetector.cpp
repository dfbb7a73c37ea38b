#include "LanguageDetector.h"

#include "ScriptTables.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace duizhao {

LanguageEvidence &LanguageEvidence::operator+=(const LanguageEvidence &other)
{
    han += other.han;
    latin += other.latin;
    traditionalOnly += other.traditionalOnly;
    simplifiedOnly += other.simplifiedOnly;
    return *this;
}

LanguageDetector::LanguageDetector(const ScriptTables &tables)
    : m_tables(tables)
{}

LanguageEvidence LanguageDetector::evidence(QStringView text) const
{
    LanguageEvidence result;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t codePoint = text[i].unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (codePoint < 0x80) {
            if ((codePoint | 0x20) >= u'a' && (codePoint | 0x20) <= u'z')
                ++result.latin;
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(UChar32(codePoint), &status);
        if (U_FAILURE(status))
            continue;
        if (script == USCRIPT_HAN) {
            ++result.han;
            if (m_tables.isTraditionalOnly(codePoint))
                ++result.traditionalOnly;
            else if (m_tables.isSimplifiedOnly(codePoint))
                ++result.simplifiedOnly;
        } else if (script == USCRIPT_LATIN && u_isalpha(UChar32(codePoint))) {
            ++result.latin;
        }
    }
    return result;
}

Language LanguageDetector::decide(const LanguageEvidence &evidence, Language dominantChinese)
{
    if (evidence.han == 0 && evidence.latin == 0)
        return Language::Undetermined;
    if (evidence.han * 3 < evidence.latin)
        return Language::English;
    const int traditional = evidence.traditionalOnly;
    const int simplified = evidence.simplifiedOnly;
    if (traditional + simplified >= 2) {
        if (traditional >= 2 * simplified && traditional > 0)
            return Language::ChineseTraditional;
        if (simplified >= 2 * traditional && simplified > 0)
            return Language::ChineseSimplified;
    }
    return dominantChinese;
}

Language LanguageDetector::dominantChinese(const LanguageEvidence &total)
{
    return total.simplifiedOnly > total.traditionalOnly ? Language::ChineseSimplified
                                                        : Language::ChineseTraditional;
}

} // namespace duizhao
