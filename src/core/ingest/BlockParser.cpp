#include "BlockParser.h"

#include "CodePoints.h"
#include "DateRecognizer.h"
#include "LanguageDetector.h"
#include "LineText.h"
#include "PageChrome.h"
#include "ResidueRules.h"

#include <QRegularExpression>

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
    QString visibleStorage; // the rendered text, when it differs from the line
    QStringView visible;    // LineText::visibleView(trimmed)
    int number = 0;         // 1-based
    bool blankBefore = true;
    bool blankAfter = true;
    std::optional<BlockKind> kind;
    LanguageEvidence evidence; // of the visible text
    qsizetype length = 0;      // code points of the visible text
    int words = 0;             // space-separated words of the visible text
    int heading = 0;           // Markdown heading level
    bool emphasis = false;     // the whole line is one bold span
    bool listItem = false;     // "- …", "* …", "1. …" (a list is not a heading)
    bool dateLine = false;
    bool prose = false; // isSentenceOrRunningText, computed once
    bool stop = false;  // containsSentenceStop(visible), computed once
    int clauses = 0;    // clauseCount(visible), computed once
    bool image = false; // LineText::hasImage, computed once
    bool link = false;  // LineText::hasLink, computed once
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

bool hasLetters(const Line &line)
{
    return line.evidence.han > 0 || line.evidence.latin > 0;
}

// "1、", "2.", "(3)": an item number on its own line, labelling the item below it.
bool isLoneOrdinal(QStringView visible)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:\\d{1,3}|[一二三四五六七八九十]{1,3})[、.\\x{FF0E}]$|^[(\\x{FF08}]\\d{"
                       "1,3}[)\\x{FF09}]$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return visible.size() <= 6 && pattern.match(visible).hasMatch();
}

bool isSectionNumber(QStringView visible)
{
    return visible.size() <= 3 && !visible.isEmpty() &&
           std::all_of(visible.begin(), visible.end(), [](QChar c) { return c.isDigit(); });
}

// "-- 某人", "—— 《某书》": who said the quote above; body text, never a heading.
bool isAttribution(QStringView visible)
{
    return visible.startsWith(u"--") || visible.startsWith(u'\u2014') ||
           visible.startsWith(u'\u2015');
}

bool isListItem(QStringView trimmed)
{
    QStringView t = trimmed;
    while (!t.isEmpty() && (t.front() == u'>' || t.front().isSpace()))
        t = t.sliced(1);
    if (t.size() > 1 && QStringView(u"-*+\u2022").contains(t.front()) && t[1].isSpace())
        return true;
    return false;
}

// One pass over the visible text for what every rule asks: its length in code points,
// its words, whether a sentence ends inside it (containsSentenceStop) and its clauses.
void scanVisible(Line &line)
{
    qsizetype length = 0;
    int spaces = 0;
    int clauses = 0;
    bool stopSeen = false;
    bool stop = false;
    static constexpr QStringView closers = u"”’」』\uFF09》】)\"'";
    for (QChar qc : line.visible) {
        const char16_t c = qc.unicode();
        length += !QChar::isLowSurrogate(c);
        switch (c) {
        case u' ':
            ++spaces;
            continue;
        case u',':
        case u'\uFF0C':
        case u';':
        case u'\uFF1B':
        case u'\u2014':
            ++clauses;
            break;
        case u'。':
            stop = true;
            break;
        case u'!':
        case u'\uFF01':
        case u'?':
        case u'\uFF1F':
            stopSeen = true;
            continue;
        default:
            break;
        }
        if (stopSeen && !stop && !closers.contains(qc) && !qc.isSpace())
            stop = true;
    }
    line.length = length;
    line.words = line.visible.isEmpty() ? 0 : spaces + 1;
    line.clauses = clauses;
    line.stop = stop;
}

// The author, source and title values of YAML front matter: a header line that names
// one of them is a byline.
QStringList frontMatterValues(const QList<Line> &lines)
{
    QStringList values;
    if (lines.isEmpty() || lines[0].trimmed != u"---" || lines[0].kind != BlockKind::Footer)
        return values;
    static const QRegularExpression field(
        QStringLiteral("^(?:author|source|publisher|site|outlet)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 1; i < lines.size() && lines[i].trimmed != u"---"; ++i) {
        const auto match = field.match(lines[i].trimmed);
        if (match.hasMatch() && match.capturedLength(1) >= 2)
            values << match.captured(1);
    }
    return values;
}

bool namesOneOf(const Line &line, const QStringList &names)
{
    for (const QString &name : names) {
        if (name.size() >= 2 && line.visible.contains(name) && line.length <= name.size() + 8)
            return true;
    }
    return false;
}

// A short line that names the front matter's author or source ("某公众号", "**博客 | 某人**")
// is a byline.
void markFrontMatterNames(QList<Line> &lines, const QStringList &names)
{
    if (names.isEmpty())
        return;
    for (Line &line : lines) {
        if (!line.kind && namesOneOf(line, names))
            line.kind = BlockKind::Byline;
    }
}

// Residue decided by the line itself, plus the footer and reference zones.
void classifyResidue(QList<Line> &lines)
{
    bool footerZone = false;
    bool referenceZone = false;
    for (Line &line : lines) {
        const QStringView t = line.trimmed;
        const QStringView v = line.visible;
        if (line.kind) {
            continue; // front matter
        } else if (footerZone || isEndMarker(t) || PageChrome::isCommentHeader(v)) {
            // From an end marker or a comment thread's header on, the page is done.
            footerZone = true;
            line.kind = BlockKind::Footer;
        } else if (isImagePlaceholder(t) ||
                   ((line.image || t.startsWith(u'<')) && !hasLetters(line))) {
            line.kind = BlockKind::Image;
        } else if (line.image && hasLetters(line) && !LineText::isLinkOnly(t)) {
            // An image with its caption on the same line: "![](…)港口一隅｜图片来源：某社".
            line.kind = BlockKind::Caption;
        } else if (t.startsWith(u"<figcaption", Qt::CaseInsensitive)) {
            line.kind = BlockKind::Caption;
        } else if (isAdMarker(v)) {
            line.kind = BlockKind::Ad;
        } else if (isDisclaimer(v)) {
            line.kind = BlockKind::Disclaimer;
            referenceZone = false;
        } else if ((line.dateLine = DateRecognizer::isDateLine(v))) {
            line.kind = BlockKind::Byline;
        } else if (PageChrome::isHorizontalRule(t) || !hasLetters(line)) {
            // Rules, counters ("+3"), lone separators ("|", "×", "."), phone numbers —
            // but not a lone item number ("1、") or a bold section number ("**02**"),
            // which label what follows.
            if (!isLoneOrdinal(v) && !(line.emphasis && isSectionNumber(v)))
                line.kind = BlockKind::Footer;
        } else if (isFooterLine(v) || PageChrome::isChromeRow(v) ||
                   PageChrome::isLabelledChrome(v)) {
            line.kind = BlockKind::Footer;
            referenceZone = false;
        } else if (line.link && LineText::isLinkOnly(t) && !isNumberedHeading(v) &&
                   !isAttribution(v)) {
            // Menus, breadcrumbs, share buttons and related links: links and nothing else.
            line.kind = BlockKind::Footer;
        } else if (isReferenceHeader(v)) {
            line.kind = BlockKind::Reference;
            referenceZone = true;
        } else if (referenceZone && codePointCount(t) <= kReferenceLineMax) {
            line.kind = BlockKind::Reference;
        } else if (isBylineLine(v)) {
            line.kind = BlockKind::Byline;
            referenceZone = false;
        } else {
            referenceZone = false;
        }
    }
}

// YAML front matter: "---", "key: value" lines (and their indented lists), "---" at the
// very start of the file. It is residue; MetadataExtractor reads its fields.
void markFrontMatter(QList<Line> &lines)
{
    if (lines.size() < 3 || lines[0].trimmed != u"---" || lines[0].number != 1)
        return;
    static const QRegularExpression field(QStringLiteral("^[A-Za-z_][\\w-]*:(?:\\s|$)"));
    for (qsizetype i = 1; i < lines.size() && i < 64; ++i) {
        if (lines[i].trimmed == u"---") {
            for (qsizetype j = 0; j <= i; ++j)
                lines[j].kind = BlockKind::Footer;
            return;
        }
        const bool continuation =
            lines[i].raw.startsWith(u' ') || lines[i].trimmed.startsWith(u"- ");
        if (!continuation && !field.match(lines[i].trimmed).hasMatch())
            return;
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

// Captions that scrapers print twice: with a photo credit appended on the next line,
// or as alt text and caption joined on one line ("港口一隅。 港口一隅。") and then once
// more on their own. All copies are captions.
void markCaptions(QList<Line> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        if (i > 0) {
            Line &previous = lines[i - 1];
            if (!line.kind && (!previous.kind || previous.kind == BlockKind::Caption) &&
                isCaptionWithCredit(line.trimmed, previous.trimmed)) {
                previous.kind = BlockKind::Caption;
                line.kind = BlockKind::Caption;
                continue;
            }
        }
        const QStringView v = line.visible;
        const qsizetype half = v.size() / 2;
        if (line.kind || v.size() < 9 || !v[half].isSpace())
            continue;
        const QStringView first = v.first(half).trimmed();
        if (first != v.sliced(half).trimmed())
            continue;
        line.kind = BlockKind::Caption;
        if (i + 1 < lines.size() && !lines[i + 1].kind && lines[i + 1].visible == first)
            lines[i + 1].kind = BlockKind::Caption;
    }
}

bool isTextKind(const Line &line)
{
    return !line.kind || *line.kind == BlockKind::Paragraph || *line.kind == BlockKind::Heading ||
           *line.kind == BlockKind::Title;
}

// A sentence, or long enough to be running text: what body paragraphs are made of.
bool isSentenceOrRunningText(const Line &line)
{
    const QStringView v = line.visible;
    if (v.isEmpty())
        return false;
    if (line.stop || (endsWithPunctuation(v) && !v.endsWith(u':') && !v.endsWith(u'\uFF1A') &&
                      !v.endsWith(u',')))
        return true;
    return looksChinese(line.evidence) ? line.length >= 60 : line.words >= 15;
}

bool isProse(const Line &line)
{
    return line.prose;
}

// Long running text: what anchors the body ("the first and last run of body paragraphs").
// An essay of short paragraphs only is anchored by its sentences (`relaxed`).
bool isLongProse(const Line &line, bool relaxed = false)
{
    if (line.kind || !isProse(line))
        return false;
    if (relaxed)
        return looksChinese(line.evidence) ? line.length >= 15 : line.words >= 6;
    return looksChinese(line.evidence) ? line.length >= 40 : line.words >= 12;
}

int clauseCount(QStringView line);

// Short lines that are not sentences: labels, buttons, names, menu items. A run of
// clauses without its stop ("上周我见到一位老朋友，他说订单多了一倍") is a sentence;
// one ending in a colon is a label.
bool isShortFragment(const Line &line)
{
    if (isProse(line))
        return false;
    const QStringView v = line.visible;
    if (line.length >= 20 && line.clauses > 0 && !v.endsWith(u':') && !v.endsWith(u'\uFF1A'))
        return false;
    return looksChinese(line.evidence) || !looksEnglish(line.evidence) ? line.length <= 40
                                                                       : line.words <= 8;
}

// A promotional or widget sentence: a chrome term in a short line or next to a link
// ("加入会员，免费获取资料！", "欢迎订阅[我们的频道](…)"). Body paragraphs that mention a
// term in passing ("引发广泛关注") are longer.
bool isChromeSentence(const Line &line)
{
    return (line.length <= 100 || line.link) && PageChrome::mentionsChrome(line.visible);
}

// The next line from `from` (exclusive) in direction `step` that is text or a byline,
// skipping residue; -1 when there is none within reach.
qsizetype nextTextLine(const QList<Line> &lines, qsizetype from, int step)
{
    for (qsizetype i = from + step; i >= 0 && i < lines.size(); i += step) {
        if (isTextKind(lines[i]) || lines[i].kind == BlockKind::Byline)
            return i;
    }
    return -1;
}

// A body anchor is long prose with more prose near it: a lone long line between
// widgets (an editor's note, a card description, an author bio) is not the body.
bool anchorsBody(const QList<Line> &lines, qsizetype i, int step, bool relaxed)
{
    const Line &line = lines[i];
    if (!isLongProse(line, relaxed) || isChromeSentence(line))
        return false;
    const qsizetype before = nextTextLine(lines, i, -1);
    if (before >= 0 && lines[before].kind == BlockKind::Byline && step < 0)
        return false; // an author bio after the author's name
    qsizetype j = i;
    for (int seen = 0; seen < 3; ++seen) {
        j = nextTextLine(lines, j, step);
        if (j < 0)
            return false;
        if (lines[j].kind == BlockKind::Byline)
            return false;
        if (isProse(lines[j]))
            return true;
    }
    return false;
}

struct Zones {
    qsizetype bodyStart = -1; // first line of the body
    qsizetype bodyEnd = -1;   // last line of the body
};

bool isEnglishChinesePair(const Line &a, const Line &b)
{
    return (looksEnglish(a.evidence) && looksChinese(b.evidence)) ||
           (looksChinese(a.evidence) && looksEnglish(b.evidence));
}

// The body runs from the first to the last anchor. In an interleaved bilingual essay
// the anchors are its EN/ZH paragraph pairs; otherwise long prose with prose next to it.
Zones findZones(const QList<Line> &lines)
{
    Zones zones;
    QList<qsizetype> pairStarts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.kind || !isProse(line) || isChromeSentence(line) ||
            (looksChinese(line.evidence) ? line.length < 20 : line.words < 6))
            continue;
        const qsizetype next = nextTextLine(lines, i, 1);
        if (next >= 0 && isProse(lines[next]) && !lines[next].kind &&
            isEnglishChinesePair(lines[i], lines[next]))
            pairStarts << i;
    }
    if (pairStarts.size() >= 2) {
        zones.bodyStart = pairStarts.front();
        zones.bodyEnd = nextTextLine(lines, pairStarts.back(), 1);
        return zones;
    }
    const auto anchor = [&](bool relaxed) {
        for (qsizetype i = 0; i < lines.size() && zones.bodyStart < 0; ++i) {
            if (anchorsBody(lines, i, 1, relaxed))
                zones.bodyStart = i;
        }
        for (qsizetype i = lines.size() - 1; i >= 0 && zones.bodyEnd < 0; --i) {
            if (anchorsBody(lines, i, -1, relaxed))
                zones.bodyEnd = i;
        }
    };
    anchor(false);
    // A single paragraph between widgets (a paywalled teaser) is the body on its own.
    if (zones.bodyStart < 0 || zones.bodyEnd < zones.bodyStart) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (isLongProse(lines[i]) && !isChromeSentence(lines[i])) {
                zones.bodyStart = zones.bodyStart < 0 ? i : zones.bodyStart;
                zones.bodyEnd = i;
            }
        }
        if (zones.bodyStart >= 0 && zones.bodyEnd > zones.bodyStart)
            zones.bodyEnd = zones.bodyStart;
    }
    // No long paragraph at all: an essay of short ones, anchored by its sentences.
    if (zones.bodyStart < 0) {
        zones.bodyEnd = -1;
        anchor(true);
        if (zones.bodyEnd < zones.bodyStart)
            zones = Zones();
    }
    return zones;
}

// Commas, semicolons and dashes inside a line: "美国“黔驴技穷”了" has none,
// "昨天提到了日本的齒輪,有粉絲回復要…" has several.
int clauseCount(QStringView line)
{
    int count = 0;
    for (QChar c : line) {
        const char16_t u = c.unicode();
        count += u == u',' || u == u'\uFF0C' || u == u';' || u == u'\uFF1B' || u == u'\u2014';
    }
    return count;
}

// A headline: letters, not too short or long, and no sentence end. Commas, colons,
// quotes and an exclamation or question inside are fine ("AI政策对撞!各国呼吁合作?");
// a 。 or a ". " between sentences is not.
bool readsLikeHeadline(const Line &line)
{
    if (line.length > kTitleMaxLatin)
        return false;
    const QStringView v = line.visible;
    if (v.contains(u'。') || v.contains(u". ") || (v.endsWith(u'.') && !v.endsWith(u"...")) ||
        v.endsWith(u'\uFF0C') || v.endsWith(u',') || v.endsWith(u':') || v.endsWith(u'\uFF1A'))
        return false;
    if (looksChinese(line.evidence))
        return line.length >= 6 && line.length <= kTitleMaxCjk && line.evidence.han >= 4;
    if (looksEnglish(line.evidence))
        return line.words >= 2 && line.words <= 20 && line.length <= kTitleMaxLatin;
    return false;
}

bool readsLikeTitle(const Line &line)
{
    const qsizetype length = line.length;
    const QStringView v = line.visible;
    if (line.stop)
        return false;
    if (looksChinese(line.evidence))
        return length <= kTitleMaxCjk && (!endsWithPunctuation(v) || endsWithQuestion(v));
    if (looksEnglish(line.evidence))
        return length <= kTitleMaxLatin && v.count(u' ') < 20;
    return false;
}

// "Senator Jane Doe", "JOHN SMITH", "The Daily Courier": a name, not a sentence.
bool isLatinNameLine(const Line &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:\\p{Lu}[\\p{L}\\x{2027}\\x{00B7}.'\\-]*)(?:\\s+\\p{Lu}[\\p{L}\\x{2027}"
                       "\\x{00B7}.'\\-]*){0,3}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return looksEnglish(line.evidence) && line.evidence.han == 0 && line.words <= 4 &&
           pattern.match(line.visible).hasMatch();
}

bool isHanName(const Line &line)
{
    return line.length >= 2 && line.length <= 4 && line.evidence.han == line.length;
}

bool nearDateLine(const QList<Line> &lines, qsizetype i)
{
    for (qsizetype j = std::max<qsizetype>(0, i - 2); j < std::min(lines.size(), i + 3); ++j) {
        if (j != i && lines[j].dateLine)
            return true;
    }
    return false;
}

// The title's translation on the next line is a heading that pairs with it.
void markTitleTranslation(QList<Line> &lines, qsizetype title)
{
    const qsizetype next = title + 1;
    if (next >= lines.size() || lines[next].kind)
        return;
    const Line &t = lines[title];
    const Line &candidate = lines[next];
    const bool translated =
        looksEnglish(t.evidence)
            ? looksChinese(candidate.evidence) && candidate.length <= kTitleMaxCjk
            : looksChinese(t.evidence) && looksEnglish(candidate.evidence) &&
                  candidate.length <= kTitleMaxLatin;
    if (translated && !containsSentenceStop(candidate.visible))
        lines[next].kind = BlockKind::Heading;
}

// The title: the first Markdown "#"/"##" headline of the header; else the headline that
// stands next to the date or byline (preferring one right before the body); else the
// first headline that is not followed by a bare label; and for plain text files that
// start with their title, the first line (its translation may follow).
qsizetype markTitle(QList<Line> &lines, const Zones &zones)
{
    qsizetype end = zones.bodyStart;
    if (end < 0) {
        // No body zone (a short file): a title still heads the text, so it stands before
        // the first sentence — never a counter or a label after it.
        end = 0;
        while (end < lines.size() && (lines[end].kind || !isProse(lines[end])))
            ++end;
    }
    const auto isCredit = [&](qsizetype i) {
        return i >= 0 && lines[i].kind == BlockKind::Byline;
    };
    const auto choose = [&](qsizetype i) {
        lines[i].kind = BlockKind::Title;
        markTitleTranslation(lines, i);
        return i;
    };
    for (qsizetype i = 0; i < end; ++i) {
        const Line &line = lines[i];
        if (!line.kind && line.heading >= 1 && line.heading <= 2 && readsLikeHeadline(line))
            return choose(i);
    }
    qsizetype best = -1;
    int bestScore = 0;
    qsizetype firstPlain = -1;
    for (qsizetype i = 0; i < end; ++i) {
        const Line &line = lines[i];
        if (line.kind || !readsLikeHeadline(line) ||
            (isLatinNameLine(line) && nearDateLine(lines, i)))
            continue;
        const qsizetype before = i > 0 ? i - 1 : -1;
        const qsizetype after = i + 1 < lines.size() ? i + 1 : -1;
        int score = 0;
        if (isCredit(after))
            score += 2;
        if (isCredit(before))
            score += 2;
        if (after >= 0 && after == zones.bodyStart)
            score += 1;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
        // A headline followed by a bare label ("Report", "5 min read") is the lead
        // image's caption or a rubric, not the title.
        const bool labelFollows =
            after >= 0 && (lines[after].kind == BlockKind::Footer ||
                           (!lines[after].kind && !readsLikeHeadline(lines[after]) &&
                            isShortFragment(lines[after]) && lines[after].length <= 12));
        // A title stands apart (a blank line, or its translation after it) or is a single
        // clause; a clause-rich opening line that runs straight into the body is body.
        const bool standsApart = line.blankAfter || line.clauses == 0 ||
                                 (after >= 0 && isEnglishChinesePair(line, lines[after]));
        if (firstPlain < 0 && !labelFollows && standsApart)
            firstPlain = i;
    }
    if (best >= 0 && bestScore >= 2)
        return choose(best);
    if (firstPlain >= 0)
        return choose(firstPlain);

    // A plain text file that opens with its title (the rules of the sample corpus).
    qsizetype first = 0;
    while (first < lines.size() && lines[first].kind && lines[first].kind != BlockKind::Byline)
        ++first;
    if (first >= lines.size() || lines[first].kind || !readsLikeTitle(lines[first]))
        return -1;
    Line &title = lines[first];
    Line *translation =
        first + 1 < lines.size() && !lines[first + 1].kind ? &lines[first + 1] : nullptr;
    const bool englishTitle = looksEnglish(title.evidence);
    const bool translated =
        translation &&
        (englishTitle
             ? looksChinese(translation->evidence) && translation->length <= kTitleMaxCjk
             : looksEnglish(translation->evidence) && translation->length <= kTitleMaxLatin);
    if (englishTitle && endsWithPunctuation(title.visible) && !endsWithQuestion(title.visible) &&
        !translated)
        return -1;
    // A short opening sentence that runs straight into the body is not a title: a title
    // stands apart (blank line, byline or lede after it, or its translation) or is a
    // single clause.
    const Line *next = first + 1 < lines.size() ? &lines[first + 1] : nullptr;
    const bool standsApart =
        title.blankAfter || translated ||
        (next && (next->kind == BlockKind::Byline || next->kind == BlockKind::Duplicate));
    if (!standsApart && (clauseCount(title.visible) > 0 || endsWithQuestion(title.visible)))
        return -1;
    title.kind = BlockKind::Title;
    if (translated)
        translation->kind = BlockKind::Heading;
    return first;
}

// An in-page repeat of the title (the page's own headline under the feed's) is a
// duplicate.
void markTitleRepeats(QList<Line> &lines, qsizetype title)
{
    if (title < 0)
        return;
    const QStringView text = lines[title].visible;
    for (qsizetype i = title + 1; i < lines.size(); ++i) {
        if (lines[i].visible == text && (!lines[i].kind || lines[i].kind == BlockKind::Footer))
            lines[i].kind = BlockKind::Duplicate;
    }
}

// Header and footer zones: before the body and after it. Their short fragments are page
// chrome unless they are a byline, a heading that introduces the body, or an EN/ZH
// pair of header lines (rubric, standfirst: headings). Lines before the title are chrome
// (but for bylines and dates). In the footer, once a chrome line has been seen,
// everything after it is chrome too — except credits.
void markZones(QList<Line> &lines, const Zones &zones, qsizetype title,
               const QStringList &frontMatterNames)
{
    if (zones.bodyStart < 0)
        return;
    const auto isName = [&](const Line &line) {
        return namesOneOf(line, frontMatterNames);
    };
    const auto creditLike = [&](qsizetype i) {
        const Line &line = lines[i];
        if (isName(line))
            return true;
        if (isLatinNameLine(line) && (nearDateLine(lines, i) || (title >= 0 && i == title + 1)))
            return true;
        // A name stacked on the account or author line of a repost card ("张三" above
        // "某某公众号").
        const qsizetype before = i > 0 ? i - 1 : -1;
        const qsizetype after = i + 1 < lines.size() ? i + 1 : -1;
        if (isHanName(line) &&
            ((after >= 0 && (lines[after].kind == BlockKind::Byline || isName(lines[after]))) ||
             (before >= 0 && lines[before].kind == BlockKind::Byline)))
            return true;
        // The translation of a signature under it: "参议员 张三" under "Senator Jane Doe".
        return before >= 0 && lines[before].kind == BlockKind::Byline && line.length <= 16 &&
               !lines[before].dateLine && isEnglishChinesePair(lines[before], line) &&
               isShortFragment(line);
    };

    // Header.
    for (qsizetype i = 0; i < zones.bodyStart; ++i) {
        Line &line = lines[i];
        if (line.kind)
            continue;
        if (creditLike(i)) {
            line.kind = BlockKind::Byline;
            continue;
        }
        if (title >= 0 && i < title) {
            line.kind = BlockKind::Footer;
            continue;
        }
        const qsizetype next = nextTextLine(lines, i, 1);
        if (line.heading > 0 && !PageChrome::mentionsChrome(line.visible)) {
            line.kind = BlockKind::Heading;
            continue;
        }
        // A standfirst: the longer line right under the title, which sums up the essay.
        if (title >= 0 && i == title + 1 && !isShortFragment(line) && !isProse(line) &&
            !PageChrome::mentionsChrome(line.visible)) {
            line.kind = BlockKind::Paragraph;
            continue;
        }
        if (next >= 0 && !lines[next].kind && next < zones.bodyStart && next == i + 1 &&
            isEnglishChinesePair(line, lines[next]) && !isProse(line) && !isProse(lines[next]) &&
            line.length <= kTitleMaxLatin && lines[next].length <= kTitleMaxLatin) {
            line.kind = BlockKind::Heading;
            lines[next].kind = BlockKind::Heading;
            continue;
        }
        if (i + 1 == zones.bodyStart && !PageChrome::mentionsChrome(line.visible) &&
            isShortFragment(line) && line.clauses == 0) {
            line.kind = BlockKind::Heading; // "Key findings", "Introduction"
            continue;
        }
        const bool chromeSentence = PageChrome::mentionsChrome(line.visible) && line.length <= 100;
        if (isShortFragment(line) || chromeSentence)
            line.kind = BlockKind::Footer;
    }

    // Footer.
    bool chromeSeen = false;
    for (qsizetype i = zones.bodyEnd + 1; i < lines.size(); ++i) {
        Line &line = lines[i];
        if (line.kind) {
            // A bare name inside the widgets after the body is the account's badge, not
            // a credit.
            if (chromeSeen && line.kind == BlockKind::Byline && !line.dateLine &&
                (isName(line) || isHanName(line)) && line.length <= 12)
                line.kind = BlockKind::Footer;
            // Ads and images stand between paragraphs too; page chrome ends the page.
            if (line.kind == BlockKind::Footer || line.kind == BlockKind::Disclaimer)
                chromeSeen = true;
            continue;
        }
        if (!chromeSeen && isAttribution(line.visible))
            continue;
        if (creditLike(i) && !chromeSeen) {
            line.kind = BlockKind::Byline;
            continue;
        }
        const qsizetype before = nextTextLine(lines, i, -1);
        const bool bio = before >= 0 && lines[before].kind == BlockKind::Byline && isProse(line) &&
                         !lines[before].dateLine;
        const bool chromeSentence = PageChrome::mentionsChrome(line.visible) && line.link;
        if (chromeSeen || bio || chromeSentence || isShortFragment(line)) {
            line.kind = BlockKind::Footer;
            chromeSeen = true;
        }
    }
}

// Markdown sections (a "##" heading to the next heading of its level or above) that
// hold a call to scan a QR code are sponsored: the whole section is residue. A section
// that holds only links (a "this week in history" list) is residue too.
void markSponsoredSections(QList<Line> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int level = lines[i].heading;
        if (level < 2 || lines[i].kind == BlockKind::Title)
            continue;
        qsizetype end = i + 1;
        bool sponsored = false;
        bool onlyLinks = true;
        int items = 0;
        while (end < lines.size() && (lines[end].heading == 0 || lines[end].heading > level)) {
            const Line &line = lines[end];
            sponsored = sponsored || PageChrome::isQrCallToAction(line.visible);
            if (isTextKind(line)) {
                ++items;
                onlyLinks = onlyLinks && line.link && !isProse(line);
            }
            ++end;
        }
        if (sponsored || (onlyLinks && items >= 2)) {
            for (qsizetype j = i; j < end; ++j) {
                if (isTextKind(lines[j]))
                    lines[j].kind = BlockKind::Footer;
            }
        }
        i = end - 1;
    }
}

// Three or more lines in a row that are each a short link ("2021: [An old essay](…)")
// are a list of related links.
void markLinkLists(QList<Line> &lines)
{
    qsizetype runStart = -1;
    const auto close = [&](qsizetype end) {
        if (runStart >= 0 && end - runStart >= 3) {
            for (qsizetype j = runStart; j < end; ++j)
                lines[j].kind = BlockKind::Footer;
        }
        runStart = -1;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        const bool item = !line.kind && line.link && !isProse(line) &&
                          !isNumberedHeading(line.visible) && !isAttribution(line.visible);
        if (item && runStart < 0)
            runStart = i;
        else if (!item)
            close(i);
    }
    close(lines.size());
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
        const QStringView t = line.visible;
        const qsizetype length = line.length;
        if (line.heading > 0 || isNumberedHeading(t) || isLoneOrdinal(t)) {
            line.kind = BlockKind::Heading;
            continue;
        }
        if (line.emphasis && !t.contains(u'。') && length <= 80) {
            line.kind = BlockKind::Heading; // "**一、市场的分裂**", "**01**"
            continue;
        }
        if (line.stop || line.listItem || isAttribution(t))
            continue;
        const bool standsAlone = line.blankBefore && line.blankAfter && i > 0;
        // A short question standing alone asks what the section answers.
        const bool unpunctuated =
            !endsWithPunctuation(t) || (standsAlone && endsWithQuestion(t) && length <= 24);
        if (standsAlone && unpunctuated &&
            (length <= kHeadingMax ||
             (looksEnglish(line.evidence) && line.words <= 15 && t.front().isUpper()))) {
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
        const bool afterText =
            previous && (isBodyText(previous) || previous->kind == BlockKind::Title ||
                         previous->kind == BlockKind::Heading);
        if (shortEnough && unpunctuated && afterText && isBodyText(next) && next->length > length &&
            isProse(*next))
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
        line.visible = LineText::visibleView(line.trimmed, line.visibleStorage);
        line.evidence = m_detector.evidence(line.visible);
        scanVisible(line);
        line.heading = LineText::headingLevel(line.trimmed);
        line.emphasis = LineText::isEmphasisOnly(line.trimmed);
        line.listItem = isListItem(line.trimmed);
        line.prose = isSentenceOrRunningText(line);
        line.image = LineText::hasImage(line.trimmed);
        line.link = LineText::hasLink(line.trimmed);
        total += line.evidence;
    }

    markFrontMatter(lines);
    const QStringList frontMatterNames = frontMatterValues(lines);
    classifyResidue(lines);
    markFrontMatterNames(lines, frontMatterNames);
    markLedeDuplicates(lines);
    markCaptions(lines);
    const Zones zones = findZones(lines);
    const qsizetype title = markTitle(lines, zones);
    markTitleRepeats(lines, title);
    markZones(lines, zones, title, frontMatterNames);
    markSponsoredSections(lines);
    markLinkLists(lines);
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
