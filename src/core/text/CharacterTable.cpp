#include "CharacterTable.h"

#include <DictEntry.hpp>
#include <Lexicon.hpp>
#include <MarisaDict.hpp>

#include <QFile>

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <new>
#include <stdexcept>

namespace duizhao {

namespace {

// The code point of a dictionary key or value that is exactly one UTF-8 encoded code
// point; 0 for anything else: "國" → U+570B, "國家" → 0, "" → 0, invalid bytes → 0.
// Decoded in place: this runs twice per entry of a 4,000-entry dictionary on every
// process start, where a QString round trip per call was most of the start-up cost.
char32_t singleCodePoint(const std::string &utf8)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t length = int32_t(utf8.size());
    if (length == 0 || length > 4)
        return 0;
    int32_t offset = 0;
    UChar32 codePoint;
    U8_NEXT(bytes, offset, length, codePoint);
    return codePoint > 0 && offset == length ? char32_t(codePoint) : 0;
}

opencc::MarisaDictPtr openDictionary(const QString &dataDir, const char *fileName)
{
    const QString path = dataDir + u'/' + QString::fromLatin1(fileName);
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        throw std::runtime_error("cannot open OpenCC dictionary " + path.toStdString());
    try {
        opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(file);
        std::fclose(file);
        return dict;
    } catch (...) {
        std::fclose(file);
        throw std::runtime_error("cannot read OpenCC dictionary " + path.toStdString());
    }
}

} // namespace

CharacterTable::CharacterTable()
    : m_conversion(static_cast<char32_t *>(std::calloc(kTableSize, sizeof(char32_t))))
    , m_convertedOnly(kTableSize, false)
{
    if (!m_conversion)
        throw std::bad_alloc();
}

bool CharacterTable::operator==(const CharacterTable &other) const
{
    return std::equal(m_conversion.get(), m_conversion.get() + kTableSize,
                      other.m_conversion.get()) &&
           m_convertedOnly == other.m_convertedOnly && m_candidates == other.m_candidates;
}

CharacterTable::CharacterTable(const QString &openccDataDir, const char *dictionaryFileName)
    : CharacterTable()
{
    const opencc::MarisaDictPtr dict = openDictionary(openccDataDir, dictionaryFileName);
    std::vector<char32_t> choices; // reused: most entries have a single choice
    for (const auto &entry : *dict->GetLexicon()) {
        const char32_t key = singleCodePoint(entry->Key());
        if (key == 0 || key >= kTableSize)
            continue;
        // Values() copies; take it once. Its first element is what GetDefault() returns.
        const std::vector<std::string> values = entry->Values();
        bool mapsToItself = false;
        choices.clear();
        for (const std::string &value : values) {
            const char32_t choice = singleCodePoint(value);
            mapsToItself = mapsToItself || choice == key;
            if (choice != 0)
                choices.push_back(choice);
        }
        if (choices.size() > 1)
            m_candidates.emplace(key, QList<char32_t>(choices.begin(), choices.end()));
        if (!mapsToItself)
            m_convertedOnly[key] = true;
        const char32_t first = values.empty() ? 0 : singleCodePoint(values.front());
        if (first != 0 && first != key)
            m_conversion[key] = first;
    }
}

std::vector<char32_t> CharacterTable::serialized() const
{
    std::vector<char32_t> words;
    for (char32_t c = 0; c < kTableSize; ++c) {
        const auto found = m_candidates.find(c);
        if (m_conversion[c] == 0 && !m_convertedOnly[c] && found == m_candidates.end())
            continue;
        words.insert(words.end(), {c, m_conversion[c], char32_t(m_convertedOnly[c] ? 1 : 0)});
        if (found == m_candidates.end()) {
            words.push_back(0);
            continue;
        }
        words.push_back(char32_t(found->second.size()));
        words.insert(words.end(), found->second.begin(), found->second.end());
    }
    return words;
}

CharacterTable CharacterTable::fromSerialized(const char32_t *words, size_t count)
{
    CharacterTable table;
    for (size_t i = 0; i + 4 <= count;) {
        const char32_t key = words[i];
        const size_t candidates = words[i + 3];
        if (key >= kTableSize || i + 4 + candidates > count)
            throw std::runtime_error("malformed precomputed character table");
        table.m_conversion[key] = words[i + 1];
        table.m_convertedOnly[key] = words[i + 2] != 0;
        if (candidates > 0)
            table.m_candidates.emplace(key,
                                       QList<char32_t>(words + i + 4, words + i + 4 + candidates));
        i += 4 + candidates;
    }
    return table;
}

QList<char32_t> CharacterTable::candidates(char32_t codePoint) const
{
    const auto found = m_candidates.find(codePoint);
    return found == m_candidates.end() ? QList<char32_t>() : found->second;
}

} // namespace duizhao
