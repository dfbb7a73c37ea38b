#pragma once

#include <QStringView>

namespace duizhao {

// The furniture of a web page that scrapers keep around an article: buttons, widgets,
// navigation, counters, legal lines. The lexicon covers simplified, traditional and
// English labels (see docs/structure.md for the full list with examples):
//
//   share       分享 / 分享到 / 轉發 / Share / Tweet
//   like        点赞 / 點讚 / 赞 / 在看 / Like
//   collect     收藏 / Bookmark / Save
//   comment     评论 / 評論 / 留言 / Comments / Reply
//   login       登录 / 登入 / 注册 / 註冊 / 会员 / 验证码 / Log in / Sign up
//   subscribe   订阅 / 訂閱 / 订户 / Subscribe / Newsletter
//   follow      关注 / 關注 / Follow us
//   app         下载App / 下載App / 客户端 / App Store / Google Play
//   QR code     二维码 / 二維碼 / 扫一扫 / 掃碼 / QR code
//   counts      浏览51 / 阅读 1.2万 / 12 views / 5 min read / 字数 / 分钟阅读
//   prev/next   上一篇 / 下一篇 / 下一頁 / Previous / Next article
//   related     相关文章 / 相關閱讀 / 更多阅读 / 热门 / 排行榜 / Related / Most read
//   source      原文链接 / 阅读原文 / 閱讀原文
//   editor      责任编辑 / 責任編輯 / 编者荐语 / 小编
//   copyright   版权所有 / 版權所有 / 著作權 / © / Copyright / All rights reserved
//   ICP         京ICP备 / 公网安备
//   licence     许可证 / 許可證 / Licence
//   top         返回顶部 / 回到頂部 / 返回首頁 / Back to top
//   print       打印 / 列印 / Print
//   font size   字号 / 字體大小 / Font size
//   navigation  当前位置 / 您的位置 / Menu / Search / Tags: / 关键字
//   badge       原创 / 原創 / Powered by
//   contact     爆料 / 热线 / 聯絡我們 / About us / Privacy
//
// A term inside a sentence is not chrome ("他们分享了各自的经验。" is essay text), so the
// answers depend on where the line stands; BlockParser decides that.
namespace PageChrome {

// The whole line is made of chrome labels, counters and separators:
// "分享 | 收藏 | 评论 12", "浏览51收藏25", "Share  Tweet  Email", "5 min read".
bool isChromeRow(QStringView visible);
// A chrome label with a colon leads the line: "相关阅读：[…](…)", "Tags: a, b",
// "原文链接：", "Read more: …".
bool isLabelledChrome(QStringView visible);
// Some chrome term appears anywhere in the line (for lines in a header or footer zone).
bool mentionsChrome(QStringView visible);
// A comment thread starts here: "Comments", "17 Comments", "全部评论", "网友评论",
// "当前新闻共有0条评论". Everything after it is residue.
bool isCommentHeader(QStringView visible);
// An imperative call to scan a QR code ("扫描上方二维码报名", "Scan the QR code"): the
// tell of a sponsored section in newsletters and WeChat posts.
bool isQrCallToAction(QStringView visible);
// "---", "***", "* * *", "___": a Markdown rule.
bool isHorizontalRule(QStringView trimmed);
// A name the site fills in when there is no author: "佚名", "网友", "微信文章", "admin".
bool isPlaceholderAuthor(QStringView name);

} // namespace PageChrome
} // namespace duizhao
