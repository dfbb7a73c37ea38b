#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace duizhao {

// Pinyin as CC-CEDICT writes it (numbered, syllables separated by spaces) turned into
// the tone-marked form a reader expects, and a reading for characters the dictionary
// lacks from ICU's Han-Latin transliterator.
//   toneMarks(u"zhong1 guo2")  → "zhōng guó"
//   toneMarks(u"nu:3 er2")     → "nǚ ér"        (u: and v are ü)
//   toneMarks(u"Mei3 guo2")    → "Měi guó"      (a proper name keeps its capital)
//   toneMarks(u"wan2 r5")      → "wán r"        (erhua; tone 5 is the neutral tone: no mark)
//   toneMarks(u"san1 C")       → "sān C"        (anything that is not a syllable stays)
// The mark goes on a or e, else on the o of ou, else on the last vowel; a syllable
// without vowels (m2, n2, ng4) takes it on its first letter.
class Pinyin
{
public:
    struct Syllable {
        QString text; // tone-marked
        int tone;     // 1–4, 5 for the neutral tone, 0 when the token is not pinyin
    };

    static QString toneMarks(QStringView numbered);
    static QList<Syllable> syllables(QStringView numbered);
    // One tone-marked syllable back to its numbered form: "nǚ" → "nu:3", "ma" → "ma5".
    static QString numbered(QStringView toneMarked);

    // ICU's Han-Latin reading of Chinese text, tone-marked, one syllable per character
    // separated by spaces: fromHan(u"龘") → "dá". Thread-safe; the transliterator is
    // made on first use. A text ICU cannot read comes back unchanged.
    static QString fromHan(QStringView text);
};

} // namespace duizhao
