#pragma once

#include "GlossaryRepository.h"
#include "Language.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace duizhao {

class Dictionary;
class Library;

// What a concordance hit is likely to be in its counterpart (Concordance's Equivalents):
//  1. the glossary: the other side of every pair whose English form (case folded) or
//     Chinese form (script and regional vocabulary folded, as search folds) is the hit;
//     when one of them occurs in the counterpart, the dictionary is not asked;
//  2. for a Chinese hit, its CC-CEDICT definitions (and those of its regional forms: 芯片,
//     晶片) cut into short glosses, the ones the counterpart holds as the words it writes:
//       (芯片, "When governments announce chip subsidies") → {"chip"}
//  3. for an English hit, the Chinese words of the counterpart (the dictionary's longest
//     match) whose definitions hold the hit, or its singular, as a whole word:
//       ("chips", "訓練大型人工智慧模型…加速器晶片…") → {"晶片"}
//     a word of one character only when no longer word is found.
// A copy of the glossary is kept, so an object can be used on any thread (and several at
// once: it is never changed after construction).
class TermEquivalents
{
public:
    TermEquivalents(QList<GlossaryTerm> glossary, const Dictionary &dictionary);
    // The library's glossary, read now, and the process's dictionary.
    static TermEquivalents of(Library &library);

    QStringList operator()(const QString &term, Language from, Language to,
                           const QString &counterpart) const;

    QStringList fromGlossary(const QString &term, Language from, const QString &counterpart) const;
    QStringList fromDictionary(const QString &term, Language from,
                               const QString &counterpart) const;
    // A CC-CEDICT definition as the short glosses it lists, without notes in parentheses,
    // classifiers, cross references and a verb's "to":
    //   "(computing) chip; microchip" → {"chip", "microchip"}
    static QStringList glossesOf(const QString &definition);

private:
    struct Entry {
        QString english; // case folded
        QString chinese; // script and vocabulary folded
        GlossaryTerm term;
    };
    QList<Entry> m_glossary;
    const Dictionary &m_dictionary;
};

} // namespace duizhao
