#include "MetadataExtractor.h"

#include "CodePoints.h"
#include "DateRecognizer.h"
#include "LineText.h"
#include "PageChrome.h"
#include "Segmenter.h"

#include <QHash>
#include <QRegularExpression>

namespace duizhao {

namespace {

constexpr qsizetype kDerivedTitleMax = 80; // code points: a first sentence, not a clause

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
        uR"((?:^|[\s|\x{FF5C}/\x{FF0F},\x{FF0C}(\x{FF08}])(?:作者|撰文|记者|記者|编译|編譯|文)\s*[/|\x{FF5C}\x{FF0F}:\x{FF1A}\s]\s*)"
        uR"(([\p{Han}·]{2,5}|\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3})(?=$|[\s|\x{FF5C},\x{FF0C};\x{FF1B}】)\x{FF09}\]]))");
    static const QRegularExpression english =
        compile(uR"(^[Bb]y\s+(\p{Lu}[\p{L}.'\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'\-]*){0,4})\s*$)");
    // "，作者王五" (no separator before a name that ends the line), "文 | 某刊特约撰稿人 王五"
    // (a role description, then the name), "記者王小明／台北報導", "王五／综合报道".
    static const QRegularExpression glued = compile(
        uR"((?:^|[\s,\x{FF0C}|\x{FF5C}])作者([\p{Han}·]{2,4})$|)"
        uR"(^(?:文|作者|撰文)\s*[/|\x{FF5C}\x{FF0F}:\x{FF1A}]\s*\S.*\s([\p{Han}·]{2,4})$|)"
        uR"(^(?:记者|記者)?\s*([\p{Han}·]{2,4})\s*[/\x{FF0F}|\x{FF5C}]\s*\p{Han}{0,4}(?:报道|報導|報道)$)");
    auto match = pattern.match(line);
    if (match.hasMatch())
        return match.captured(1);
    match = glued.match(line);
    if (match.hasMatch()) {
        for (int group = 1; group <= 3; ++group) {
            if (match.capturedLength(group) > 0)
                return match.captured(group);
        }
    }
    match = english.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

// A compiler's or reporter's credit in brackets at the end of the last paragraph:
// "…设备方面。（编译：王五）1150212" → 王五.
QString trailingCredit(QStringView paragraph)
{
    static const QRegularExpression pattern = compile(
        uR"([(\x{FF08}](?:编译|編譯|记者|記者|作者|撰文|文)\s*[:\x{FF1A}/\x{FF0F}]\s*([\p{Han}·]{2,4})[)\x{FF09}]\s*\d*\s*$)");
    const auto match = pattern.match(paragraph);
    return match.hasMatch() ? match.captured(1) : QString();
}

// "2020-10-22 11:28某网 - 张三": the credit after the date of a date line names the outlet
// and the author.
void dateLineCredit(QStringView line, EssayMetadata &meta)
{
    const DateRecognizer::Match date = DateRecognizer::find(line);
    if (!date.found())
        return;
    static const QRegularExpression time =
        compile(uR"(^\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)");
    QStringView rest = line.sliced(date.end);
    const auto timeMatch = time.match(rest);
    if (timeMatch.hasMatch())
        rest = rest.sliced(timeMatch.capturedEnd(0));
    static const QRegularExpression credit =
        compile(uR"(^\s*(\S[^|\x{FF5C}]*?)\s+[-|\x{FF5C}/\x{FF0F}]\s+([\p{Han}·]{2,4})\s*$)");
    const auto match = credit.match(rest);
    if (!match.hasMatch())
        return;
    if (meta.outlet.isEmpty())
        meta.outlet = match.captured(1);
    if (meta.author.isEmpty())
        meta.author = match.captured(2);
}

// "Senator Jane Doe" → "Jane Doe": a signature's name without the office before it.
QString withoutHonorific(const QString &name)
{
    static const QRegularExpression honorific = compile(
        uR"(^(?:Senator|Sen\.|Representative|Rep\.|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|President|Minister|Ambassador|Governor|Secretary)\s+)");
    QString result = name;
    result.remove(honorific);
    return result;
}

bool isLatinName(QStringView line)
{
    static const QRegularExpression pattern =
        compile(uR"(^\p{Lu}[\p{L}\x{2027}·.'\-]*(?:\s+\p{Lu}[\p{L}\x{2027}·.'\-]*){0,3}$)");
    return pattern.match(line).hasMatch();
}

// YAML front matter at the start of the file: "key: value" lines between "---".
QHash<QString, QString> frontMatter(const QList<Block> &blocks)
{
    QHash<QString, QString> fields;
    if (blocks.isEmpty() || trimmedScraped(blocks.front().text) != u"---" ||
        blocks.front().kind != BlockKind::Footer)
        return fields;
    static const QRegularExpression field =
        compile(uR"(^([A-Za-z_][\w-]*)\s*:\s*["']?(.*?)["']?\s*$)");
    for (qsizetype i = 1; i < blocks.size(); ++i) {
        const QStringView line = trimmedScraped(blocks[i].text);
        if (line == u"---")
            break;
        const auto match = field.match(line);
        if (match.hasMatch() && !blocks[i].text.startsWith(u' '))
            fields.insert(match.captured(1).toLower(), match.captured(2));
    }
    return fields;
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
    const DateRecognizer::Match date = DateRecognizer::find(line);
    return date.found() && date.date.isValid() ? date.date.toString(Qt::ISODate) : QString();
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

// `line` is the visible text (Markdown rendered, URLs left out); `raw` the line as
// scraped, for its URL.
void readCredits(QStringView line, QStringView raw, EssayMetadata &meta)
{
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
        meta.url = firstUrl(raw);
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
    // The whole first sentence, never cut at a comma; only a run-on line is cut short.
    if (codePointCount(sentence) <= kDerivedTitleMax)
        return sentence.toString();
    const qsizetype cut = codePointToUtf16Offset(sentence, kDerivedTitleMax - 1);
    return sentence.first(cut).toString() + u'…';
}

EssayMetadata MetadataExtractor::extract(const QList<Block> &blocks)
{
    EssayMetadata meta;
    for (const Block &block : blocks) {
        if (block.kind == BlockKind::Title) {
            // Shown without its Markdown marks; the block keeps them.
            meta.title = LineText::visible(trimmedScraped(block.text));
            break;
        }
    }
    if (meta.title.isEmpty()) {
        for (const Block &block : blocks) {
            if (block.kind == BlockKind::Paragraph || block.kind == BlockKind::Heading) {
                meta.title = deriveTitle(LineText::visible(trimmedScraped(block.text)));
                meta.titleDerived = true;
                break;
            }
        }
    }
    qsizetype lastParagraph = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind == BlockKind::Paragraph)
            lastParagraph = i;
    }
    // Dates first from date lines (a byline block that gives a full date).
    for (const Block &block : blocks) {
        if (block.kind != BlockKind::Byline)
            continue;
        const QString visible = LineText::visible(trimmedScraped(block.text));
        const DateRecognizer::Match date = DateRecognizer::find(visible);
        if (date.found() && date.date.isValid()) {
            meta.date = date.date.toString(Qt::ISODate);
            break;
        }
    }
    for (const Block &block : blocks) {
        if (block.kind != BlockKind::Byline)
            continue;
        const QString visible = LineText::visible(trimmedScraped(block.text));
        readCredits(visible, block.text, meta);
        if (DateRecognizer::isDateLine(visible))
            dateLineCredit(visible, meta);
    }
    // A credit at the end of the body, then a signature after it.
    for (qsizetype i = lastParagraph; meta.author.isEmpty() && i >= 0 && i > lastParagraph - 3;
         --i) {
        if (blocks[i].kind == BlockKind::Paragraph)
            meta.author = trailingCredit(trimmedScraped(blocks[i].text));
    }
    for (qsizetype i = lastParagraph + 1; meta.author.isEmpty() && i > 0 && i < blocks.size();
         ++i) {
        const QString visible = LineText::visible(trimmedScraped(blocks[i].text));
        if (blocks[i].kind == BlockKind::Byline && isLatinName(visible) &&
            !visible.startsWith(u"The "))
            meta.author = withoutHonorific(visible);
    }
    for (const Block &block : blocks) {
        if (block.kind == BlockKind::Footer)
            readCredits(LineText::visible(trimmedScraped(block.text)), block.text, meta);
    }
    const QHash<QString, QString> fields = frontMatter(blocks);
    if (meta.author.isEmpty())
        meta.author = fields.value(QStringLiteral("author"));
    if (meta.date.isEmpty()) {
        const DateRecognizer::Match date =
            DateRecognizer::find(fields.value(QStringLiteral("date")));
        if (date.found() && date.date.isValid())
            meta.date = date.date.toString(Qt::ISODate);
    }
    if (meta.outlet.isEmpty())
        meta.outlet = fields.value(QStringLiteral("source"));
    if (meta.url.isEmpty())
        meta.url = fields.value(QStringLiteral("url"));
    if (PageChrome::isPlaceholderAuthor(meta.author))
        meta.author.clear();
    return meta;
}

} // namespace duizhao
