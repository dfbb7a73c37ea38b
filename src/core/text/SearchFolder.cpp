#include "SearchFolder.h"

#include "CharacterTable.h"
#include "RegionalVocabulary.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <array>
#include <atomic>
#include <memory>

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

// The CJK Unified Ideographs and Extension A blocks: every code point in them is
// assigned, ideographic and not default-ignorable (Unicode 13 and later), so the bulk
// of Chinese text needs no ICU property lookup.
bool isCommonIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// A per-code-point answer for the Basic Multilingual Plane, computed with ICU the first
// time a 256-character page is touched and kept for the life of the process. ICU's
// property and normalisation calls cost far more than a table read, and the same few
// hundred punctuation marks and letters recur on every line. Safe to share between
// threads: a page is published once, atomically; a thread that loses the race drops its
// own copy.
template <typename Entry, Entry (*compute)(char32_t)> class LazyBmpTable
{
public:
    LazyBmpTable() = default;
    LazyBmpTable(const LazyBmpTable &) = delete;
    LazyBmpTable &operator=(const LazyBmpTable &) = delete;
    ~LazyBmpTable()
    {
        for (auto &page : m_pages)
            delete page.load();
    }

    Entry operator[](char32_t c)
    {
        const Page *page = m_pages[c >> 8].load(std::memory_order_acquire);
        if (!page)
            page = fill(c >> 8);
        return (*page)[c & 0xFF];
    }

private:
    using Page = std::array<Entry, 256>;

    const Page *fill(size_t index)
    {
        auto page = std::make_unique<Page>();
        for (size_t i = 0; i < page->size(); ++i)
            (*page)[i] = compute(char32_t((index << 8) | i));
        const Page *expected = nullptr;
        if (m_pages[index].compare_exchange_strong(expected, page.get(), std::memory_order_acq_rel))
            return page.release();
        return expected;
    }

    std::array<std::atomic<const Page *>, 0x10000 / 256> m_pages{};
};

SearchFolder::CharClass computeCharClass(char32_t c)
{
    if (u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC))
        return SearchFolder::CharClass::Cjk;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(c), &status);
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)
        return SearchFolder::CharClass::Cjk;
    if (u_isalnum(UChar32(c)) || (U_GET_GC_MASK(UChar32(c)) & U_GC_M_MASK))
        return SearchFolder::CharClass::Word;
    return SearchFolder::CharClass::Separator;
}

// What folding does to one BMP code point that no fast path covers.
struct FoldEntry {
    enum class Action : uint8_t {
        Drop,      // default-ignorable
        Ideograph, // script folding applies
        Single,    // NFKC_Casefold gives exactly `folded`
        Icu,       // several code points or none: ask ICU each time
    };
    char32_t folded;
    Action action;
};

FoldEntry computeFoldEntry(char32_t c)
{
    if (u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        return {c, FoldEntry::Action::Drop};
    if (u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC))
        return {c, FoldEntry::Action::Ideograph};
    const UNormalizer2 *normalizer = nfkcCasefold();
    if (!normalizer || U16_IS_SURROGATE(c))
        return {c, FoldEntry::Action::Icu};
    const UChar source[1] = {UChar(c)};
    UChar folded[32];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = unorm2_normalize(normalizer, source, 1, folded, 32, &status);
    if (U_FAILURE(status) || length != 1 || U16_IS_SURROGATE(folded[0]))
        return {c, FoldEntry::Action::Icu};
    return {char32_t(folded[0]), FoldEntry::Action::Single};
}

LazyBmpTable<SearchFolder::CharClass, computeCharClass> &charClassTable()
{
    static LazyBmpTable<SearchFolder::CharClass, computeCharClass> table;
    return table;
}

LazyBmpTable<FoldEntry, computeFoldEntry> &foldTable()
{
    static LazyBmpTable<FoldEntry, computeFoldEntry> table;
    return table;
}

} // namespace

SearchFolder::CharClass SearchFolder::charClass(char32_t c)
{
    if (c < 0x80) {
        const bool alnum =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (isCommonIdeograph(c))
        return CharClass::Cjk;
    return c < 0x10000 ? charClassTable()[c] : computeCharClass(c);
}

const SearchFolder &SearchFolder::instance()
{
    static const SearchFolder folder(CharacterTable::traditionalToSimplified(),
                                     RegionalVocabulary::instance());
    return folder;
}

SearchFolder::SearchFolder(const CharacterTable &toSimplified, const RegionalVocabulary &vocabulary)
    : m_toSimplified(toSimplified)
    , m_vocabulary(vocabulary)
{}

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
    if (isCommonIdeograph(c)) {
        out.push_back({script ? m_toSimplified.conversion(c) : c, begin, end});
        return;
    }
    if (c < 0x10000) {
        const FoldEntry entry = foldTable()[c];
        switch (entry.action) {
        case FoldEntry::Action::Drop:
            return;
        case FoldEntry::Action::Ideograph:
            out.push_back({script ? m_toSimplified.conversion(c) : c, begin, end});
            return;
        case FoldEntry::Action::Single:
            out.push_back({entry.folded, begin, end});
            return;
        case FoldEntry::Action::Icu:
            break;
        }
    }
    if (u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        return;
    if (u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC)) {
        out.push_back({script ? m_toSimplified.conversion(c) : c, begin, end});
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
    const int32_t length =
        normalizer ? unorm2_normalize(normalizer, source, sourceLength, folded, 32, &status) : 0;
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
    while (first + 1 < chars.size() &&
           !m_vocabulary.mayStartPhrase(chars[first].codePoint, chars[first + 1].codePoint))
        ++first;
    if (first + 1 >= chars.size())
        return;

    std::vector<FoldedChar> result(chars.begin() + std::ptrdiff_t(from),
                                   chars.begin() + std::ptrdiff_t(first));
    result.reserve(chars.size() - from);
    std::u32string candidate;
    for (size_t i = first; i < chars.size();) {
        if (i + 1 >= chars.size() ||
            !m_vocabulary.mayStartPhrase(chars[i].codePoint, chars[i + 1].codePoint)) {
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
