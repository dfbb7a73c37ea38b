#include "SearchFolder.h"

#include "RegionalVocabulary.h"
#include "ScriptTables.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/uscript.h>

namespace duizhao {

namespace {

const UNormalizer2 *nfkcCasefold()
{
    static const UNormalizer2 *normalizer = [] {
        UErrorCode status = U_ZERO_ERROR;
        const UNormalizer2 *instance = unorm2_getNFKCCasefoldInstance(&status);
        return U_SUCCESS(status) ? instance : nullptr;
    }();
    return normalizer;
}

} // namespace

SearchFolder::CharClass SearchFolder::charClass(char32_t c)
{
    if (c < 0x80) {
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
                           || (c >= u'A' && c <= u'Z');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC))
        return CharClass::Cjk;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(c), &status);
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)
        return CharClass::Cjk;
    if (u_isalnum(UChar32(c)) || (U_GET_GC_MASK(UChar32(c)) & U_GC_M_MASK))
        return CharClass::Word;
    return CharClass::Separator;
}

const SearchFolder &SearchFolder::instance()
{
    static const SearchFolder folder(ScriptTables::instance(), RegionalVocabulary::instance());
    return folder;
}

SearchFolder::SearchFolder(const ScriptTables &tables, const RegionalVocabulary &vocabulary)
    : m_tables(tables)
    , m_vocabulary(vocabulary)
{
}

void SearchFolder::foldCodePoint(char32_t c, int begin, int end, bool script,
                                 std::vector<FoldedChar> &out) const
{
    if (c < 0x80) {
        out.push_back({(c >= u'A' && c <= u'Z') ? c + 0x20 : c, begin, end});
        return;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII
        char32_t ascii = c - 0xFEE0;
        out.push_back({(ascii >= u'A' && ascii <= u'Z') ? ascii + 0x20 : ascii, begin, end});
        return;
    }
    if (u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        return;
    if (u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC)) {
        out.push_back({script ? m_tables.foldToSimplified(c) : c, begin, end});
        return;
    }
    // Everything else goes through ICU; one input character may become several
    // ("ﬁ" → "fi", "ß" → "ss") or none.
    const UNormalizer2 *normalizer = nfkcCasefold();
    UChar source[2];
    int32_t sourceLength = 0;
    U16_APPEND_UNSAFE(source, sourceLength, UChar32(c));
    UChar folded[32];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = normalizer ? unorm2_normalize(normalizer, source, sourceLength, folded,
                                                         32, &status)
                                      : 0;
    if (!normalizer || U_FAILURE(status)) {
        out.push_back({c, begin, end});
        return;
    }
    for (int32_t i = 0; i < length;) {
        UChar32 piece;
        U16_NEXT(folded, i, length, piece);
        out.push_back({char32_t(piece), begin, end});
    }
}

void SearchFolder::foldVocabulary(std::vector<FoldedChar> &chars, size_t from) const
{
    const size_t longest = size_t(m_vocabulary.longestPhrase());
    // Most texts have no regional phrase at all: find the first candidate before
    // copying anything.
    size_t first = from;
    while (first + 1 < chars.size()
           && !m_vocabulary.mayStartPhrase(chars[first].codePoint, chars[first + 1].codePoint))
        ++first;
    if (first + 1 >= chars.size())
        return;

    std::vector<FoldedChar> result(chars.begin() + std::ptrdiff_t(from), chars.begin() + std::ptrdiff_t(first));
    result.reserve(chars.size() - from);
    std::u32string candidate;
    for (size_t i = first; i < chars.size();) {
        if (i + 1 >= chars.size()
            || !m_vocabulary.mayStartPhrase(chars[i].codePoint, chars[i + 1].codePoint)) {
            result.push_back(chars[i++]);
            continue;
        }
        const size_t available = std::min(longest, chars.size() - i);
        candidate.clear();
        for (size_t k = i; k < i + available; ++k)
            candidate.push_back(chars[k].codePoint);
        bool replaced = false;
        for (size_t length = available; length >= 2; --length) {
            candidate.resize(length);
            const std::u32string *canonical = m_vocabulary.canonical(candidate);
            if (!canonical)
                continue;
            const int begin = chars[i].begin;
            const int end = chars[i + length - 1].end;
            for (char32_t codePoint : *canonical)
                result.push_back({codePoint, begin, end});
            i += length;
            replaced = true;
            break;
        }
        if (!replaced)
            result.push_back(chars[i++]);
    }
    chars.resize(from);
    chars.insert(chars.end(), result.begin(), result.end());
}

void SearchFolder::fold(std::string_view utf8, Options options, std::vector<FoldedChar> &out) const
{
    const size_t from = out.size();
    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t length = int32_t(utf8.size());
    for (int32_t i = 0; i < length;) {
        const int32_t begin = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0)
            continue;
        foldCodePoint(char32_t(c), begin, i, options.script, out);
    }
    if (options.vocabulary)
        foldVocabulary(out, from);
}

void SearchFolder::fold(QStringView text, Options options, std::vector<FoldedChar> &out) const
{
    const size_t from = out.size();
    const auto *units = reinterpret_cast<const UChar *>(text.utf16());
    const int32_t length = int32_t(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t begin = i;
        UChar32 c;
        U16_NEXT(units, i, length, c);
        foldCodePoint(char32_t(c), begin, i, options.script, out);
    }
    if (options.vocabulary)
        foldVocabulary(out, from);
}

QString SearchFolder::foldedString(QStringView text, Options options) const
{
    std::vector<FoldedChar> chars;
    chars.reserve(size_t(text.size()));
    fold(text, options, chars);
    QString result;
    result.reserve(qsizetype(chars.size()));
    for (const FoldedChar &c : chars)
        result.append(QChar::fromUcs4(c.codePoint));
    return result;
}

} // namespace duizhao
