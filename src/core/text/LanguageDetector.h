#pragma once

#include "Language.h"

#include <QStringView>

namespace duizhao {

class ScriptTables;

// What the letters of a piece of text say about its language and script.
struct LanguageEvidence {
    int han = 0;             // Han ideographs
    int latin = 0;           // Latin letters
    int traditionalOnly = 0; // Han characters only traditional text uses (國, 這, 體)
    int simplifiedOnly = 0;  // Han characters only simplified text uses (国, 这, 体)

    LanguageEvidence &operator+=(const LanguageEvidence &other);
};

// Decides en / zh-Hans / zh-Hant / und for blocks of scraped text.
//
// Chinese vs English: one Han character carries about as much as a short English
// word, so text is Chinese when han * 3 >= latin ("美國科技精英對DeepSeek著迷" is
// Chinese; "the Chinese firm 華為" is English).
//
// Simplified vs traditional: counts characters that only one script uses, from
// OpenCC's own character tables. Converted text keeps leftovers of the other script
// (traditional text with 并, 么), so a block is only judged on its own when its
// evidence is clear (at least two characters, and twice as many of one kind);
// otherwise it takes the essay's dominant script.
class LanguageDetector
{
public:
    explicit LanguageDetector(const ScriptTables &tables);

    LanguageEvidence evidence(QStringView text) const;

    // The language of one block; `dominantChinese` breaks ties for Chinese text.
    static Language decide(const LanguageEvidence &evidence, Language dominantChinese);

    // The script of a whole essay's Chinese: traditional unless simplified-only
    // characters outnumber traditional-only ones.
    static Language dominantChinese(const LanguageEvidence &total);

private:
    const ScriptTables &m_tables;
};

} // namespace duizhao
