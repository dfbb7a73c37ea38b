// The process-wide instances of the tables read from OpenCC's dictionaries. They live
// apart from CharacterTable.cpp and RegionalVocabulary.cpp because those two are also
// compiled into the build's table generator, which cannot use the tables it writes.
#include "CharacterTable.h"
#include "OpenccData.h"
#include "PrecomputedSearchTables.h"
#include "RegionalVocabulary.h"

#include <string_view>

namespace duizhao {

bool PrecomputedSearchTables::isCurrent()
{
    static const bool current = [] {
        const QString dataDir = openccDataDir();
        if (dataDir != QString::fromUtf8(kDataDir))
            return false;
        for (const DictionaryStamp &recorded : kDictionaries) {
            const DictionaryStamp now = stampOf(dataDir, recorded.fileName);
            if (now.size != recorded.size || now.modifiedNs != recorded.modifiedNs)
                return false;
        }
        return true;
    }();
    return current;
}

const CharacterTable &CharacterTable::traditionalToSimplified()
{
    static const CharacterTable table =
        PrecomputedSearchTables::isCurrent()
            ? CharacterTable::fromSerialized(PrecomputedSearchTables::kTraditionalToSimplified,
                                             PrecomputedSearchTables::kTraditionalToSimplifiedSize)
            : CharacterTable(openccDataDir(), "TSCharacters.ocd2");
    return table;
}

// Only detection and conversion choices need this direction (an import, the reader),
// never a search; it is read from the dictionary.
const CharacterTable &CharacterTable::simplifiedToTraditional()
{
    static const CharacterTable table(openccDataDir(), "STCharacters.ocd2");
    return table;
}

const RegionalVocabulary &RegionalVocabulary::instance()
{
    static const RegionalVocabulary vocabulary =
        PrecomputedSearchTables::isCurrent()
            ? RegionalVocabulary::fromSerialized(
                  std::u32string_view(PrecomputedSearchTables::kRegionalVocabulary,
                                      PrecomputedSearchTables::kRegionalVocabularySize))
            : RegionalVocabulary(openccDataDir(), CharacterTable::traditionalToSimplified());
    return vocabulary;
}

} // namespace duizhao
