#include "MetadataExtractor.h"

#include "CodePoints.h"
#include "Segmenter.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

constexpr qsizetype kDerivedTitleMax = 24; // code points

QRegularExpression compile(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// Byline in brackets: 【文/观察者网专栏作者 刘典】 → "观察者网专栏作者 刘典".
QString bracketedByline(QStringView line)
{
    static const QRegularExpression pattern = compile(
        uR"(^[【\[]\s*(?:文|作者|撰文|记者|記者|编译|編譯)\s*[/|\x{FF5C}\x{FF0F}:\x{FF1A}]\s*([^】\]]+?)\s*[】\]]$)");
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

// "观察者网专栏作者 刘典" → outlet 观察者网, author 刘典.
void splitOutletAndAuthor(const QString &credit, EssayMetadata &meta)
{
    static const QRegularExpression role = compile(
        uR"(专栏作者|專欄作者|特约评论员|特約評論員|特约作者|特約作者|首席记者|评论员|評論員|)"
        uR"(撰稿人|研究员|研究員|记者|記者|编辑|編輯|作者|学者|學者)");
    const auto match = role.match(credit);
    if (match.hasMatch()) {
        const QString outlet = credit.left(match.capturedStart()).trimmed();
        const QString author = credit.mid(match.capturedEnd()).trimmed();
        if (meta.outlet.isEmpty() && !outlet.isEmpty())
            meta.outlet = outlet;
        if (meta.author.isEmpty() && !author.isEmpty())
            meta.author = author;
        return;
    }
    const qsizetype space = credit.lastIndexOf(u' ');
    if (space > 0) {
        if (meta.outlet.isEmpty())
            meta.outlet = credit.left(space).trimmed();
        if (meta.author.isEmpty())
            meta.author = credit.mid(space + 1).trimmed();
    } else if (meta.author.isEmpty()) {
        meta.author = credit;
    }
}

// "作者 米磊", "作者:米磊", "记者 王小明", "By Jane Doe" anywhere in a line. A separator
// after the role word is required, so "作者簡介:" names nobody.
QString inlineAuthor(QStringView line)
{
    static const QRegularExpression pattern = compile(
        uR"((?:^|[\s|\x{FF5C}/\x{FF0F}])(?:作者|撰文|记者|記者|文)\s*[/|\x{FF5C}\x{FF0F}:\x{FF1A}\s]\s*)"
        uR"(([\p{Han}·]{2,5}|\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3})(?=$|[\s|\x{FF5C},\x{FF0C};\x{FF1B}】)\x{FF09}\]]))");
    static const QRegularExpression english =
        compile(uR"(^[Bb]y\s+(\p{Lu}[\p{L}.'\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'\-]*){0,4})\s*$)");
    auto match = pattern.match(line);
    if (match.hasMatch())
        return match.captured(1);
    match = english.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString sourceOutlet(QStringView line)
{
    static const QRegularExpression pattern =
        compile(uR"(^(?:来源|來源|出处|出處|Source)\s*[:\x{FF1A}]\s*(\S.{0,40}?)\s*$)");
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString isoDate(QStringView line)
{
    static const QRegularExpression pattern =
        compile(uR"((?<!\d)((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d))");
    const auto match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    const int month = match.captured(2).toInt();
    const int day = match.captured(3).toInt();
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(match.captured(1))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

QString firstUrl(QStringView line)
{
    // ASCII URL characters only: Chinese text runs on after a URL without a space
    // ("https://example.com/a,转载请注明出处。"). Trailing sentence punctuation is not
    // part of the URL.
    static const QRegularExpression pattern =
        compile(uR"(https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+)");
    const auto match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    QString url = match.captured(0);
    while (!url.isEmpty() && QStringView(u".,;:!?)]'").contains(url.back()))
        url.chop(1);
    return url;
}

void readCredits(const Block &block, EssayMetadata &meta)
{
    const QStringView line = trimmedScraped(block.text);
    const QString bracketed = bracketedByline(line);
    if (!bracketed.isEmpty())
        splitOutletAndAuthor(bracketed, meta);
    if (meta.author.isEmpty())
        meta.author = inlineAuthor(line);
    if (meta.outlet.isEmpty())
        meta.outlet = sourceOutlet(line);
    if (meta.date.isEmpty())
        meta.date = isoDate(line);
    if (meta.url.isEmpty())
        meta.url = firstUrl(line);
}

bool isEnglishText(QStringView text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return false;
    }
    return true;
}

} // namespace

QString MetadataExtractor::deriveTitle(QStringView paragraph)
{
    const QStringView text = trimmedScraped(paragraph);
    // Only the first sentence is needed: segment a bounded prefix, not a 30 MB line.
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 2000));
    const QList<Segmenter::Range> sentences = Segmenter::sentences(head, isEnglishText(head));
    QStringView sentence =
        trimmedScraped(sentences.isEmpty() ? head : head.first(sentences.front().end));
    // Drop the closing stop: a title does not end in 。
    while (!sentence.isEmpty() &&
           QStringView(u"。.!\uFF01?\uFF1F;\uFF1B").contains(sentence.back()))
        sentence.chop(1);
    if (codePointCount(sentence) <= kDerivedTitleMax)
        return sentence.toString();
    static constexpr QStringView clauseStops = u",\uFF0C;\uFF1B:\uFF1A—";
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        if (clauseStops.contains(sentence[i])) {
            const qsizetype length = codePointCount(sentence.first(i));
            if (length >= 6 && length <= kDerivedTitleMax)
                return sentence.first(i).toString();
            if (length > kDerivedTitleMax)
                break;
        }
    }
    const qsizetype cut = codePointToUtf16Offset(sentence, kDerivedTitleMax - 1);
    return sentence.first(cut).toString() + u'…';
}

EssayMetadata MetadataExtractor::extract(const QList<Block> &blocks)
{
    EssayMetadata meta;
    for (const Block &block : blocks) {
        if (block.kind == BlockKind::Title) {
            meta.title = trimmedScraped(block.text).toString();
            break;
        }
    }
    if (meta.title.isEmpty()) {
        for (const Block &block : blocks) {
            if (block.kind == BlockKind::Paragraph || block.kind == BlockKind::Heading) {
                meta.title = deriveTitle(block.text);
                meta.titleDerived = true;
                break;
            }
        }
    }
    for (BlockKind source : {BlockKind::Byline, BlockKind::Footer}) {
        for (const Block &block : blocks) {
            if (block.kind == source)
                readCredits(block, meta);
        }
    }
    return meta;
}

} // namespace duizhao
