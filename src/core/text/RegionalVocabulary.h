#pragma once

#include <QString>

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace duizhao {

class CharacterTable;

// Taiwan ↔ mainland vocabulary, folded to one canonical (mainland, simplified) form for
// search: 晶片 → 芯片, 積體電路 → 集成电路, 人工智慧 → 人工智能, 軟體 → 软件,
// 網際網路 → 互联网, 資訊 → 信息.
//
// Built once from OpenCC's own TWPhrasesRev dictionary (the one tw2sp uses). Both the
// Taiwan phrase and its mainland equivalent are first folded to simplified characters
// with the traditional → simplified CharacterTable, so the table applies to text that has already
// been script-folded and works the same on traditional and simplified input (软体 → 软件 too).
class RegionalVocabulary
{
public:
    // Shared and immutable; from the build's precomputed copy when that describes the
    // installed dictionaries (SharedOpenccTables.cpp, PrecomputedSearchTables).
    static const RegionalVocabulary &instance();
    // Reads TWPhrasesRev.ocd2.
    RegionalVocabulary(const QString &openccDataDir, const CharacterTable &toSimplified);

    // The folded phrases as a flat list of code points, and back: per phrase the length of
    // the Taiwan form, its code points, the length of the canonical form, its code points.
    // 晶片 → 芯片 is {2, 晶, 片, 2, 芯, 片}.
    std::u32string serialized() const;
    static RegionalVocabulary fromSerialized(std::u32string_view codePoints);

    bool operator==(const RegionalVocabulary &other) const = default;

    // The canonical form of a script-folded phrase; empty when it is not a regional one.
    QString canonical(QStringView foldedPhrase) const;
    const std::u32string *canonical(const std::u32string &foldedPhrase) const;
    // Whether some phrase starts with these two characters: rules out almost every
    // position of a text before any lookup of a whole phrase.
    bool mayStartPhrase(char32_t first, char32_t second) const
    {
        // Most characters start no phrase at all: a bit test settles them before a hash
        // lookup (this runs for every character indexed).
        if (first < m_firstCharacters.size() && !m_firstCharacters[first])
            return false;
        return m_firstPairs.count((uint64_t(first) << 32) | second) != 0;
    }
    int longestPhrase() const { return m_longest; } // in code points
    qsizetype size() const { return qsizetype(m_canonical.size()); }

private:
    RegionalVocabulary() = default;
    void add(std::u32string taiwan, std::u32string mainland);

    std::unordered_map<std::u32string, std::u32string> m_canonical;
    std::unordered_set<uint64_t> m_firstPairs;
    std::bitset<0x10000> m_firstCharacters; // first characters of phrases, in the BMP
    int m_longest = 0;
};

} // namespace duizhao
