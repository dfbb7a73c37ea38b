#include "RegionalVocabulary.h"

#include "OpenccData.h"
#include "ScriptTables.h"

#include <DictEntry.hpp>
#include <Lexicon.hpp>
#include <MarisaDict.hpp>

#include <QFile>

#include <cstdio>
#include <stdexcept>

namespace duizhao {

namespace {

std::u32string foldedCodePoints(const std::string &utf8, const ScriptTables &tables)
{
    std::u32string folded;
    for (uint codePoint : QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toUcs4())
        folded.push_back(tables.foldToSimplified(codePoint));
    return folded;
}

} // namespace

const RegionalVocabulary &RegionalVocabulary::instance()
{
    static const RegionalVocabulary vocabulary(openccDataDir(), ScriptTables::instance());
    return vocabulary;
}

RegionalVocabulary::RegionalVocabulary(const QString &openccDataDir, const ScriptTables &tables)
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
        std::u32string taiwan = foldedCodePoints(entry->Key(), tables);
        std::u32string mainland = foldedCodePoints(entry->GetDefault(), tables);
        if (taiwan.size() < 2 || taiwan == mainland)
            continue;
        m_firstPairs.insert((uint64_t(taiwan[0]) << 32) | taiwan[1]);
        if (taiwan[0] < m_firstCharacters.size())
            m_firstCharacters.set(taiwan[0]);
        m_longest = std::max(m_longest, int(taiwan.size()));
        m_canonical.emplace(std::move(taiwan), std::move(mainland));
    }
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
