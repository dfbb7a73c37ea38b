#include "WordSegmenter.h"

#include "Dictionary.h"
#include "Pinyin.h"
#include "Segmenter.h"

#include <QChar>

namespace duizhao {

namespace {

char32_t codePointAt(QStringView text, qsizetype at)
{
    const QChar c = text[at];
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[at + 1]);
    return c.unicode();
}

qsizetype codePointLength(QStringView text, qsizetype at)
{
    return codePointAt(text, at) > 0xffff ? 2 : 1;
}

QList<WordSegmenter::Word> cut(QStringView text, const Dictionary &dictionary, bool readings)
{
    QList<WordSegmenter::Word> words;
    qsizetype at = 0;
    while (at < text.size()) {
        if (!WordSegmenter::isHan(codePointAt(text, at))) {
            qsizetype end = at;
            while (end < text.size() && !WordSegmenter::isHan(codePointAt(text, end)))
                end += codePointLength(text, end);
            for (const Segmenter::Range &range : Segmenter::words(text.mid(at, end - at)))
                words << WordSegmenter::Word{
                    at + range.start, at + range.end, false, false, {}, {}};
            at = end;
            continue;
        }
        qsizetype length = dictionary.longestMatch(text, at);
        WordSegmenter::Word word{at, at, true, length > 0, {}, {}};
        if (length == 0)
            length = codePointLength(text, at);
        word.end = at + length;
        if (readings) {
            const QStringView form = text.mid(at, length);
            word.pinyinNumbered = dictionary.preferredPinyin(form);
            if (word.pinyinNumbered.isEmpty()) {
                word.pinyin = Pinyin::fromHan(form);
                if (word.pinyin == form)
                    word.pinyin.clear(); // ICU has no reading either
                QStringList numbered;
                for (const QStringView syllable : QStringView(word.pinyin).tokenize(u' '))
                    numbered << Pinyin::numbered(syllable);
                word.pinyinNumbered = numbered.join(u' ');
            } else {
                word.pinyin = Pinyin::toneMarks(word.pinyinNumbered);
            }
        }
        words << word;
        at += length;
    }
    return words;
}

} // namespace

bool WordSegmenter::isHan(char32_t codePoint)
{
    return codePoint == U'\u3007' || QChar::script(codePoint) == QChar::Script_Han;
}

QList<WordSegmenter::Word> WordSegmenter::segment(QStringView text, const Dictionary &dictionary)
{
    return cut(text, dictionary, true);
}

QList<WordSegmenter::Word> WordSegmenter::boundaries(QStringView text, const Dictionary &dictionary)
{
    return cut(text, dictionary, false);
}

} // namespace duizhao
