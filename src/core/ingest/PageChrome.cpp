#include "PageChrome.h"

#include "text/CodePoints.h"

#include <QRegularExpression>

namespace duizhao::PageChrome {

namespace {

QRegularExpression compile(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// The lexicon as one alternation. Chinese terms are matched anywhere; English terms on
// word boundaries. Longer terms first, so that a row is consumed term by term.
const QRegularExpression &lexicon()
{
    static const QRegularExpression pattern = compile(
        // share, like, collect, comment
        uR"(分享到|分享|转发|轉發|點讚|点赞|在看|赞|讚|收藏|评论|評論|留言|)"
        // login, subscribe, follow
        uR"(登录|登錄|登入|注册|註冊|会员|會員|密码|密碼|验证码|驗證碼|订阅|訂閱|订户|訂戶|关注|關注|)"
        // app download, QR code
        uR"(下载\s*app|下載\s*app|客户端|客戶端|二维码|二維碼|扫一扫|掃一掃|扫码|掃碼|)"
        // counts
        uR"(阅读量|閱讀量|浏览量|瀏覽量|浏览|瀏覽|阅读数|字数|字數|分钟阅读|分鐘閱讀|)"
        // previous/next, related
        uR"(上一篇|下一篇|上一页|下一页|上一頁|下一頁|相关文章|相關文章|相关阅读|相關閱讀|)"
        uR"(延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多阅读|更多閱讀|热门|熱門|排行榜|排行|)"
        // source, editor, copyright, ICP, licence
        uR"(原文链接|原文連結|阅读原文|閱讀原文|责任编辑|責任編輯|责编|編者|编者|小编|小編|)"
        uR"(版权所有|版權所有|著作权|著作權|版权|版權|ICP\s*[备證证]|公网安备|许可证|許可證|)"
        // back to top, print, font size, navigation, badges, contact
        uR"(返回顶部|回到顶部|回到頂部|返回首页|返回首頁|打印|列印|字号|字號|字體大小|字体大小|)"
        uR"(当前位置|目前位置|您的位置|关键字|關鍵字|关键词|關鍵詞|标签|標籤|原创|原創|)"
        uR"(爆料|热线|熱線|联系我们|聯絡我們|关于我们|關於我們|隐私|隱私|投稿|系列文章|)"
        // English labels that never occur in running text as such
        uR"(\b(?:subscribe|newsletter|sign ?up|log ?in|sign ?in|follow us|download the app|app store|)"
        uR"(google play|qr code|min read|minutes? read|all rights reserved|copyright|back to top|)"
        uR"(font size|powered by|about us|contact us|comments)\b|©)");
    return pattern;
}

// English words that are chrome only as whole labels ("Share", "Next", "Print"): in a
// sentence they are just words ("technology-related outflows").
const QRegularExpression &labelWords()
{
    static const QRegularExpression pattern = compile(
        uR"(\b(?:share|tweet|email|like|likes|bookmark|save|comment|reply|register|views?|previous|)"
        uR"(next|related|recommended|most read|trending|licen[cs]e|print|menu|search|tags|privacy|)"
        uR"(terms|home)\b)");
    return pattern;
}

} // namespace

bool isChromeRow(QStringView visible)
{
    if (visible.isEmpty() || codePointCount(visible) > 40)
        return false;
    static const QRegularExpression counter = compile(
        uR"(^\d+(?:[.,]\d+)?\s*(?:万|萬|k|m)?\s*(?:min read|minutes? read|views?|分钟阅读|分鐘閱讀|人阅读|人閱讀|次阅读|次閱讀)$)");
    if (counter.match(visible).hasMatch())
        return true;
    // Relative times stand alone as counters: "3小时前", "2 days ago".
    static const QRegularExpression relative = compile(
        uR"(^\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前$|^\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago$)");
    if (relative.match(visible).hasMatch())
        return true;
    QString rest = visible.toString();
    const qsizetype before = rest.size();
    rest.replace(lexicon(), QString());
    rest.replace(labelWords(), QString());
    if (rest.size() == before)
        return false;
    // What is left may only be counters and separators.
    for (QChar c : std::as_const(rest)) {
        if (c.isLetter() && c.script() != QChar::Script_Common)
            return false;
    }
    return true;
}

bool isLabelledChrome(QStringView visible)
{
    if (codePointCount(visible) > 200)
        return false;
    auto match = lexicon().match(visible);
    if (!match.hasMatch() || match.capturedStart() > 4)
        match = labelWords().match(visible);
    if (!match.hasMatch() || match.capturedStart() > 4)
        return false;
    const QStringView rest = visible.sliced(match.capturedEnd()).trimmed();
    return rest.startsWith(u':') || rest.startsWith(u'\uFF1A');
}

bool mentionsChrome(QStringView visible)
{
    return lexicon().match(visible).hasMatch();
}

bool isCommentHeader(QStringView visible)
{
    if (codePointCount(visible) > 30)
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:#+\s*)?(?:\d+\s*)?(?:comments?|responses?|replies|leave a (?:comment|reply))\s*(?:\(\d+\))?$|)"
        uR"(^(?:全部|热门|熱門|最新|置顶|置頂|网友|網友|读者|讀者)?(?:评论|評論|留言)\s*(?:[(（]\d+[)）])?$|)"
        uR"(共有\s*\d+\s*条评论|共有\s*\d+\s*條評論|\d+\s*条评论|\d+\s*條評論)");
    return pattern.match(visible).hasMatch();
}

bool isQrCallToAction(QStringView visible)
{
    if (codePointCount(visible) > 80)
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
