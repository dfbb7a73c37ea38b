#pragma once

#include <QFile>
#include <QString>

#include <cstddef>
#include <sys/stat.h>

// The search folding tables as the build computed them from the dictionaries OpenCC
// installed (tools/GenerateSearchTables.cpp writes PrecomputedSearchTables.cpp into the
// build tree). A command-line search used to spend most of its start reading
// TSCharacters and TWPhrasesRev through OpenCC; with these, a process builds the same
// CharacterTable and RegionalVocabulary from a few thousand words already in memory.
// They are used only while they still describe the installed files (isCurrent()).
namespace duizhao::PrecomputedSearchTables {

struct DictionaryStamp {
    const char *fileName;
    long long size;       // bytes; -1 when the file cannot be read
    long long modifiedNs; // modification time, nanoseconds since the epoch
};

// The file's stamp now; {fileName, -1, -1} when it cannot be read.
inline DictionaryStamp stampOf(const QString &dataDir, const char *fileName)
{
    struct stat status {
    };
    const QByteArray path = QFile::encodeName(dataDir + u'/' + QString::fromLatin1(fileName));
    if (::stat(path.constData(), &status) != 0)
        return {fileName, -1, -1};
    return {fileName, (long long)status.st_size,
            (long long)status.st_mtim.tv_sec * 1000000000LL + status.st_mtim.tv_nsec};
}

// True when openccDataDir() is the folder the build read and each dictionary still has
// the size and modification time it had then (a package upgrade changes them, a
// relocated install — DUIZHAO_OPENCC_DATA — changes the folder). Checked once.
bool isCurrent();

// Written by the build.
extern const char kDataDir[];
extern const DictionaryStamp kDictionaries[2];    // TSCharacters.ocd2, TWPhrasesRev.ocd2
extern const char32_t kTraditionalToSimplified[]; // CharacterTable::serialized()
extern const size_t kTraditionalToSimplifiedSize;
extern const char32_t kRegionalVocabulary[]; // RegionalVocabulary::serialized()
extern const size_t kRegionalVocabularySize;

} // namespace duizhao::PrecomputedSearchTables
