#include "PageChrome.h"

#include "CodePoints.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace duizhao::PageChrome {

namespace {

QRegularExpression compile(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// The lexicon. Chinese terms are found by a scan over the line with an index by first
// character (a regular expression of Han alternatives has no start bitmap and tries every
// term at every position); English terms by an ASCII expression on word boundaries.
constexpr const char16_t *kChineseTerms[] = {
    // share, like, collect, comment
    u"分享到",
    u"分享",
    u"转发",
    u"轉發",
    u"點讚",
    u"点赞",
    u"在看",
    u"赞",
    u"讚",
    u"收藏",
    u"评论",
    u"評論",
    u"留言",
    // login, subscribe, follow
    u"登录",
    u"登錄",
    u"登入",
    u"注册",
    u"註冊",
    u"会员",
    u"會員",
    u"密码",
    u"密碼",
    u"验证码",
    u"驗證碼",
    u"订阅",
    u"訂閱",
    u"订户",
    u"訂戶",
    u"关注",
    u"關注",
    // app download, QR code
    u"下载App",
    u"下载APP",
    u"下载app",
    u"下載App",
    u"下載APP",
    u"客户端",
    u"客戶端",
    u"二维码",
    u"二維碼",
    u"扫一扫",
    u"掃一掃",
    u"扫码",
    u"掃碼",
    // counts
    u"阅读量",
    u"閱讀量",
    u"浏览量",
    u"瀏覽量",
    u"浏览",
    u"瀏覽",
    u"阅读数",
    u"字数",
    u"字數",
    u"分钟阅读",
    u"分鐘閱讀",
    // previous/next, related
    u"上一篇",
    u"下一篇",
    u"上一页",
    u"下一页",
    u"上一頁",
    u"下一頁",
    u"相关文章",
    u"相關文章",
    u"相关阅读",
    u"相關閱讀",
    u"延伸阅读",
    u"延伸閱讀",
    u"推荐阅读",
    u"推薦閱讀",
    u"更多阅读",
    u"更多閱讀",
    u"热门",
    u"熱門",
    u"排行榜",
    u"排行",
    u"系列文章",
    // source, editor, copyright, ICP, licence
    u"原文链接",
    u"原文連結",
    u"阅读原文",
    u"閱讀原文",
    u"责任编辑",
    u"責任編輯",
    u"责编",
    u"編者",
    u"编者",
    u"小编",
    u"小編",
    u"版权所有",
    u"版權所有",
    u"著作权",
    u"著作權",
    u"版权",
    u"版權",
    u"公网安备",
    u"许可证",
    u"許可證",
    // back to top, print, font size, navigation, badges, contact, submissions
    u"返回顶部",
    u"回到顶部",
    u"回到頂部",
    u"返回首页",
    u"返回首頁",
    u"打印",
    u"列印",
    u"字号",
    u"字號",
    u"字體大小",
    u"字体大小",
    u"当前位置",
    u"目前位置",
    u"您的位置",
    u"关键字",
    u"關鍵字",
    u"关键词",
    u"關鍵詞",
    u"标签",
    u"標籤",
    u"原创",
    u"原創",
    u"爆料",
    u"热线",
    u"熱線",
    u"联系我们",
    u"聯絡我們",
    u"关于我们",
    u"關於我們",
    u"隐私",
    u"隱私",
    u"投稿",
};

// Terms by first character, longest first.
const QHash<char16_t, QList<QStringView>> &termsByFirst()
{
    static const QHash<char16_t, QList<QStringView>> index = [] {
        QHash<char16_t, QList<QStringView>> result;
        for (const char16_t *term : kChineseTerms)
            result[term[0]].append(QStringView(term));
        for (QList<QStringView> &terms : result)
            std::sort(terms.begin(), terms.end(),
                      [](QStringView a, QStringView b) { return a.size() > b.size(); });
        return result;
    }();
    return index;
}

// The Chinese term starting at `i`, or an empty view.
QStringView chineseTermAt(QStringView line, qsizetype i)
{
    const auto &index = termsByFirst();
    const auto found = index.constFind(line[i].unicode());
    if (found == index.cend())
        return {};
    for (QStringView term : *found) {
        if (line.sliced(i).startsWith(term))
            return term;
    }
    return {};
}

// English terms and symbols; ASCII on ASCII word boundaries, so the engine skips fast.
const QRegularExpression &englishTerms()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:subscribe|newsletter|sign ?up|log ?in|sign ?in|follow us|"
                       "download the app|app store|google play|qr code|min read|minutes? read|"
                       "all rights reserved|copyright|back to top|font size|powered by|about us|"
                       "contact us|comments)\\b|\\bICP\\s*[\\x{5907}\\x{8B49}\\x{8BC1}]|\\x{00A9}"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool hasAscii(QStringView line)
{
    for (QChar c : line) {
        if (c.unicode() < 0x80 && c.isLetter())
            return true;
    }
    return false;
}

// English words that are chrome only as whole labels ("Share", "Next", "Print"): in a
// sentence they are just words ("technology-related outflows").
const QRegularExpression &labelWords()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:share|tweet|email|like|likes|bookmark|save|comment|reply|register|"
                       "views?|previous|next|related|recommended|most read|trending|licen[cs]e|"
                       "print|menu|search|tags|privacy|terms|home)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool isChromeRow(QStringView visible)
{
    // (The UTF-16 size bounds the code point count: cheap guards before the exact one.)
    if (visible.isEmpty() || visible.size() > 80 || codePointCount(visible) > 40)
        return false;
    static const QRegularExpression counter = compile(
        uR"(^\d+(?:[.,]\d+)?\s*(?:万|萬|k|m)?\s*(?:min read|minutes? read|views?|分钟阅读|分鐘閱讀|人阅读|人閱讀|次阅读|次閱讀)$)");
    if (counter.match(visible).hasMatch())
        return true;
    // A view counter worded around its number: "Read 1,024 times", "Viewed 37 times",
    // "阅读 1024 次", "本文已被阅读 88 次", "瀏覽次數：5,120".
    static const QRegularExpression wordedCounter = compile(
        uR"(^(?:read|viewed|views?:?)\s*\d[\d,.]*\s*(?:k|m)?\s*(?:times)?$|^\d[\d,.]*\s*(?:k|m)?\s*(?:reads|times read)$|^(?:本文)?(?:已被)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d[\d,.]*\s*(?:万|萬)?\s*次?$)");
    if (wordedCounter.match(visible).hasMatch())
        return true;
    // Relative times stand alone as counters: "3小时前", "2 days ago".
    static const QRegularExpression relative = compile(
        uR"(^\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前$|^\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago$)");
    if (relative.match(visible).hasMatch())
        return true;
    if (visible.contains(u'。'))
        return false; // a sentence, not a row of buttons
    // Take the terms out; what is left may only be counters and separators.
    QString rest;
    bool found = false;
    for (qsizetype i = 0; i < visible.size();) {
        const QStringView term = chineseTermAt(visible, i);
        if (!term.isEmpty()) {
            found = true;
            i += term.size();
        } else {
            rest += visible[i++];
        }
    }
    if (hasAscii(rest)) {
        const qsizetype before = rest.size();
        rest.replace(englishTerms(), QString());
        rest.replace(labelWords(), QString());
        found = found || rest.size() != before;
    }
    if (!found)
        return false;
    for (QChar c : std::as_const(rest)) {
        if (c.isLetter() && c.script() != QChar::Script_Common)
            return false;
    }
    return true;
}

bool isLabelledChrome(QStringView visible)
{
    // A label leads the line: only its first characters need to be searched, and only
    // when a colon stands among them.
    const QStringView head = visible.first(std::min<qsizetype>(visible.size(), 24));
    if (!head.contains(u':') && !head.contains(u'\uFF1A'))
        return false;
    qsizetype end = -1;
    for (qsizetype i = 0; i <= 4 && i < head.size() && end < 0; ++i) {
        const QStringView term = chineseTermAt(head, i);
        if (!term.isEmpty())
            end = i + term.size();
    }
    if (end < 0) {
        auto match = englishTerms().match(head);
        if (!match.hasMatch() || match.capturedStart() > 4)
            match = labelWords().match(head);
        if (!match.hasMatch() || match.capturedStart() > 4)
            return false;
        end = match.capturedEnd();
    }
    const QStringView rest = head.sliced(end).trimmed();
    return rest.startsWith(u':') || rest.startsWith(u'\uFF1A');
}

bool mentionsChrome(QStringView visible)
{
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (visible[i].unicode() >= 0x3400 && !chineseTermAt(visible, i).isEmpty())
            return true;
    }
    return hasAscii(visible) || visible.contains(QChar(0xA9))
               ? englishTerms().match(visible).hasMatch()
               : false;
}

bool isCommentHeader(QStringView visible)
{
    if (visible.size() > 60 || codePointCount(visible) > 30)
        return false;
    if (!visible.contains(u'评') && !visible.contains(u'評') && !visible.contains(u'留') &&
        !hasAscii(visible))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:#+\s*)?(?:\d+\s*)?(?:comments?|responses?|replies|leave a (?:comment|reply))\s*(?:\(\d+\))?$|)"
        uR"(^(?:全部|热门|熱門|最新|置顶|置頂|网友|網友|读者|讀者)?(?:评论|評論|留言)\s*(?:[(（]\d+[)）])?$|)"
        uR"(共有\s*\d+\s*条评论|共有\s*\d+\s*條評論|\d+\s*条评论|\d+\s*條評論)");
    return pattern.match(visible).hasMatch();
}

bool isQrCallToAction(QStringView visible)
{
    if (visible.size() > 160 || codePointCount(visible) > 80)
        return false;
    static const QRegularExpression pattern = compile(
        uR"((?:扫描|掃描|扫|掃|识别|識別|长按|長按).{0,8}(?:二维码|二維碼)|扫码|掃碼|扫一扫|掃一掃|scan (?:the|this|our) qr code)");
    return pattern.match(visible).hasMatch();
}

bool isHorizontalRule(QStringView trimmed)
{
    if (trimmed.size() < 3)
        return false;
    const QChar mark = trimmed.front();
    if (mark != u'-' && mark != u'*' && mark != u'_')
        return false;
    int marks = 0;
    for (QChar c : trimmed) {
        if (c == mark)
            ++marks;
        else if (!c.isSpace())
            return false;
    }
    return marks >= 3;
}

bool isPlaceholderAuthor(QStringView name)
{
    static const QRegularExpression pattern = compile(
        uR"(佚名|匿名|网友|網友|小编|小編|管理员|管理員|文章|转载|轉載|微信|本站|编辑部|編輯部|)"
        uR"(^(?:admin|administrator|anonymous|unknown|staff|editor|guest)$)");
    return pattern.match(name).hasMatch();
}

} // namespace duizhao::PageChrome
