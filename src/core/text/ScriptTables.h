#pragma once

#include "CharacterTable.h"

#include <QList>

namespace duizhao {

// Both directions of OpenCC's character dictionaries, for script detection and
// conversion choices (TSCharacters: traditional → simplified, STCharacters:
// simplified → traditional), each a CharacterTable.
//
// OpenCC's converters segment and look up phrases, which is right for display but far
// too slow to run on every block just to ask "which script is this?". These tables
// answer per code point in O(1):
//   isTraditionalOnly(U+570B 國) == true   (TS maps 國 → 国 and never to itself)
//   isSimplifiedOnly(U+56FD 国)  == true   (ST maps 国 → 國 and never to itself)
//   isSimplifiedOnly(U+540E 后)  == false  (ST maps 后 → 後 or 后: valid in both scripts)
//   foldToSimplified(U+570B)     == U+56FD
// Characters OpenCC does not list are neutral (美, 中, the ASCII range, ...).
//
// Search folding needs only the traditional → simplified direction and uses
// CharacterTable::traditionalToSimplified() directly, so a search never reads
// STCharacters; instance() shares that same table.
class ScriptTables
{
public:
    // Shared, immutable after construction: safe to use from any thread.
    // Throws std::runtime_error when OpenCC's dictionaries cannot be read.
    static const ScriptTables &instance();

    ScriptTables(const CharacterTable &traditionalToSimplified,
                 const CharacterTable &simplifiedToTraditional);

    bool isTraditionalOnly(char32_t codePoint) const
    {
        return m_traditionalToSimplified.isConvertedOnly(codePoint);
    }
    bool isSimplifiedOnly(char32_t codePoint) const
    {
        return m_simplifiedToTraditional.isConvertedOnly(codePoint);
    }
    char32_t foldToSimplified(char32_t codePoint) const
    {
        return m_traditionalToSimplified.conversion(codePoint);
    }

    // The characters a conversion may choose between, when OpenCC lists more than one:
    //   traditionalCandidates(后) == {後, 后};  traditionalCandidates(发) == {發, 髮}
    //   simplifiedCandidates(著) == {着, 著}
    // Empty for characters with one (or no) conversion.
    QList<char32_t> traditionalCandidates(char32_t simplified) const;
    QList<char32_t> simplifiedCandidates(char32_t traditional) const;

private:
    const CharacterTable &m_traditionalToSimplified;
    const CharacterTable &m_simplifiedToTraditional;
};

} // namespace duizhao
