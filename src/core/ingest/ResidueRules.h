#pragma once

#include <QStringView>

namespace duizhao {

// Line-level patterns for the residue scrapers leave in articles. Each takes one line
// already trimmed of scraped whitespace and answers for that line alone; BlockParser
// adds the context (what came before, what follows). Examples of what matches:
//
//   isImagePlaceholder   "![]()", "![photo](https://…)", "<img src=…>", "[图片]", "[Image]"
//   isAdMarker           "廣告", "广告", "Advertisement", "SKIP ADVERTISEMENT", "推广"
//   isDisclaimer         "特別聲明:以上內容…", "免责声明:…", "Notice: The content above …",
//                        "Disclaimer: …", "本文仅代表作者观点…"
//   isEndMarker          "/// END ///", "— END —", "-END-", "(完)", "【完】", "全文完"
//   isFooterLine         "開白名單 …|投稿 …", "相关文章", "责任编辑:…", "点击关注…"
//                        (short labels only: "…移出了出口管制白名单。" is a sentence)
//   isReferenceHeader    "参考信息:", "參考資料", "References", "Sources:"
//   isBylineLine         "【文/观察者网专栏作者 刘典】", "作者 米磊", "By Jane Doe",
//                        "文 | 张三", "記者 王小明", "来源:观察者网"
//                        (not "记者:你如何看待…?" — an interview question names no one)
//   isNumberedHeading    "一、美限制政策为什么会边际效应递减?", "第二章 …", "· 分裂的市场",
//                        "3. Open standards" (short, not a sentence)
namespace ResidueRules {

bool isImagePlaceholder(QStringView line);
bool isAdMarker(QStringView line);
bool isDisclaimer(QStringView line);
bool isEndMarker(QStringView line);
bool isFooterLine(QStringView line);
bool isReferenceHeader(QStringView line);
bool isBylineLine(QStringView line);
bool isNumberedHeading(QStringView line);

// Sentence or clause punctuation at the end (looking through closing quotes):
// "他说:“好。”" ends with punctuation; "美国“黔驴技穷”了" does not.
bool endsWithPunctuation(QStringView line);
bool endsWithQuestion(QStringView line); // "…吗?", "Why now?", "…!"
// More than one sentence: a 。 anywhere, or ! / ? with text after it.
bool containsSentenceStop(QStringView line);

// "<caption> <photo credit>": `line` is `previous` plus a short credit after it,
// e.g. "…的公司。 Cfoto/Future Publishing, via Getty Images".
bool isCaptionWithCredit(QStringView line, QStringView previous);

} // namespace ResidueRules
} // namespace duizhao
