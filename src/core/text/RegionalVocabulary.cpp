#include "RegionalVocabulary.h"

#include "CharacterTable.h"

#include <DictEntry.hpp>
#include <Lexicon.hpp>
#include <MarisaDict.hpp>

#include <QFile>

#include <unicode/utf8.h>

#include <cstdio>
#include <stdexcept>

namespace duizhao {

namespace {

// A dictionary phrase as code points, each folded to simplified: "積體電路" → 积体电路.
// Decoded in place (no QString round trip: this runs for every entry on every start);
// an invalid sequence becomes U+FFFD (OpenCC's data is valid UTF-8).
std::u32string foldedCodePoints(const std::string &utf8, const CharacterTable &toSimplified)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t length = int32_t(utf8.size());
    std::u32string folded;
    folded.reserve(size_t(length) / 3 + 1);
    for (int32_t offset = 0; offset < length;) {
        UChar32 codePoint;
        U8_NEXT_OR_FFFD(bytes, offset, length, codePoint);
        folded.push_back(toSimplified.conversion(char32_t(codePoint)));
    }
    return folded;
}

} // namespace

RegionalVocabulary::RegionalVocabulary(const QString &openccDataDir,
                                       const CharacterTable &toSimplified)
{
    const QString path = openccDataDir + QStringLiteral("/TWPhrasesRev.ocd2");
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        throw std::runtime_error("cannot open OpenCC dictionary " + path.toStdString());
    opencc::MarisaDictPtr dict;
    try {
        dict = opencc::MarisaDict::NewFromFile(file);
    } catch (...) {
        std::fclose(file);
        throw std::runtime_error("cannot read OpenCC dictionary " + path.toStdString());
    }
    std::fclose(file);

    for (const auto &entry : *dict->GetLexicon()) {
        std::u32string taiwan = foldedCodePoints(entry->Key(), toSimplified);
        std::u32string mainland = foldedCodePoints(entry->GetDefault(), toSimplified);
        if (taiwan.size() < 2 || taiwan == mainland)
            continue;
        add(std::move(taiwan), std::move(mainland));
    }
}

void RegionalVocabulary::add(std::u32string taiwan, std::u32string mainland)
{
    m_firstPairs.insert((uint64_t(taiwan[0]) << 32) | taiwan[1]);
    if (taiwan[0] < m_firstCharacters.size())
        m_firstCharacters.set(taiwan[0]);
    m_longest = std::max(m_longest, int(taiwan.size()));
    // Two Taiwan phrases may fold to one form: the first listed keeps it.
    m_canonical.emplace(std::move(taiwan), std::move(mainland));
}

std::u32string RegionalVocabulary::serialized() const
{
    std::u32string codePoints;
    for (const auto &[taiwan, mainland] : m_canonical) {
        codePoints += char32_t(taiwan.size());
        codePoints += taiwan;
        codePoints += char32_t(mainland.size());
        codePoints += mainland;
    }
    return codePoints;
}

RegionalVocabulary RegionalVocabulary::fromSerialized(std::u32string_view codePoints)
{
    RegionalVocabulary vocabulary;
    const auto take = [&codePoints](size_t &offset) {
        if (offset >= codePoints.size() || offset + 1 + codePoints[offset] > codePoints.size())
            throw std::runtime_error("malformed precomputed vocabulary");
        const size_t length = codePoints[offset];
        std::u32string phrase(codePoints.substr(offset + 1, length));
        offset += 1 + length;
        return phrase;
    };
    for (size_t offset = 0; offset < codePoints.size();) {
        std::u32string taiwan = take(offset);
        std::u32string mainland = take(offset);
        if (taiwan.size() < 2)
            throw std::runtime_error("malformed precomputed vocabulary");
        vocabulary.add(std::move(taiwan), std::move(mainland));
    }
    return vocabulary;
}

const std::u32string *RegionalVocabulary::canonical(const std::u32string &foldedPhrase) const
{
    const auto found = m_canonical.find(foldedPhrase);
    return found == m_canonical.end() ? nullptr : &found->second;
}

QString RegionalVocabulary::canonical(QStringView foldedPhrase) const
{
    const QList<uint> codePoints = foldedPhrase.toUcs4();
    const std::u32string *result = canonical(std::u32string(codePoints.begin(), codePoints.end()));
    return result ? QString::fromUcs4(result->data(), qsizetype(result->size())) : QString();
}

} // namespace duizhao
