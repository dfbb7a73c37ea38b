#include "TranslationAttacher.h"

#include "CodePoints.h"
#include "GaleChurchAligner.h"

#include <stdexcept>

namespace duizhao::TranslationAttacher {

namespace {

bool hasEnglish(const QList<Language> &languages)
{
    return languages.contains(Language::English);
}

bool hasChinese(const QList<Language> &languages)
{
    return languages.contains(Language::ChineseSimplified) ||
           languages.contains(Language::ChineseTraditional);
}

} // namespace

bool isAligned(const Block &block)
{
    return block.kind == BlockKind::Title || block.kind == BlockKind::Heading ||
           block.kind == BlockKind::Paragraph;
}

QList<Pair> align(const QList<Block> &blocks, int firstAttached)
{
    // Which side is English: the one with more English text blocks.
    QList<int> first;
    QList<int> second;
    int firstEnglish = 0;
    for (const Block &block : blocks) {
        if (!isAligned(block))
            continue;
        const bool attached = block.index >= firstAttached;
        (attached ? second : first) << block.index;
        if (!attached && block.language == Language::English)
            ++firstEnglish;
    }
    const bool originalIsEnglish = firstEnglish * 2 > first.size();
    const QList<int> &english = originalIsEnglish ? first : second;
    const QList<int> &chinese = originalIsEnglish ? second : first;

    const auto lengths = [&](const QList<int> &indexes) {
        QList<int> result;
        for (int index : indexes)
            result << int(codePointCount(trimmedScraped(blocks[index].text)));
        return result;
    };
    QList<Pair> pairs;
    for (const Pair &bead : GaleChurchAligner::align(lengths(english), lengths(chinese))) {
        Pair pair;
        for (int i : bead.english)
            pair.english << english[i];
        for (int i : bead.chinese)
            pair.chinese << chinese[i];
        // 1–0 and 0–1 beads are blocks left unpaired, not rows of their own.
        if (!pair.english.isEmpty() && !pair.chinese.isEmpty())
            pairs << pair;
    }
    return pairs;
}

ParsedEssay attach(const ParsedEssay &original, const ParsedEssay &translation)
{
    if (!original.pairs.isEmpty() ||
        (hasEnglish(original.languages) && hasChinese(original.languages)))
        throw std::invalid_argument("the essay is bilingual already");
    const bool englishOriginal = hasEnglish(original.languages);
    const bool chineseOriginal = hasChinese(original.languages);
    const bool englishTranslation = hasEnglish(translation.languages);
    const bool chineseTranslation = hasChinese(translation.languages);
    const bool fits = englishOriginal
                          ? chineseTranslation && !englishTranslation
                          : chineseOriginal && englishTranslation && !chineseTranslation;
    if (!fits)
        throw std::invalid_argument(englishOriginal ? "the translation must be a Chinese text"
                                                    : "the translation must be an English text");

    ParsedEssay joined = original;
    const int firstAttached = int(original.blocks.size());
    for (Block block : translation.blocks) {
        block.index += firstAttached;
        joined.blocks << block;
    }
    joined.script = englishOriginal ? translation.script : original.script;
    joined.languages = {Language::English, joined.script};
    joined.pairs = align(joined.blocks, firstAttached);
    return joined;
}

} // namespace duizhao::TranslationAttacher
