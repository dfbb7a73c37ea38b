#include "Pairer.h"

#include "CodePoints.h"

namespace duizhao {

namespace {

constexpr qsizetype kUntranslatedCaptionMax = 120; // code points

bool isText(const Block &block)
{
    switch (block.kind) {
    case BlockKind::Title:
    case BlockKind::Heading:
    case BlockKind::Paragraph:
        return block.language != Language::Undetermined;
    default:
        return false;
    }
}

bool isBody(const Block &block)
{
    return block.kind == BlockKind::Paragraph;
}

bool sameSide(Language a, Language b)
{
    return isChinese(a) == isChinese(b);
}

// Paragraph pairs a direction would make, scored +1 when the Chinese has 0.15–0.6 code
// points per English one (translations sit near 0.3) and −1 otherwise.
int proportionScore(const QList<Block> &blocks, const QList<int> &text, bool englishLeads)
{
    int score = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const Block &a = blocks[text[i]];
        const Block &b = blocks[text[i + 1]];
        if ((a.language == Language::English) != englishLeads || sameSide(a.language, b.language) ||
            !isBody(a) || !isBody(b))
            continue;
        const Block &en = englishLeads ? a : b;
        const Block &zh = englishLeads ? b : a;
        const double ratio = double(codePointCount(zh.text)) /
                             double(std::max<qsizetype>(1, codePointCount(en.text)));
        score += ratio >= 0.15 && ratio <= 0.6 ? 1 : -1;
        ++i;
    }
    return score;
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
    // Which side leads: the one whose pairs have a translation's proportions (a Chinese
    // paragraph has about a third of the code points of its English); only when both
    // read alike, the one that comes first more often. An untranslated Chinese summary
    // before an interleaved body ("摘要…", then EN, ZH, EN, ZH) makes Chinese-first
    // adjacencies as common as English-first ones, but its "pair" is three times too long.
    const int englishScore = proportionScore(blocks, text, true);
    const int chineseScore = proportionScore(blocks, text, false);
    const bool leadingIsEnglish =
        englishScore != chineseScore ? englishScore > chineseScore : englishFirst >= chineseFirst;
    const auto isLeading = [&](const Block &block) {
        return (block.language == Language::English) == leadingIsEnglish;
    };

    QList<Pair> pairs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        Block &block = blocks[text[i]];
        if (isLeading(block) && i + 1 < text.size()) {
            const Block &next = blocks[text[i + 1]];
            // Body pairs with body; a title or heading with a title or heading (the
            // title's translation is a heading).
            if (!isLeading(next) && isBody(block) == isBody(next)) {
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
