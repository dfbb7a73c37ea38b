#include "Pairer.h"

#include "CodePoints.h"

namespace duizhao {

namespace {

constexpr qsizetype kUntranslatedCaptionMax = 120; // code points

bool isText(const Block &block)
{
    switch (block.kind) {
    case BlockKind::Title:
    case BlockKind::Byline:
    case BlockKind::Heading:
    case BlockKind::Paragraph:
        return block.language != Language::Undetermined;
    default:
        return false;
    }
}

bool sameSide(Language a, Language b)
{
    return isChinese(a) == isChinese(b);
}

} // namespace

QList<Pair> Pairer::pair(QList<Block> &blocks)
{
    QList<int> text;
    int english = 0, chinese = 0;
    for (const Block &block : std::as_const(blocks)) {
        if (!isText(block))
            continue;
        text.append(block.index);
        (block.language == Language::English ? english : chinese) += 1;
    }
    const int smaller = std::min(english, chinese);
    const int larger = std::max(english, chinese);
    if (smaller < 2 || smaller * 10 < larger * 3)
        return {};

    int englishFirst = 0, chineseFirst = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const Language a = blocks[text[i]].language;
        const Language b = blocks[text[i + 1]].language;
        if (sameSide(a, b))
            continue;
        (a == Language::English ? englishFirst : chineseFirst) += 1;
    }
    const bool leadingIsEnglish = englishFirst >= chineseFirst;
    const auto isLeading = [&](const Block &block) {
        return (block.language == Language::English) == leadingIsEnglish;
    };

    QList<Pair> pairs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        Block &block = blocks[text[i]];
        if (isLeading(block) && i + 1 < text.size()) {
            const Block &next = blocks[text[i + 1]];
            const bool titles = block.kind == BlockKind::Title;
            if (!isLeading(next) && titles == (next.kind == BlockKind::Title)) {
                Pair pair;
                (leadingIsEnglish ? pair.english : pair.chinese).append(block.index);
                (leadingIsEnglish ? pair.chinese : pair.english).append(next.index);
                pairs.append(pair);
                ++i;
                continue;
            }
        }
        const bool untranslated = !isLeading(block) && i > 0 && !isLeading(blocks[text[i - 1]]);
        if (untranslated && block.kind == BlockKind::Paragraph &&
            codePointCount(block.text) <= kUntranslatedCaptionMax)
            block.kind = BlockKind::Caption;
    }
    return pairs;
}

} // namespace duizhao
