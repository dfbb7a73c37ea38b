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

QList<uint> foldedCodePoints(const std::string &utf8, const ScriptTables &tables)
{
    QList<uint> codePoints = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toUcs4();
    for (uint &codePoint : codePoints)
        codePoint = tables.foldToSimplified(codePoint);
    return codePoints;
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
        const QList<uint> taiwan = foldedCodePoints(entry->Key(), tables);
        const QList<uint> mainland = foldedCodePoints(entry->GetDefault(), tables);
        if (taiwan.size() < 2 || taiwan == mainland)
            continue;
        const QString key = QString::fromUcs4(reinterpret_cast<const char32_t *>(taiwan.constData()),
                                              taiwan.size());
        m_canonical.insert(key, QString::fromUcs4(reinterpret_cast<const char32_t *>(mainland.constData()),
                                                  mainland.size()));
        m_firstCharacters.insert(taiwan.front());
        m_longest = std::max(m_longest, int(taiwan.size()));
    }
}

} // namespace duizhao
