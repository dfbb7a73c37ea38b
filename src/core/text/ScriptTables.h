#pragma once

#include <QString>

#include <QList>

#include <unordered_map>
#include <vector>

namespace duizhao {

// Flat code-point tables built once from OpenCC's own character dictionaries
// (TSCharacters: traditional → simplified, STCharacters: simplified → traditional).
//
// OpenCC's converters segment and look up phrases, which is right for display but far
// too slow to run on every block just to ask "which script is this?". These tables
// answer per code point in O(1):
//   isTraditionalOnly(U+570B 國) == true   (TS maps 國 → 国 and never to itself)
//   isSimplifiedOnly(U+56FD 国)  == true   (ST maps 国 → 國 and never to itself)
//   isSimplifiedOnly(U+540E 后)  == false  (ST maps 后 → 後 or 后: valid in both scripts)
//   foldToSimplified(U+570B)     == U+56FD
// Characters OpenCC does not list are neutral (美, 中, the ASCII range, ...).
class ScriptTables
{
public:
    // Shared, immutable after construction: safe to use from any thread.
    // Throws std::runtime_error when OpenCC's dictionaries cannot be read.
    static const ScriptTables &instance();

    explicit ScriptTables(const QString &openccDataDir);

    bool isTraditionalOnly(char32_t codePoint) const { return flag(codePoint) & TraditionalOnly; }
    bool isSimplifiedOnly(char32_t codePoint) const { return flag(codePoint) & SimplifiedOnly; }
    char32_t foldToSimplified(char32_t codePoint) const;

    // The characters a conversion may choose between, when OpenCC lists more than one:
    //   traditionalCandidates(后) == {後, 后};  traditionalCandidates(发) == {發, 髮}
    //   simplifiedCandidates(著) == {着, 著}
    // Empty for characters with one (or no) conversion.
    QList<char32_t> traditionalCandidates(char32_t simplified) const;
    QList<char32_t> simplifiedCandidates(char32_t traditional) const;

private:
    enum Flag : unsigned char { TraditionalOnly = 1, SimplifiedOnly = 2 };
    unsigned char flag(char32_t codePoint) const
    {
        return codePoint < m_flags.size() ? m_flags[codePoint] : 0;
    }

    std::vector<unsigned char> m_flags;     // indexed by code point
    std::vector<char32_t> m_toSimplified;   // 0 where the character folds to itself
    std::unordered_map<char32_t, QList<char32_t>> m_traditionalChoices;
    std::unordered_map<char32_t, QList<char32_t>> m_simplifiedChoices;
};

} // namespace duizhao
