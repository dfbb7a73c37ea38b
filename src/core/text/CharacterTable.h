#pragma once

#include <QList>
#include <QString>

#include <cstdlib>
#include <memory>
#include <unordered_map>
#include <vector>

namespace duizhao {

// One of OpenCC's character dictionaries (TSCharacters, STCharacters) read into flat
// per-code-point tables, so that "what does this character convert to?" is an array
// read instead of a trie walk. For TSCharacters (traditional → simplified):
//   conversion(U+570B 國)    == U+56FD 国   (the dictionary's first choice)
//   isConvertedOnly(國)     == true        (TS converts 國 and never to itself)
//   isConvertedOnly(后)     == false       (not in TS: valid in both scripts)
// and for STCharacters (simplified → traditional):
//   candidates(发)          == {發, 髮}     (more than one single-character choice)
// A character the dictionary does not list converts to itself and is not "only".
// Entries whose key or value is not exactly one code point (none in OpenCC's character
// dictionaries) are ignored, as are keys at or above U+32000.
//
// The traditional table is what search folding needs and all it needs: a search reads
// this one file, not STCharacters (see ScriptTables for the pair used by detection).
class CharacterTable
{
public:
    // Shared, immutable after construction: safe to use from any thread. Throws
    // std::runtime_error when the dictionary cannot be read. The traditional table comes
    // from the build's precomputed copy when that describes the installed dictionary
    // (SharedOpenccTables.cpp, PrecomputedSearchTables).
    static const CharacterTable &traditionalToSimplified(); // TSCharacters.ocd2
    static const CharacterTable &simplifiedToTraditional(); // STCharacters.ocd2

    // Reads the dictionary (OpenCC's MarisaDict: most of a CLI search's start-up cost).
    CharacterTable(const QString &openccDataDir, const char *dictionaryFileName);

    // The table as a flat list of 32-bit words, and back: per listed character its code
    // point, its conversion (0: itself), 1 if converted-only else 0, the number of
    // candidates and the candidates. 國 → {0x570B, 0x56FD, 1, 0}. The build writes this
    // form into the program so a process need not read the dictionary at all.
    std::vector<char32_t> serialized() const;
    static CharacterTable fromSerialized(const char32_t *words, size_t count);

    bool operator==(const CharacterTable &other) const;

    char32_t conversion(char32_t codePoint) const
    {
        if (codePoint < kTableSize && m_conversion[codePoint] != 0)
            return m_conversion[codePoint];
        return codePoint;
    }
    bool isConvertedOnly(char32_t codePoint) const
    {
        return codePoint < m_convertedOnly.size() && m_convertedOnly[codePoint];
    }
    // Empty for characters with one (or no) conversion.
    QList<char32_t> candidates(char32_t codePoint) const;

private:
    // Covers the BMP and the CJK extension planes (B–G end below U+32000).
    static constexpr char32_t kTableSize = 0x32000;
    struct FreeMemory {
        void operator()(char32_t *memory) const { std::free(memory); }
    };

    CharacterTable();

    // Indexed by code point; 0 where it is itself. From calloc: the kernel's zero pages
    // are touched only where a dictionary writes (~70 of 200 pages); a zero-filled
    // vector faulted in all 800 KB at every start (130 page faults, ~0.25 ms).
    std::unique_ptr<char32_t[], FreeMemory> m_conversion;
    std::vector<bool> m_convertedOnly; // converted, and never to itself
    std::unordered_map<char32_t, QList<char32_t>> m_candidates;
};

} // namespace duizhao
