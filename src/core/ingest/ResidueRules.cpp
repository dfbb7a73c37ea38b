#include "ResidueRules.h"

#include "CodePoints.h"

#include <QRegularExpression>

namespace duizhao::ResidueRules {

namespace {

bool matches(const QRegularExpression &pattern, QStringView line)
{
    return pattern.match(line).hasMatch();
}

QRegularExpression compile(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

constexpr qsizetype kShortLine = 100; // code points; residue lines are short

bool containsAnyOf(QStringView line, QStringView characters)
{
    for (QChar c : line) {
        if (characters.contains(c))
            return true;
    }
    return false;
}

} // namespace

bool isImagePlaceholder(QStringView line)
{
    // Every form opens with a bracket or "<": a cheap test before the expression.
    if (line.isEmpty() || !QStringView(u"![<【(\uFF08").contains(line.front()))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^<img\b[^>]*>$|^[\[【(\x{FF08}]\s*(?:图片|圖片|图|圖|image|photo|img)\s*[\]】)\x{FF09}]$)");
    return matches(pattern, line);
}

// Anchored forms start with one of a few characters: test that before the expression
// (each match costs allocations, and every line is asked).
namespace {
bool startsWithAnyOf(QStringView line, QStringView characters)
{
    return !line.isEmpty() && characters.contains(line.front());
}
} // namespace

bool isAdMarker(QStringView line)
{
    if (line.size() > 24 || !startsWithAnyOf(line, u"廣广推赞贊aAsS"))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:廣告|广告|推廣|推广|赞助|贊助|advertisement|skip advertisement|sponsored|ad)$)");
    return matches(pattern, line);
}

bool isDisclaimer(QStringView line)
{
    if (!startsWithAnyOf(line, u"特免版广廣声聲nNdDtT本以"))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|广告声明|廣告聲明|声明|聲明)\s*[:\x{FF1A}]|)"
        uR"(^(?:notice|disclaimer)\s*:|^the content above\b|^the views expressed\b|)"
        uR"(^本文(?:仅|僅)代表作者|^(?:以上|本文)内容(?:仅|僅)供参考|)"
        uR"(^本平台(?:仅|僅)提供信息存储服务|^本平臺僅提供資訊儲存服務)");
    // Every form is a prefix of at most 40 characters: match only the head of the line
    // (QRegularExpression copies its subject).
    return matches(pattern, line.first(std::min<qsizetype>(line.size(), 40)));
}

bool isEndMarker(QStringView line)
{
    if (line.size() > 40 || !containsAnyOf(line, u"EeNn完"))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:[/\-—–=*~·\s]*\bEND\b[/\-—–=*~·\s]*|[(\x{FF08}\[【]\s*(?:完|全文完|END)\s*[)\x{FF09}\]】]|—*\s*全文完\s*—*)$)");
    return matches(pattern, line);
}

bool isFooterLine(QStringView line)
{
    if (line.size() > kShortLine)
        return false;
    // Footer lines are labels, not sentences: a sentence that mentions 投稿 or a
    // whitelist ("…移出了出口管制白名单。") is body text.
    if (codePointCount(line) > kShortLine / 2 || containsSentenceStop(line) ||
        (endsWithPunctuation(line) && !endsWithQuestion(line)))
        return false;
    // The expression has no start character to skip to in Han text; look for the first
    // character of one of its terms before running it.
    if (!containsAnyOf(line, u"投白相延推责責点點欢歡扫掃长長原本转轉rR"))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(投稿|白名单|白名單|相关文章|相關文章|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|)"
        uR"(责任编辑|責任編輯|点击关注|點擊關注|欢迎点看|歡迎點看|扫码关注|掃碼關注|长按二维码|長按二維碼|)"
        uR"(^原创首发|^原創首發|^本文来源|^本文來源|^转载请|^轉載請|^related articles?$|^read more$)");
    return matches(pattern, line);
}

bool isReferenceHeader(QStringView line)
{
    if (line.size() > 24 || !startsWithAnyOf(line, u"参參资資rRsSbB"))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:参考信息|參考信息|参考资料|參考資料|参考文献|參考文獻|资料来源|資料來源|references|sources|bibliography)\s*[:\x{FF1A}]?$)");
    return matches(pattern, line);
}

bool isBylineLine(QStringView line)
{
    if (line.size() > 120 || codePointCount(line) > 60)
        return false;
    // The anchored forms open with a bracket, a role, a marker glyph or "By"; the
    // reporter form has a slash or a bar in it.
    const bool anchoredMayMatch =
        startsWithAnyOf(line, u"【[,\uFF0C、 作文撰记記编編翻译譯来來出sS■●▲◆bB") ||
        containsAnyOf(line, u"/\uFF0F|\uFF5C");
    static const QRegularExpression pattern = compile(
        uR"(^[【\[]\s*(?:文|作者|撰文|记者|記者|编译|編譯)\s*[/|\x{FF5C}\x{FF0F}:\x{FF1A}]\s*[^】\]]+[】\]]$|)"
        // "作者 米磊", "文 | 张三", "，作者王五" (the tail of a repost card split over lines)
        uR"(^[,\x{FF0C}、\s]*(?:作者\s*[/|\x{FF5C}\x{FF0F}:\x{FF1A}\s]?|)"
        uR"((?:文|撰文|记者|記者|编译|編譯|翻译|翻譯|译者|譯者)\s*[/|\x{FF5C}\x{FF0F}:\x{FF1A}\s])\s*)"
        uR"((?:[^\s]{0,30}\s+)?(?:[\p{Han}·‧]{2,6}|\p{L}[\p{L}.'\-]*(?:\s+\p{L}[\p{L}.'\-]*){0,3})$|)"
        // "記者王小明／台北報導", "李四、王五/综合报道"
        uR"(^(?:记者|記者)?\s*[\p{Han}·]{2,4}(?:\s*[、,\x{FF0C}]\s*[\p{Han}·]{2,4})*\s*[/\x{FF0F}|\x{FF5C}]\s*\p{Han}{0,4}(?:报道|報導|報道|电|電)$|)"
        // A marker glyph before a name: "■ 王小明", "● 記者 李四"
        uR"(^[■●▲◆]\s*(?:记者|記者|作者|文)?\s*[\p{Han}·]{2,4}$|)"
        uR"(^(?:来源|來源|出处|出處|source)\s*[:\x{FF1A}]\s*\S.{0,40}$|)"
        uR"(^by\s+\p{Lu}[\p{L}.'\-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}.'\-]*){0,6}$)");
    // "以下文章来源于某刊", "某号 转载自某网": a repost names where it came from. (Apart from
    // the anchored forms, and only tried when its first characters occur.)
    static const QRegularExpression repost =
        compile(uR"((?:转载自|轉載自|来源于|來源於|來源于|转自|轉自)\s*\S)");
    if (containsAnyOf(line, u"转轉来來") && matches(repost, line))
        return true;
    // "By" must start a capitalised name; the case-insensitive option would also let
    // "by the way ..." through, so check the case of the first name letter.
    if (anchoredMayMatch && matches(pattern, line)) {
        if (line.startsWith(u"by", Qt::CaseInsensitive) && line.size() > 3)
            return line.mid(2).trimmed().front().isUpper();
        return true;
    }
    // A credits line: two or more roles, each with its name ("作者 | 甲 编辑 | 乙",
    // "翻译：甲 | 校对：乙").
    static const QRegularExpression role = compile(
        uR"((?:作者|撰文|记者|記者|编辑|編輯|责编|責編|编译|編譯|翻译|翻譯|译者|譯者|校对|校對|审校|審校|)"
        uR"(摄影|攝影|发稿|發稿|排版|美编|美編)\s*[|\x{FF5C}/\x{FF0F}:\x{FF1A}])");
    // Every role is followed by a separator; two separators are needed for two roles.
    int separators = 0;
    for (QChar c : line)
        separators += QStringView(u"|\uFF5C/\uFF0F:\uFF1A").contains(c);
    if (separators < 2)
        return false;
    int roles = 0;
    for (auto it = role.globalMatch(line); it.hasNext() && roles < 2; it.next())
        ++roles;
    return roles >= 2 && !containsSentenceStop(line);
}

bool isNumberedHeading(QStringView line)
{
    if (line.size() > 80 || line.isEmpty() ||
        (!line.front().isDigit() &&
         !startsWithAnyOf(line, u"一二三四五六七八九十百第(\uFF08·•▌■◆●▍")) ||
        codePointCount(line) > 40 || containsSentenceStop(line))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百\d]+[章节節部分篇]|[(（][一二三四五六七八九十]+[)）]|)"
        uR"([·•▌■◆●▍]\s*\S|\d{1,2}[、．]\s*\S|\d{1,2}\.\s+\p{Lu}))");
    return matches(pattern, line) && (!endsWithPunctuation(line) || endsWithQuestion(line));
}

namespace {
constexpr QStringView kClosers = u"”’」』\uFF09》】)\"'";

// The last character that is not a closing quote or bracket; null for none.
QChar lastMeaningful(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && kClosers.contains(line[end - 1]))
        --end;
    return end == 0 ? QChar() : line[end - 1];
}
} // namespace

bool endsWithPunctuation(QStringView line)
{
    static constexpr QStringView punctuation = u"。!\uFF01?\uFF1F…;\uFF1B,\uFF0C:\uFF1A、.—~\uFF5E";
    const QChar last = lastMeaningful(line);
    return !last.isNull() && punctuation.contains(last);
}

bool endsWithQuestion(QStringView line)
{
    const QChar last = lastMeaningful(line);
    return last == u'?' || last == u'\uFF1F' || last == u'!' || last == u'\uFF01';
}

bool containsSentenceStop(QStringView line)
{
    // 。 always ends a sentence; ! and ? only count when more text follows them,
    // so "美国还能领先吗?" is still a possible title. One pass, no searches per character:
    // body lines are long and every line is asked.
    const auto isStop = [](char16_t c) {
        return c == u'!' || c == u'\uFF01' || c == u'?' || c == u'\uFF1F';
    };
    bool stopSeen = false;
    for (QChar qc : line) {
        const char16_t c = qc.unicode();
        if (c == u'。')
            return true;
        if (isStop(c)) {
            stopSeen = true;
        } else if (stopSeen && !kClosers.contains(qc) && !qc.isSpace()) {
            return true;
        }
    }
    return false;
}

bool isCaptionWithCredit(QStringView line, QStringView previous)
{
    if (previous.size() < 8 || line.size() <= previous.size() || !line.startsWith(previous))
        return false;
    const QStringView credit = trimmedScraped(line.sliced(previous.size()));
    if (credit.isEmpty() || codePointCount(credit) > 80 || line[previous.size()].isLetterOrNumber())
        return false;
    static const QRegularExpression creditPattern = compile(
        uR"(getty|images|photo|reuters|associated press|agence|via\b|/|©|图源|圖源|摄|攝|图片来源|圖片來源|供图|供圖)");
    return matches(creditPattern, credit);
}

} // namespace duizhao::ResidueRules
