#include "CodePoints.h"
#include "DateRecognizer.h"
#include "MetadataExtractor.h"

#include <QTest>

using namespace duizhao;
using namespace Qt::StringLiterals;

namespace {

// Full-width punctuation (U+FF00–U+FFEF) is written as escapes: \uFF1A is ":", \uFF0C ",",
// \uFF5C "|", \uFF08 / \uFF09 "(" / ")", \uFF1F "?".

Block block(BlockKind kind, const QString &text)
{
    Block result;
    result.kind = kind;
    result.text = text;
    return result;
}

// A short essay around one credit line: title, the line as `kind`, a paragraph.
QList<Block> essayWith(const QString &kindName, const QString &line)
{
    QList<Block> blocks{block(BlockKind::Title, u"芯片竞赛的新战线"_s),
                        block(blockKindFromName(kindName).value(), line),
                        block(BlockKind::Paragraph, u"芯片产业的竞争已经进入新的阶段。"_s)};
    for (int i = 0; i < blocks.size(); ++i)
        blocks[i].index = i;
    return blocks;
}

} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT

private slots:
    // Author and outlet from bylines and footer lines, never from the body.
    void authorAndOutlet_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("bracketed byline with role")
            << u"byline"_s << u"【文/观察者网专栏作者 刘典】"_s << u"刘典"_s << u"观察者网"_s;
        QTest::newRow("bracketed byline, outlet and name")
            << u"byline"_s << u"【文/观察者网 刘典】"_s << u"刘典"_s << u"观察者网"_s;
        QTest::newRow("bracketed byline, name only")
            << u"byline"_s << u"【文/刘典】"_s << u"刘典"_s << QString();
        QTest::newRow("作者 in a footer, full-width bar")
            << u"footer"_s << u"No.6270 原創首發文章\uFF5C作者 米磊"_s << u"米磊"_s << QString();
        QTest::newRow("作者 in a footer, ascii bar")
            << u"footer"_s << u"原創首發文章|作者 米磊"_s << u"米磊"_s << QString();
        QTest::newRow("作者: byline")
            << u"byline"_s << u"作者\uFF1A米磊"_s << u"米磊"_s << QString();
        QTest::newRow("作者簡介 names nobody")
            << u"footer"_s
            << u"作者簡介\uFF1A米磊\uFF0C中國科學院西安光機所研究員\uFF0C中科創星創始合夥人"_s
            << QString() << QString();
        QTest::newRow("By Jane Doe")
            << u"byline"_s << u"By Jane Doe"_s << u"Jane Doe"_s << QString();
        QTest::newRow("two authors") << u"byline"_s << u"By Jane Doe and John Smith"_s
                                     << u"Jane Doe and John Smith"_s << QString();
        QTest::newRow("来源 footer")
            << u"footer"_s << u"来源\uFF1A观察者网"_s << QString() << u"观察者网"_s;
        QTest::newRow("Source footer")
            << u"footer"_s << u"Source: The Wire China"_s << QString() << u"The Wire China"_s;
        QTest::newRow("byline words in a paragraph")
            << u"paragraph"_s << u"作者 米磊"_s << QString() << QString();
        QTest::newRow("bracketed credit in a paragraph")
            << u"paragraph"_s << u"【文/观察者网专栏作者 刘典】"_s << QString() << QString();
    }
    void authorAndOutlet()
    {
        QFETCH(QString, kind);
        QFETCH(QString, line);
        QFETCH(QString, author);
        QFETCH(QString, outlet);
        const EssayMetadata meta = MetadataExtractor::extract(essayWith(kind, line));
        QCOMPARE(meta.author, author);
        QCOMPARE(meta.outlet, outlet);
    }

    // Bylines are read before footers, wherever the footer stands.
    void bylineBeforeFooter()
    {
        QList<Block> blocks{block(BlockKind::Footer, u"原創首發文章|作者 米磊"_s),
                            block(BlockKind::Paragraph, u"芯片产业的竞争已经进入新的阶段。"_s),
                            block(BlockKind::Byline, u"By Jane Doe"_s)};
        QCOMPARE(MetadataExtractor::extract(blocks).author, u"Jane Doe"_s);
    }

    // Dates in three spellings, as yyyy-MM-dd, only from bylines and footers.
    void date_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("date");
        QTest::newRow("byline 年月日") << u"byline"_s << u"2025年1月13日"_s << u"2025-01-13"_s;
        QTest::newRow("footer 年月日 in text")
            << u"footer"_s << u"发布于 2025年1月13日 北京"_s << u"2025-01-13"_s;
        QTest::newRow("footer iso") << u"footer"_s << u"2025-01-13"_s << u"2025-01-13"_s;
        QTest::newRow("footer slashes") << u"footer"_s << u"2025/1/13"_s << u"2025-01-13"_s;
        QTest::newRow("paragraph") << u"paragraph"_s << u"2025年1月13日"_s << QString();
        QTest::newRow("heading") << u"heading"_s << u"2025年1月13日"_s << QString();
        QTest::newRow("no such month") << u"footer"_s << u"2025年13月40日"_s << QString();
        QTest::newRow("digits glued before") << u"footer"_s << u"编号 12025-01-13"_s << QString();
    }
    void date()
    {
        QFETCH(QString, kind);
        QFETCH(QString, line);
        QFETCH(QString, date);
        QCOMPARE(MetadataExtractor::extract(essayWith(kind, line)).date, date);
    }

    // Date forms sites print (issue 16), validated with QDate; "" for none, "yyyy-MM" for a
    // month without a day.
    void recognizeDate_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("date");
        QTest::newRow("年月日 leading zeros") << u"2023年03月07日"_s << u"2023-03-07"_s;
        QTest::newRow("年月日 spaced") << u"2023 年 3 月 7 日"_s << u"2023-03-07"_s;
        QTest::newRow("iso with time") << u"2023-03-07 18:05:09"_s << u"2023-03-07"_s;
        QTest::newRow("iso T") << u"2023-03-07T18:05"_s << u"2023-03-07"_s;
        QTest::newRow("slashes") << u"2023/3/7 08:00"_s << u"2023-03-07"_s;
        QTest::newRow("dots") << u"2023.03.07"_s << u"2023-03-07"_s;
        QTest::newRow("Posted on") << u"Posted on March 7, 2023 at 6:05 PM"_s << u"2023-03-07"_s;
        QTest::newRow("day month year") << u"7 Mar 2023"_s << u"2023-03-07"_s;
        QTest::newRow("time glued in front") << u"18:052023/03/07"_s << u"2023-03-07"_s;
        QTest::newRow("compact, alone") << u"20230307"_s << u"2023-03-07"_s;
        QTest::newRow("prefix 发布时间") << u"发布时间\uFF1A2023-03-07"_s << u"2023-03-07"_s;
        QTest::newRow("prefix 更新時間") << u"更新時間:2023/03/07"_s << u"2023-03-07"_s;
        QTest::newRow("month only, Chinese") << u"2023年3月"_s << u"2023-03"_s;
        QTest::newRow("month only, English") << u"March 2023"_s << u"2023-03"_s;
        QTest::newRow("no such day") << u"2023-02-30"_s << QString();
        QTest::newRow("relative") << u"3小时前"_s << QString();
        QTest::newRow("serial number") << u"编号 1150307"_s << QString();
        QTest::newRow("year only") << u"2023年（第 12 期）"_s << QString();
    }
    void recognizeDate()
    {
        QFETCH(QString, line);
        QFETCH(QString, date);
        const DateRecognizer::Match match = DateRecognizer::find(line);
        const QString got =
            !match.found() ? QString()
            : match.date.isValid()
                ? match.date.toString(Qt::ISODate)
                : QStringLiteral("%1-%2").arg(match.year).arg(match.month, 2, 10, QLatin1Char('0'));
        QCOMPARE(got, date);
    }

    // A date line gives the date and at most a short credit; a sentence with a date in it
    // is body text.
    void dateLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("expected");
        QTest::newRow("date, time, outlet, author") << u"2023-03-07 18:05某某网 - 王五"_s << true;
        QTest::newRow("prefix, source, counters")
            << u"更新时间:2023-03-07 09:30:00 来源:某网校 浏览12收藏3"_s << true;
        QTest::newRow("date and agency") << u"2023/03/07 01:30 某通讯社"_s << true;
        QTest::newRow("posted on") << u"Posted on March 7, 2023 at 6:05 PM •"_s << true;
        QTest::newRow("month only") << u"March 2023"_s << true;
        QTest::newRow("sentence")
            << u"2023 年 3 月，该机构宣布了新的研究计划，并邀请各国专家参与。"_s << false;
        QTest::newRow("date later in a line") << u"会议将于2023年3月7日召开"_s << false;
        QTest::newRow("store prefix then a notice")
            << u"date 2023-03-07 为达最佳浏览效果，建议使用较新的浏览器。"_s << false;
    }
    void dateLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, expected);
        QCOMPARE(DateRecognizer::isDateLine(line), expected);
    }

    // Authors from the credit forms of issue 16.
    void creditForms_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("card tail") << u"byline"_s << u"\uFF0C作者王五"_s << u"王五"_s << QString();
        QTest::newRow("role then name")
            << u"byline"_s << u"文 | 某研究院特约研究员 王五"_s << u"王五"_s << QString();
        QTest::newRow("reporter／place")
            << u"byline"_s << u"記者王小明\uFF0F台北報導"_s << u"王小明"_s << QString();
        QTest::newRow("date line credit")
            << u"byline"_s << u"2023-03-07 18:05某某网 - 王五"_s << u"王五"_s << u"某某网"_s;
        QTest::newRow("placeholder author")
            << u"byline"_s << u"作者:网友"_s << QString() << QString();
    }
    void creditForms()
    {
        QFETCH(QString, kind);
        QFETCH(QString, line);
        QFETCH(QString, author);
        QFETCH(QString, outlet);
        const EssayMetadata meta = MetadataExtractor::extract(essayWith(kind, line));
        QCOMPARE(meta.author, author);
        QCOMPARE(meta.outlet, outlet);
    }

    // A credit in brackets at the end of the last paragraph, and a signature after it
    // (without the office before the name).
    void creditsAtTheEnd()
    {
        QList<Block> blocks{block(BlockKind::Title, u"芯片竞赛的新战线"_s),
                            block(BlockKind::Paragraph,
                                  u"芯片产业的竞争已经进入新的阶段。（编译：王五）1150307"_s)};
        QCOMPARE(MetadataExtractor::extract(blocks).author, u"王五"_s);
        QList<Block> signed_{block(BlockKind::Title, u"The chip race"_s),
                             block(BlockKind::Paragraph, u"The race has a new front."_s),
                             block(BlockKind::Byline, u"Senator Jane Doe"_s)};
        for (int i = 0; i < signed_.size(); ++i)
            signed_[i].index = i;
        QCOMPARE(MetadataExtractor::extract(signed_).author, u"Jane Doe"_s);
    }

    // YAML front matter feeds what the text does not say; a date line in the text wins.
    void frontMatter()
    {
        QList<Block> blocks{block(BlockKind::Footer, u"---"_s),
                            block(BlockKind::Footer, u"title: \"芯片竞赛\""_s),
                            block(BlockKind::Footer, u"date: \"2023-03-08\""_s),
                            block(BlockKind::Footer, u"author: 王五"_s),
                            block(BlockKind::Footer, u"source: 某周刊"_s),
                            block(BlockKind::Footer, u"---"_s),
                            block(BlockKind::Title, u"# 芯片竞赛"_s),
                            block(BlockKind::Paragraph, u"芯片产业的竞争已经进入新的阶段。"_s)};
        EssayMetadata meta = MetadataExtractor::extract(blocks);
        QCOMPARE(meta.title, u"芯片竞赛"_s); // without the Markdown mark
        QCOMPARE(meta.date, u"2023-03-08"_s);
        QCOMPARE(meta.author, u"王五"_s);
        QCOMPARE(meta.outlet, u"某周刊"_s);
        blocks.insert(7, block(BlockKind::Byline, u"2023-03-07 18:05"_s));
        QCOMPARE(MetadataExtractor::extract(blocks).date, u"2023-03-07"_s);
    }

    // The first http(s) URL of a byline or footer, stopped by full-width brackets.
    void url_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("url");
        QTest::newRow("footer link")
            << u"footer"_s << u"原文链接\uFF1Ahttps://example.com/a/b?x=1 转载请注明"_s
            << u"https://example.com/a/b?x=1"_s;
        QTest::newRow("full-width parens")
            << u"footer"_s << u"原文\uFF08https://example.com/x\uFF09"_s
            << u"https://example.com/x"_s;
        QTest::newRow("http in a byline")
            << u"byline"_s << u"【文/张三】 http://example.org/p"_s << u"http://example.org/p"_s;
        // Chinese text has no space after a URL: CJK punctuation ends it.
        QTest::newRow("full-width comma after")
            << u"footer"_s << u"原文链接\uFF1Ahttps://example.com/a/b\uFF0C转载请注明出处。"_s
            << u"https://example.com/a/b"_s;
        QTest::newRow("。 after") << u"footer"_s << u"原文见 https://example.com/x。"_s
                                  << u"https://example.com/x"_s;
        QTest::newRow("】 after") << u"footer"_s << u"【原文 https://example.com/x】"_s
                                  << u"https://example.com/x"_s;
        QTest::newRow("paragraph link")
            << u"paragraph"_s << u"见 https://example.com/p 一文。"_s << QString();
        QTest::newRow("no scheme") << u"footer"_s << u"www.example.com"_s << QString();
    }
    void url()
    {
        QFETCH(QString, kind);
        QFETCH(QString, line);
        QFETCH(QString, url);
        QCOMPARE(MetadataExtractor::extract(essayWith(kind, line)).url, url);
    }

    // The title block trimmed; without one, derived from the first paragraph or heading.
    void title()
    {
        QList<Block> titled{block(BlockKind::Image, u"![]()"_s),
                            block(BlockKind::Title, u"  美国“黔驴技穷”了 \u00A0"_s),
                            block(BlockKind::Paragraph, u"正文。"_s)};
        EssayMetadata meta = MetadataExtractor::extract(titled);
        QCOMPARE(meta.title, u"美国“黔驴技穷”了"_s);
        QVERIFY(!meta.titleDerived);

        QList<Block> untitled{block(BlockKind::Image, u"![]()"_s), block(BlockKind::Ad, u"广告"_s),
                              block(BlockKind::Paragraph, u"芯片很重要。后面还有很多内容。"_s)};
        meta = MetadataExtractor::extract(untitled);
        QCOMPARE(meta.title, u"芯片很重要"_s);
        QVERIFY(meta.titleDerived);

        QList<Block> headed{block(BlockKind::Heading, u"市场的分裂"_s),
                            block(BlockKind::Paragraph, u"芯片很重要。"_s)};
        meta = MetadataExtractor::extract(headed);
        QCOMPARE(meta.title, u"市场的分裂"_s);
        QVERIFY(meta.titleDerived);

        meta = MetadataExtractor::extract({block(BlockKind::Image, u"![]()"_s)});
        QVERIFY(meta.title.isEmpty());
        QVERIFY(!meta.titleDerived);
    }

    // deriveTitle: the whole first sentence without its stop, never cut at a comma; only
    // a run-on line longer than 80 code points is cut, with "…".
    void deriveTitle_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("title");
        QTest::newRow("commas stay")
            << u"昨天提到了日本的齒輪\uFF0C有粉絲回復要我們講講中國的情況。後面還有很多。"_s
            << u"昨天提到了日本的齒輪\uFF0C有粉絲回復要我們講講中國的情況"_s;
        QTest::newRow("short sentence") << u"芯片很重要。后面还有很多内容。"_s << u"芯片很重要"_s;
        QTest::newRow("question") << u"美国还能领先吗\uFF1F后面还有。"_s << u"美国还能领先吗"_s;
        QTest::newRow("short first clause is not a title")
            << u"好的\uFF0C我们今天来谈一谈美国的芯片政策\uFF0C以及它对中国的影响和未来的走向。"_s
            << u"好的\uFF0C我们今天来谈一谈美国的芯片政策\uFF0C以及它对中国的影响和未来的走向"_s;
        QTest::newRow("english sentence")
            << u"Export controls have changed how supply chains are organised. More follows."_s
            << u"Export controls have changed how supply chains are organised"_s;
        QTest::newRow("run-on line: cut")
            << QString(u"人工智能的竞争"_s).repeated(12) + u"。"_s
            << QString(u"人工智能的竞争"_s).repeated(12).left(79) + u"…"_s;
        QTest::newRow("scraped spaces around")
            << u"\u3000\u3000芯片很重要。\u00A0"_s << u"芯片很重要"_s;
    }
    void deriveTitle()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, title);
        const QString derived = MetadataExtractor::deriveTitle(paragraph);
        QCOMPARE(derived, title);
        QVERIFY(codePointCount(derived) <= 80);
    }

    // The cut counts code points, not UTF-16 units: 100 astral characters give 79 + "…".
    void deriveTitleCountsCodePoints()
    {
        QString paragraph;
        for (int i = 0; i < 100; ++i)
            paragraph += QString::fromUtf16(u"\U0002000B");
        const QString derived = MetadataExtractor::deriveTitle(paragraph);
        QCOMPARE(codePointCount(derived), qsizetype(80));
        QCOMPARE(derived.size(), qsizetype(79 * 2 + 1));
        QVERIFY(derived.endsWith(u'…'));
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
