#pragma once

#include <QString>
#include <QStringView>

#include <string_view>
#include <vector>

namespace duizhao {

class CharacterTable;
class RegionalVocabulary;

// One character of folded text and the span of the original it came from.
struct FoldedChar {
    char32_t codePoint;
    int begin; // offset of the first original code unit (UTF-8 bytes or UTF-16 units)
    int end;   // offset just past the last one
};

// The folding search applies, the same way to indexed text and to queries, so that a
// term typed once matches every script and spelling of it. Per character:
//
//  1. zero-width and other default-ignorable characters vanish (U+200B, U+FEFF, U+00AD)
//  2. width and case: NFKC_Casefold (ICU), with fast paths for ASCII and the
//     full-width ASCII block: "ＡＩ" → "ai", "，" → ","
//  3. script (optional): traditional → simplified by OpenCC's character table
//     (CharacterTable::traditionalToSimplified, TSCharacters only): 國 → 国
//  4. vocabulary (optional): Taiwan phrases → mainland phrases over the folded text,
//     longest match first: 晶片 → 芯片, 網際網路 → 互联网 (the replacement's characters
//     all point at the whole original phrase)
//
// Offsets always point into the original, so a match can be highlighted in the
// original script.
class SearchFolder
{
public:
    // How search sees a folded character: part of a word (Latin letters, digits, other
    // alphabets), CJK (Han, kana: indexed character by character) or a separator.
    enum class CharClass { Separator, Word, Cjk };
    static CharClass charClass(char32_t codePoint);

    struct Options {
        bool script = true;
        bool vocabulary = true;
    };

    static const SearchFolder &instance();
    SearchFolder(const CharacterTable &toSimplified, const RegionalVocabulary &vocabulary);

    // Appends to `out`; offsets are byte offsets into `utf8`. Invalid UTF-8 sequences
    // are skipped.
    void fold(std::string_view utf8, Options options, std::vector<FoldedChar> &out) const;
    // Offsets are UTF-16 offsets into `text`.
    void fold(QStringView text, Options options, std::vector<FoldedChar> &out) const;
    // The folded text alone, for containment checks.
    QString foldedString(QStringView text, Options options) const;

private:
    void foldCodePoint(char32_t codePoint, int begin, int end, bool script,
                       std::vector<FoldedChar> &out) const;
    void foldVocabulary(std::vector<FoldedChar> &chars, size_t from) const;

    const CharacterTable &m_toSimplified;
    const RegionalVocabulary &m_vocabulary;
};

} // namespace duizhao
