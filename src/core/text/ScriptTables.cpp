#include "ScriptTables.h"

#include "OpenccData.h"

#include <DictEntry.hpp>
#include <Lexicon.hpp>
#include <MarisaDict.hpp>

#include <QFile>

#include <cstdio>
#include <stdexcept>

namespace duizhao {

namespace {

// Covers the BMP and the CJK extension planes (B–G end below U+32000).
constexpr char32_t kTableSize = 0x32000;

// Decodes a dictionary key that is exactly one UTF-8 encoded code point; 0 otherwise.
char32_t singleCodePoint(const std::string &utf8)
{
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    const QList<uint> codePoints = text.toUcs4();
    return codePoints.size() == 1 ? char32_t(codePoints.front()) : 0;
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

const ScriptTables &ScriptTables::instance()
{
    static const ScriptTables tables(openccDataDir());
    return tables;
}

ScriptTables::ScriptTables(const QString &openccDataDir)
    : m_flags(kTableSize, 0)
    , m_toSimplified(kTableSize, 0)
{
    // A character is "X-only" when the dictionary converts it and never offers the
    // character itself as one of the conversions.
    const auto markOnly = [this](const opencc::Dict &dict, Flag onlyFlag, bool recordFold,
                                 std::unordered_map<char32_t, QList<char32_t>> &choices) {
        for (const auto &entry : *dict.GetLexicon()) {
            const char32_t key = singleCodePoint(entry->Key());
            if (key == 0 || key >= kTableSize)
                continue;
            bool mapsToItself = false;
            QList<char32_t> candidates;
            for (const std::string &value : entry->Values()) {
                const char32_t candidate = singleCodePoint(value);
                mapsToItself = mapsToItself || candidate == key;
                if (candidate != 0)
                    candidates << candidate;
            }
            if (candidates.size() > 1)
                choices.emplace(key, candidates);
            if (!mapsToItself)
                m_flags[key] |= onlyFlag;
            if (recordFold) {
                const char32_t target = singleCodePoint(entry->GetDefault());
                if (target != 0 && target != key)
                    m_toSimplified[key] = target;
            }
        }
    };
    markOnly(*openDictionary(openccDataDir, "TSCharacters.ocd2"), TraditionalOnly, true,
             m_simplifiedChoices);
    markOnly(*openDictionary(openccDataDir, "STCharacters.ocd2"), SimplifiedOnly, false,
             m_traditionalChoices);
}

char32_t ScriptTables::foldToSimplified(char32_t codePoint) const
{
    if (codePoint < m_toSimplified.size() && m_toSimplified[codePoint] != 0)
        return m_toSimplified[codePoint];
    return codePoint;
}

} // namespace duizhao

namespace duizhao {

QList<char32_t> ScriptTables::traditionalCandidates(char32_t simplified) const
{
    const auto found = m_traditionalChoices.find(simplified);
    return found == m_traditionalChoices.end() ? QList<char32_t>() : found->second;
}

QList<char32_t> ScriptTables::simplifiedCandidates(char32_t traditional) const
{
    const auto found = m_simplifiedChoices.find(traditional);
    return found == m_simplifiedChoices.end() ? QList<char32_t>() : found->second;
}

} // namespace duizhao
