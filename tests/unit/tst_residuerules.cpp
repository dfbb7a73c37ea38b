#include "LineText.h"
#include "PageChrome.h"
#include "ResidueRules.h"

#include <QTest>

using namespace duizhao;

namespace {

// Full-width punctuation (U+FF00–U+FFEF) is written as escapes: \uFF1A is ":", \uFF0C ",",
// \uFF08 / \uFF09 "(" / ")", \uFF5C "|", \uFF1F "?", \uFF01 "!".
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

using LineRule = bool (*)(QStringView);

void addLineColumns()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("expected");
}

void checkLineRule(LineRule rule)
{
    QFETCH(QString, line);
    QFETCH(bool, expected);
    QCOMPARE(rule(line), expected);
}

} // namespace

// Each rule answers for one trimmed line alone; rows give lines that must match and
// near misses that must not.
class TestResidueRules : public QObject
{
    Q_OBJECT

private slots:
    // Markdown, HTML and bracketed image placeholders, and nothing with text around them.
    void imagePlaceholder_data()
    {
        addLineColumns();
        QTest::newRow("empty markdown") << s(u"![]()") << true;
        QTest::newRow("markdown with url") << s(u"![photo](https://example.com/a.jpg)") << true;
        QTest::newRow("two on one line") << s(u"![](a.png) ![](b.png)") << true;
        QTest::newRow("html img") << s(u"<img src=\"x.png\" alt=\"\">") << true;
        QTest::newRow("[图片]") << s(u"[图片]") << true;
        QTest::newRow("【圖片】") << s(u"【圖片】") << true;
        QTest::newRow("full-width parens") << s(u"\uFF08图\uFF09") << true;
        QTest::newRow("[Image]") << s(u"[Image]") << true;
        QTest::newRow("placeholder then caption") << s(u"![]() 图为会场") << false;
        QTest::newRow("sentence about an image") << s(u"See the image below.") << false;
        QTest::newRow("footnote mark") << s(u"[1] 参考") << false;
        QTest::newRow("link, not image") << s(u"[home](https://example.com)") << false;
    }
    void imagePlaceholder() { checkLineRule(ResidueRules::isImagePlaceholder); }

    // A whole line that only says "advertisement", in either script or English.
    void adMarker_data()
    {
        addLineColumns();
        QTest::newRow("廣告") << s(u"廣告") << true;
        QTest::newRow("广告") << s(u"广告") << true;
        QTest::newRow("推广") << s(u"推广") << true;
        QTest::newRow("Advertisement") << s(u"Advertisement") << true;
        QTest::newRow("SKIP ADVERTISEMENT") << s(u"SKIP ADVERTISEMENT") << true;
        QTest::newRow("Ad") << s(u"Ad") << true;
        QTest::newRow("sentence about ads") << s(u"广告业正在萎缩。") << false;
        QTest::newRow("plural in a sentence") << s(u"Advertisements are everywhere") << false;
        QTest::newRow("ad hoc") << s(u"ad hoc") << false;
    }
    void adMarker() { checkLineRule(ResidueRules::isAdMarker); }

    // Platform disclaimers in Chinese (either colon) and English.
    void disclaimer_data()
    {
        addLineColumns();
        QTest::newRow("特別聲明, full-width colon")
            << s(u"特別聲明\uFF1A以上內容(包括圖片或視頻)為自媒體平台用戶上傳並發布。") << true;
        QTest::newRow("免责声明, ascii colon") << s(u"免责声明:本文观点不代表本平台立场。") << true;
        QTest::newRow("本文仅代表作者") << s(u"本文仅代表作者本人观点。") << true;
        QTest::newRow("Notice:")
            << s(u"Notice: The content above (including the pictures and videos if any) is "
                 u"uploaded by the user.")
            << true;
        QTest::newRow("Disclaimer:") << s(u"Disclaimer: the author holds no position.") << true;
        QTest::newRow("广告声明, ascii colon")
            << s(u"广告声明:文内的对外链接用于传递更多信息，节省甄选时间。") << true;
        QTest::newRow("The content above") << s(u"The content above is provided as is.") << true;
        QTest::newRow("声明 inside a sentence") << s(u"外交部发表声明\uFF1A反对制裁。") << false;
        QTest::newRow("声明 alone") << s(u"声明") << false;
        QTest::newRow("Notice without colon") << s(u"Notice how the market moved.") << false;
    }
    void disclaimer() { checkLineRule(ResidueRules::isDisclaimer); }

    // End-of-article markers, and words that merely contain "end" or 完.
    void endMarker_data()
    {
        addLineColumns();
        QTest::newRow("/// END ///") << s(u"/// END ///") << true;
        QTest::newRow("— END —") << s(u"— END —") << true;
        QTest::newRow("-END-") << s(u"-END-") << true;
        QTest::newRow("END") << s(u"END") << true;
        QTest::newRow("(完) ascii") << s(u"(完)") << true;
        QTest::newRow("(完) full-width") << s(u"\uFF08完\uFF09") << true;
        QTest::newRow("【完】") << s(u"【完】") << true;
        QTest::newRow("全文完") << s(u"全文完") << true;
        QTest::newRow("The end of an era") << s(u"The end of an era") << false;
        QTest::newRow("Endgame") << s(u"Endgame") << false;
        QTest::newRow("完成了") << s(u"完成了") << false;
        QTest::newRow("sentence ending in 完") << s(u"故事讲完了。") << false;
    }
    void endMarker() { checkLineRule(ResidueRules::isEndMarker); }

    // Submission, whitelist, related-article and editor lines; only short ones.
    void footerLine_data()
    {
        addLineColumns();
        QTest::newRow("whitelist | submission")
            << s(u"開白名單 請在公眾號留言\uFF5C投稿 請聯絡編輯") << true;
        QTest::newRow("相关文章") << s(u"相关文章") << true;
        QTest::newRow("責任編輯") << s(u"責任編輯\uFF1A王小明") << true;
        QTest::newRow("点击关注") << s(u"点击关注我们") << true;
        QTest::newRow("原創首發 at start") << s(u"原創首發文章\uFF5C作者 米磊") << true;
        QTest::newRow("Related articles") << s(u"Related articles") << true;
        QTest::newRow("Read more") << s(u"Read more") << true;
        QTest::newRow("投资 is not 投稿") << s(u"他们讨论了投资方向。") << false;
        // Body sentences that merely mention a whitelist, a submission or related articles.
        QTest::newRow("sentence about a whitelist")
            << s(u"美国商务部上周把十二家中国公司移出了出口管制白名单。") << false;
        QTest::newRow("sentence about a submission")
            << s(u"这篇分析最初投稿给一家外交杂志\uFF0C后来被拒绝了。") << false;
        QTest::newRow("sentence citing related articles")
            << s(u"他在相关文章中指出\uFF0C管制的效果有限。") << false;
        QTest::newRow("Read more about") << s(u"Read more about chips") << false;
        QTest::newRow("long paragraph naming 相关文章")
            << (s(u"这篇分析引用了许多相关文章") + QString(100, QChar(0x5B57)) + s(u"。")) << false;
    }
    void footerLine() { checkLineRule(ResidueRules::isFooterLine); }

    // Reference list headers stand alone on their line.
    void referenceHeader_data()
    {
        addLineColumns();
        QTest::newRow("参考信息: ascii") << s(u"参考信息:") << true;
        QTest::newRow("参考信息: full-width") << s(u"参考信息\uFF1A") << true;
        QTest::newRow("參考資料") << s(u"參考資料") << true;
        QTest::newRow("References") << s(u"References") << true;
        QTest::newRow("Sources:") << s(u"Sources:") << true;
        QTest::newRow("参考信息 in a sentence") << s(u"参考信息显示\uFF0C市场在变化。") << false;
        QTest::newRow("References in a sentence") << s(u"References to China abound") << false;
    }
    void referenceHeader() { checkLineRule(ResidueRules::isReferenceHeader); }

    // Credits with a role word or "By" and a capitalised name; "by the way" is prose.
    void bylineLine_data()
    {
        addLineColumns();
        QTest::newRow("【文/… 刘典】") << s(u"【文/观察者网专栏作者 刘典】") << true;
        QTest::newRow("作者 米磊") << s(u"作者 米磊") << true;
        QTest::newRow("作者: full-width") << s(u"作者\uFF1A米磊") << true;
        QTest::newRow("文 | 张三") << s(u"文 | 张三") << true;
        QTest::newRow("記者 王小明") << s(u"記者 王小明") << true;
        QTest::newRow("By Jane Doe") << s(u"By Jane Doe") << true;
        QTest::newRow("by Jane Doe") << s(u"by Jane Doe") << true;
        QTest::newRow("By two authors") << s(u"By Jane Doe and John Smith") << true;
        QTest::newRow("by the way we went") << s(u"by the way we went") << false;
        QTest::newRow("By the way we went") << s(u"By the way we went") << false;
        QTest::newRow("Written by") << s(u"Written by Jane Doe") << false;
        QTest::newRow("作者簡介") << s(u"作者簡介\uFF1A米磊\uFF0C中國科學院西安光機所研究員")
                                  << false;
        QTest::newRow("too long") << (s(u"作者 ") + QString(70, QChar(0x5B57))) << false;
        // Issue 16: any separator, the tail of a split repost card, reporter/place, a
        // marker glyph, a credits line with several roles, a repost's source.
        QTest::newRow("，作者王五 (card tail)") << s(u"\uFF0C作者王五") << true;
        QTest::newRow("文 | role then name") << s(u"文 | 某研究院特约研究员 王五") << true;
        QTest::newRow("記者…／台北報導") << s(u"記者王小明\uFF0F台北報導") << true;
        QTest::newRow("name／綜合報導") << s(u"李四\uFF0F綜合報導") << true;
        QTest::newRow("■ name") << s(u"■ 王小明") << true;
        QTest::newRow("● 記者 name") << s(u"● 記者 李四") << true;
        QTest::newRow("credits line")
            << s(u"某写作组 | 翻译\uFF1A甲乙 | 校对\uFF1A丙丁 | 编辑\uFF1A戊己") << true;
        QTest::newRow("repost source") << s(u"以下文章来源于某某周刊") << true;
        QTest::newRow("By three authors") << s(u"By Jane Doe, Ann Lee and John Smith") << true;
        QTest::newRow("文 without separator is a word") << s(u"文化自信") << false;
        QTest::newRow("■ before a label") << s(u"■ 中文简体版") << false;
        QTest::newRow("one role is not a credits line") << s(u"编辑\uFF1A今天的三条新闻") << false;
    }
    void bylineLine() { checkLineRule(ResidueRules::isBylineLine); }

    // Page chrome rows: the whole line is labels, counters and separators.
    void chromeRow_data()
    {
        addLineColumns();
        QTest::newRow("share row") << s(u"分享 | 收藏 | 评论 12") << true;
        QTest::newRow("counters glued") << s(u"浏览1203收藏8") << true;
        QTest::newRow("traditional") << s(u"分享到\uFF1A 轉發 點讚") << true;
        QTest::newRow("english buttons") << s(u"Share  Tweet  Email  Print") << true;
        QTest::newRow("reading time") << s(u"12 min read") << true;
        QTest::newRow("read N times") << s(u"Read 1,024 times") << true;
        QTest::newRow("viewed N times") << s(u"Viewed 37 times") << true;
        QTest::newRow("N reads") << s(u"2.3k reads") << true;
        QTest::newRow("阅读 N 次") << s(u"本文已被阅读 88 次") << true;
        QTest::newRow("瀏覽次數") << s(u"瀏覽次數：5,120") << true;
        QTest::newRow("a sentence about reading") << s(u"Read the report twice") << false;
        QTest::newRow("relative time") << s(u"3小时前") << true;
        QTest::newRow("login") << s(u"登录 / 注册") << true;
        QTest::newRow("QR code") << s(u"扫码关注") << true;
        QTest::newRow("back to top") << s(u"返回顶部") << true;
        QTest::newRow("font size") << s(u"字号 大 中 小") << false; // 大中小 are words left over
        QTest::newRow("heading with a chrome word") << s(u"分享经济的未来") << false;
        QTest::newRow("sentence") << s(u"他们分享了各自的经验。") << false;
        QTest::newRow("english heading") << s(u"Related work on export controls") << false;
    }
    void chromeRow() { checkLineRule(PageChrome::isChromeRow); }

    // A chrome label with a colon leads the line.
    void labelledChrome_data()
    {
        addLineColumns();
        QTest::newRow("相关阅读：link") << s(u"相关阅读\uFF1A芯片法案的三年") << true;
        QTest::newRow("Tags:") << s(u"Tags: chips, export controls") << true;
        QTest::newRow("原文链接：") << s(u"原文链接\uFF1A") << true;
        QTest::newRow("標籤：") << s(u"標籤\uFF1A晶片") << true;
        QTest::newRow("term without colon") << s(u"相关阅读更多内容") << false;
        QTest::newRow("term later in the line") << s(u"这篇文章的标签\uFF1A很多") << false;
    }
    void labelledChrome() { checkLineRule(PageChrome::isLabelledChrome); }

    // Where a comment thread starts.
    void commentHeader_data()
    {
        addLineColumns();
        QTest::newRow("Comments") << s(u"Comments") << true;
        QTest::newRow("### 23 Comments") << s(u"23 Comments") << true;
        QTest::newRow("全部评论") << s(u"全部评论") << true;
        QTest::newRow("網友評論 (5)") << s(u"網友評論\uFF085\uFF09") << true;
        QTest::newRow("共有3条评论") << s(u"本文共有3条评论 | 分享") << true;
        QTest::newRow("sentence about comments")
            << s(u"政府对这些评论并没有作出回应，也没有解释原因。") << false;
        QTest::newRow("heading") << s(u"Comments on the draft rule") << false;
    }
    void commentHeader() { checkLineRule(PageChrome::isCommentHeader); }

    void qrCallToAction_data()
    {
        addLineColumns();
        QTest::newRow("scan above") << s(u"微信扫描上方二维码，报名参加讲座。") << true;
        QTest::newRow("long-press") << s(u"長按識別二維碼關注我們") << true;
        QTest::newRow("english") << s(u"Scan the QR code to sign up") << true;
        QTest::newRow("essay about QR codes")
            << s(u"二维码支付在小城市的普及速度超过了大城市，这一现象值得研究。") << false;
    }
    void qrCallToAction() { checkLineRule(PageChrome::isQrCallToAction); }

    void horizontalRule_data()
    {
        addLineColumns();
        QTest::newRow("---") << s(u"---") << true;
        QTest::newRow("* * *") << s(u"* * *") << true;
        QTest::newRow("___") << s(u"_____") << true;
        QTest::newRow("list item") << s(u"- item") << false;
        QTest::newRow("two dashes") << s(u"--") << false;
    }
    void horizontalRule() { checkLineRule(PageChrome::isHorizontalRule); }

    void placeholderAuthor_data()
    {
        addLineColumns();
        QTest::newRow("佚名") << s(u"佚名") << true;
        QTest::newRow("platform article") << s(u"微信文章") << true;
        QTest::newRow("admin") << s(u"admin") << true;
        QTest::newRow("a name") << s(u"王小明") << false;
        QTest::newRow("latin name") << s(u"Jane Doe") << false;
    }
    void placeholderAuthor() { checkLineRule(PageChrome::isPlaceholderAuthor); }

    // What a reader sees of a Markdown or HTML line.
    void visibleText_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("visible");
        QTest::newRow("heading") << s(u"## 一、市场的分裂") << s(u"一、市场的分裂");
        QTest::newRow("quote, bold, link")
            << s(u"> **Export** controls [bite](https://example.com/x)")
            << s(u"Export controls bite");
        QTest::newRow("image alt is not text")
            << s(u"![cover](https://example.com/a.png)") << QString();
        QTest::newRow("figcaption")
            << s(u"<figcaption>港口一隅。</figcaption>") << s(u"港口一隅。");
        QTest::newRow("bare url") << s(u"见 https://example.com/a 的说明") << s(u"见  的说明");
        QTest::newRow("glued bold spans")
            << s(u"**作者 | 甲乙****编辑**| 丙丁") << s(u"作者 | 甲乙 编辑| 丙丁");
        QTest::newRow("escaped asterisk") << s(u"\\*题图来源：某社") << s(u"*题图来源：某社");
        QTest::newRow("plain") << s(u"芯片很重要。") << s(u"芯片很重要。");
    }
    void visibleText()
    {
        QFETCH(QString, line);
        QFETCH(QString, visible);
        QCOMPARE(LineText::visible(line), visible);
    }

    void linkOnly_data()
    {
        addLineColumns();
        QTest::newRow("menu item") << s(u"* [Blog](https://example.com/blog)") << true;
        QTest::newRow("breadcrumb") << s(u"[Home](/)[News](/news)") << true;
        QTest::newRow("image link") << s(u"[![rss](a.png)](https://example.com/feed)") << true;
        QTest::newRow("autolink") << s(u"<https://example.com/report>") << true;
        QTest::newRow("numbered item") << s(u"1、[新工具](https://example.com)") << false;
        QTest::newRow("text around")
            << s(u"更多文章欢迎浏览[我们的主页](https://example.com)！") << false;
    }
    void linkOnly() { checkLineRule(LineText::isLinkOnly); }

    // Numbered section lines: short, not a sentence, no closing comma or stop.
    void numberedHeading_data()
    {
        addLineColumns();
        QTest::newRow("一、… question") << s(u"一、美限制政策为什么会边际效应递减\uFF1F") << true;
        QTest::newRow("二、") << s(u"二、市场的分裂") << true;
        QTest::newRow("第二章") << s(u"第二章 产业政策") << true;
        QTest::newRow("(一) full-width") << s(u"\uFF08一\uFF09背景") << true;
        QTest::newRow("· bullet") << s(u"· 分裂的市场") << true;
        QTest::newRow("1、") << s(u"1、开放标准") << true;
        QTest::newRow("3. Open standards") << s(u"3. Open standards") << true;
        QTest::newRow("3. lower case") << s(u"3. the market fell") << false;
        QTest::newRow("two sentences") << s(u"一、我们先看数据。然后再说") << false;
        QTest::newRow("ends with comma") << s(u"一、首先\uFF0C") << false;
        QTest::newRow("year, not number") << s(u"2025年的市场") << false;
        QTest::newRow("too long") << (s(u"一、") + QString(45, QChar(0x5B57))) << false;
        QTest::newRow("plain line") << s(u"保持耐心") << false;
    }
    void numberedHeading() { checkLineRule(ResidueRules::isNumberedHeading); }

    // Final punctuation, looking through closing quotes and brackets.
    void endsWithPunctuation_data()
    {
        addLineColumns();
        QTest::newRow("quote closes a stop") << s(u"他说\uFF1A“好。”") << true;
        QTest::newRow("title with quotes") << s(u"美国“黔驴技穷”了") << false;
        QTest::newRow("full stop") << s(u"Hello.") << true;
        QTest::newRow("no stop") << s(u"Hello") << false;
        QTest::newRow("ellipsis") << s(u"结束了……") << true;
        QTest::newRow("full-width comma") << s(u"问题是\uFF0C") << true;
        QTest::newRow("full-width question") << s(u"还能领先吗\uFF1F") << true;
        QTest::newRow("enumeration comma") << s(u"芯片、") << true;
        QTest::newRow("bracketed word") << s(u"\uFF08完\uFF09") << false;
        QTest::newRow("only closers") << s(u"”」") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void endsWithPunctuation() { checkLineRule(ResidueRules::endsWithPunctuation); }

    // More than one sentence: 。 anywhere, or ! / ? with more text after it.
    void containsSentenceStop_data()
    {
        addLineColumns();
        QTest::newRow("two sentences") << s(u"第一句。第二句") << true;
        QTest::newRow("。 at the end") << s(u"只有一句。") << true;
        QTest::newRow("question at the end") << s(u"美国还能领先吗\uFF1F") << false;
        QTest::newRow("question then text") << s(u"Why now? Because.") << true;
        QTest::newRow("full-width ! then text") << s(u"好\uFF01我们走") << true;
        QTest::newRow("?! at the end") << s(u"真的吗\uFF1F\uFF01") << false;
        QTest::newRow("! inside closing quote") << s(u"他说\uFF1A“好\uFF01”") << false;
        QTest::newRow("no stop") << s(u"No stop here") << false;
        QTest::newRow("full stop is not 。") << s(u"One. Two") << false;
    }
    void containsSentenceStop() { checkLineRule(ResidueRules::containsSentenceStop); }

    // A caption repeated with a photo credit after it, and lines that only look alike.
    void captionWithCredit_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<bool>("expected");
        const QString caption = s(u"一家位於上海的半導體公司的晶圓。");
        QTest::newRow("Getty credit")
            << caption + s(u" Cfoto/Future Publishing, via Getty Images") << caption << true;
        QTest::newRow("Reuters credit") << caption + s(u" Aly Song/Reuters") << caption << true;
        QTest::newRow("图源 credit") << s(u"图为深圳的一条商业街。 图源\uFF1A新华社")
                                     << s(u"图为深圳的一条商业街。") << true;
        QTest::newRow("same line") << caption << caption << false;
        QTest::newRow("continues with prose")
            << caption + s(u" 这家公司正在扩产。") << caption << false;
        QTest::newRow("credit glued to a word")
            << s(u"Chips on a waferReuters") << s(u"Chips on a wafer") << false;
        QTest::newRow("previous too short")
            << s(u"晶圓。 via Getty Images") << s(u"晶圓。") << false;
        QTest::newRow("different start") << s(u"另一張圖片。 via Getty Images") << caption << false;
        QTest::newRow("credit too long")
            << caption + s(u" via ") + QString(90, u'x') << caption << false;
    }
    void captionWithCredit()
    {
        QFETCH(QString, line);
        QFETCH(QString, previous);
        QFETCH(bool, expected);
        QCOMPARE(ResidueRules::isCaptionWithCredit(line, previous), expected);
    }
};

QTEST_GUILESS_MAIN(TestResidueRules)
#include "tst_residuerules.moc"
