#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace duizhao {

class Dictionary;

// A text cut into words a reader would point at, with a reading for each Chinese word.
// Chinese runs are cut by longest match against CC-CEDICT, left to right; a character
// the dictionary lacks is a word of its own, read by ICU's Han-Latin transliterator.
// Everything else is cut by ICU's word breaks (Segmenter::words): spaces and
// punctuation are no words.
//   segment(u"美国限制芯片出口") → 美国 Měi guó | 限制 xiàn zhì | 芯片 xīn piàn | 出口 chū kǒu
//   segment(u"the AI chip")     → the | AI | chip   (no pinyin)
// Without dictionary data every Han character is a word read by ICU.
class WordSegmenter
{
public:
    struct Word {
        qsizetype start; // UTF-16 offsets into the text
        qsizetype end;
        bool chinese;
        bool inDictionary;
        QString pinyinNumbered; // empty for a word that is not Chinese
        QString pinyin;         // tone marks

        friend bool operator==(const Word &, const Word &) = default;
    };

    static QList<Word> segment(QStringView text, const Dictionary &dictionary);
    // Only the word boundaries, without readings (snapping a selection).
    static QList<Word> boundaries(QStringView text, const Dictionary &dictionary);
    static bool isHan(char32_t codePoint);
};

} // namespace duizhao
