#include "BlockParser.h"

#include "CodePoints.h"
#include "LanguageDetector.h"
#include "ResidueRules.h"

#include <optional>

namespace duizhao {

namespace {

using namespace ResidueRules;

constexpr qsizetype kTitleMaxCjk = 64;      // code points
constexpr qsizetype kTitleMaxLatin = 150;   // code points
constexpr qsizetype kHeadingMax = 40;       // code points, between blank lines
constexpr qsizetype kInlineHeadingMax = 30; // code points, between two paragraphs
constexpr qsizetype kReferenceLineMax = 200;
constexpr int kLedeLookahead = 8; // lines after a candidate lede blob to look for

struct Line {
    QStringView raw;
    QStringView trimmed;
    int number = 0; // 1-based
    bool blankBefore = true;
    bool blankAfter = true;
    std::optional<BlockKind> kind;
    LanguageEvidence evidence;
};

QList<Line> contentLines(QStringView text)
{
    QList<Line> lines;
    int number = 0;
    bool previousBlank = true;
    qsizetype start = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && text[i] != u'\n' && text[i] != u'\r')
            continue;
        ++number;
        const QStringView raw = text.sliced(start, i - start);
        const QStringView trimmed = trimmedScraped(raw);
        if (trimmed.isEmpty()) {
            if (!lines.isEmpty())
                lines.back().blankAfter = true;
            previousBlank = true;
        } else {
            if (!lines.isEmpty() && !previousBlank)
                lines.back().blankAfter = false;
            Line line;
            line.raw = raw;
            line.trimmed = trimmed;
            line.number = number;
            line.blankBefore = previousBlank;
            lines.append(line);
            previousBlank = false;
        }
        if (i < size && text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    return lines;
}

bool looksChinese(const LanguageEvidence &evidence)
{
    return evidence.han > 0 && evidence.han * 3 >= evidence.latin;
}

bool looksEnglish(const LanguageEvidence &evidence)
{
    return evidence.latin > 0 && evidence.han * 3 < evidence.latin;
}

// Residue decided by the line itself, plus the footer and reference zones.
void classifyResidue(QList<Line> &lines)
{
    bool footerZone = false;
    bool referenceZone = false;
    for (Line &line : lines) {
        const QStringView t = line.trimmed;
        if (footerZone || isEndMarker(t)) {
            footerZone = true;
            line.kind = BlockKind::Footer;
        } else if (isImagePlaceholder(t)) {
            line.kind = BlockKind::Image;
        } else if (isAdMarker(t)) {
            line.kind = BlockKind::Ad;
        } else if (isDisclaimer(t)) {
            line.kind = BlockKind::Disclaimer;
            referenceZone = false;
        } else if (isFooterLine(t)) {
            line.kind = BlockKind::Footer;
            referenceZone = false;
        } else if (isReferenceHeader(t)) {
            line.kind = BlockKind::Reference;
            referenceZone = true;
        } else if (referenceZone && codePointCount(t) <= kReferenceLineMax) {
            line.kind = BlockKind::Reference;
        } else if (isBylineLine(t)) {
            line.kind = BlockKind::Byline;
            referenceZone = false;
        } else {
            referenceZone = false;
        }
    }
}

// A lede blob repeats the lines after it, joined into one. Only long lines can be one,
// and each following line is searched for once, so the cost stays linear in the text.
void markLedeDuplicates(QList<Line> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &candidate = lines[i];
        if (candidate.kind || candidate.trimmed.size() < 200)
            continue;
        int repeated = 0;
        for (qsizetype j = i + 1; j < lines.size() && j <= i + kLedeLookahead; ++j) {
            const QStringView next = lines[j].trimmed;
            if (next.size() >= 10 && next.size() < candidate.trimmed.size() &&
                candidate.trimmed.contains(next))
                ++repeated;
        }
        if (repeated >= 2)
            candidate.kind = BlockKind::Duplicate;
    }
}

void markCaptionsWithCredit(QList<Line> &lines)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        Line &previous = lines[i - 1];
        Line &line = lines[i];
        if (line.kind || (previous.kind && previous.kind != BlockKind::Caption))
            continue;
        if (isCaptionWithCredit(line.trimmed, previous.trimmed)) {
            previous.kind = BlockKind::Caption;
            line.kind = BlockKind::Caption;
        }
    }
}

// Commas, semicolons and dashes inside a line: "美国“黔驴技穷”了" has none,
// "昨天提到了日本的齒輪,有粉絲回復要…" has several.
int clauseCount(QStringView line)
{
    static constexpr QStringView separators = u",\uFF0C;\uFF1B\u2014";
    int count = 0;
    for (QChar c : line)
        count += separators.contains(c);
    return count;
}

bool readsLikeTitle(const Line &line)
{
    const qsizetype length = codePointCount(line.trimmed);
    if (containsSentenceStop(line.trimmed))
        return false;
    if (looksChinese(line.evidence))
        return length <= kTitleMaxCjk &&
               (!endsWithPunctuation(line.trimmed) || endsWithQuestion(line.trimmed));
    if (looksEnglish(line.evidence))
        return length <= kTitleMaxLatin && line.trimmed.count(u' ') < 20;
    return false;
}

// The first unclassified line, when it reads like a title. An English first line
// that ends like a sentence is only a title when a short Chinese line (its
// translation) follows; the translation is then a title too, whatever its stop.
void markTitle(QList<Line> &lines)
{
    qsizetype first = 0;
    while (first < lines.size() && lines[first].kind && lines[first].kind != BlockKind::Byline)
        ++first;
    if (first >= lines.size() || lines[first].kind || !readsLikeTitle(lines[first]))
        return;
    Line &title = lines[first];
    Line *translation =
        first + 1 < lines.size() && !lines[first + 1].kind ? &lines[first + 1] : nullptr;
    const bool englishTitle = looksEnglish(title.evidence);
    const bool translated =
        translation && (englishTitle ? looksChinese(translation->evidence) &&
                                           codePointCount(translation->trimmed) <= kTitleMaxCjk
                                     : looksEnglish(translation->evidence) &&
                                           codePointCount(translation->trimmed) <= kTitleMaxLatin);
    if (englishTitle && endsWithPunctuation(title.trimmed) && !endsWithQuestion(title.trimmed) &&
        !translated)
        return;
    // A short opening sentence that runs straight into the body is not a title: a title
    // stands apart (blank line, byline or lede after it, or its translation) or is a
    // single clause.
    const Line *next = first + 1 < lines.size() ? &lines[first + 1] : nullptr;
    const bool standsApart =
        title.blankAfter || translated ||
        (next && (next->kind == BlockKind::Byline || next->kind == BlockKind::Duplicate));
    if (!standsApart && (clauseCount(title.trimmed) > 0 || endsWithQuestion(title.trimmed)))
        return;
    title.kind = BlockKind::Title;
    if (translated)
        translation->kind = BlockKind::Title;
}

bool isBodyText(const Line *line)
{
    return line && (!line->kind || *line->kind == BlockKind::Paragraph);
}

void markHeadings(QList<Line> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        if (line.kind)
            continue;
        const QStringView t = line.trimmed;
        const qsizetype length = codePointCount(t);
        if (isNumberedHeading(t)) {
            line.kind = BlockKind::Heading;
            continue;
        }
        if (containsSentenceStop(t) || t.startsWith(u"- ") || t.startsWith(u"* "))
            continue;
        const bool unpunctuated = !endsWithPunctuation(t);
        const bool standsAlone = line.blankBefore && line.blankAfter && i > 0;
        if (standsAlone && length <= kHeadingMax && unpunctuated) {
            line.kind = BlockKind::Heading;
            continue;
        }
        // Between two paragraphs, without blank lines: shorter, and never a fragment
        // wedged between images (that is a sentence the scraper broke up).
        const Line *previous = i > 0 ? &lines[i - 1] : nullptr;
        const Line *next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
        const bool shortEnough =
            looksChinese(line.evidence)
                ? length <= kInlineHeadingMax
                : looksEnglish(line.evidence) && t.count(u' ') < 10 && t.front().isUpper();
        if (shortEnough && unpunctuated && isBodyText(previous) && isBodyText(next) &&
            codePointCount(next->trimmed) > length)
            line.kind = BlockKind::Heading;
    }
}

} // namespace

BlockParser::BlockParser(const LanguageDetector &detector)
    : m_detector(detector)
{}

ParsedBlocks BlockParser::parse(QStringView text) const
{
    QList<Line> lines = contentLines(text);
    LanguageEvidence total;
    for (Line &line : lines) {
        line.evidence = m_detector.evidence(line.trimmed);
        total += line.evidence;
    }

    classifyResidue(lines);
    markLedeDuplicates(lines);
    markCaptionsWithCredit(lines);
    markTitle(lines);
    markHeadings(lines);

    ParsedBlocks result;
    result.dominantChinese =
        total.han > 0 ? LanguageDetector::dominantChinese(total) : Language::Undetermined;
    const Language fallback = result.dominantChinese == Language::Undetermined
                                  ? Language::ChineseSimplified
                                  : result.dominantChinese;
    result.blocks.reserve(lines.size());
    for (const Line &line : std::as_const(lines)) {
        Block block;
        block.index = int(result.blocks.size());
        block.line = line.number;
        block.kind = line.kind.value_or(BlockKind::Paragraph);
        block.language = block.kind == BlockKind::Image
                             ? Language::Undetermined
                             : LanguageDetector::decide(line.evidence, fallback);
        block.text = line.raw.toString();
        result.blocks.append(std::move(block));
    }
    return result;
}

} // namespace duizhao
