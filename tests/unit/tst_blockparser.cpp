#include "CodePoints.h"
#include "EssayParser.h"

#include <QRegularExpression>
#include <QTest>

using namespace duizhao;
using namespace Qt::StringLiterals;

namespace {

// Full-width punctuation (U+FF00–U+FFEF) is written as escapes: \uFF0C is ",", \uFF1A ":".
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString lines(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(u'\n');
}

// Body paragraphs written for these tests: full sentences, longer than any heading.
const QString kP1 = s(u"芯片产业的竞争已经进入新的阶段。各国都在加大投入。");
const QString kP2 = s(u"出口管制改变了供应链的布局。企业开始寻找新的合作伙伴。");
const QString kP3 = s(u"开放标准和学术交流仍然能够连接不同的市场。");
const QString kP4 = s(u"研究者认为算力并不是唯一的门槛。数据和工程经验同样重要。");

QStringList kinds(const ParsedEssay &essay)
{
    QStringList result;
    for (const Block &block : essay.blocks)
        result << blockKindName(block.kind);
    return result;
}

QStringList texts(const ParsedEssay &essay)
{
    QStringList result;
    for (const Block &block : essay.blocks)
        result << block.text;
    return result;
}

// "line kind lang text" per block, for failure messages.
QByteArray describe(const ParsedEssay &essay)
{
    QString out;
    for (const Block &block : essay.blocks) {
        out += QStringLiteral("\n  %1 %2 %3 %4")
                   .arg(block.line)
                   .arg(blockKindName(block.kind), languageTag(block.language), block.text);
    }
    return out.toUtf8();
}

} // namespace

class TestBlockParser : public QObject
{
    Q_OBJECT

    EssayParser m_parser;

private slots:
    // Issue 16: zones, chrome, dates, front matter, duplicates and Markdown structure.
    // Every line here is invented for the test.
    void structure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("title");
        const QString t = s(u"芯片竞赛的新战线\uFF1A谁在领先");

        QTest::newRow("front matter is residue; # title shown without marks")
            << lines({u"---"_s, s(u"title: 芯片竞赛"), u"date: 2023-03-08"_s, u"---"_s, QString(),
                      s(u"# 芯片竞赛的新战线"), QString(), kP1, QString(), kP2})
            << QStringList{u"footer"_s, u"footer"_s,    u"footer"_s,   u"footer"_s,
                           u"title"_s,  u"paragraph"_s, u"paragraph"_s}
            << s(u"芯片竞赛的新战线");
        QTest::newRow("header chrome before and after the title")
            << lines({s(u"科技"), t, s(u"2023-03-07 18:05 某某网 - 王五"), s(u"分享 | 收藏"), kP1,
                      kP2, kP3})
            << QStringList{u"footer"_s,    u"title"_s,     u"byline"_s,   u"footer"_s,
                           u"paragraph"_s, u"paragraph"_s, u"paragraph"_s}
            << t;
        QTest::newRow("the title is the headline next to the date, not the banner above it")
            << lines(
                   {s(u"参加线上论坛赢取精美礼品的机会"), t, s(u"2023/03/07 08:00"), kP1, kP2, kP3})
            << QStringList{u"footer"_s,    u"title"_s,     u"byline"_s,
                           u"paragraph"_s, u"paragraph"_s, u"paragraph"_s}
            << t;
        QTest::newRow("after the body, chrome runs to the end")
            << lines({t, QString(), kP1, QString(), kP2, QString(), u"* * *"_s, QString(),
                      s(u"一条不相关的新闻标题"), QString(), s(u"另一条完全不同的新闻标题")})
            << QStringList{u"title"_s,  u"paragraph"_s, u"paragraph"_s,
                           u"footer"_s, u"footer"_s,    u"footer"_s}
            << t;
        QTest::newRow("a comment thread is residue")
            << lines({t, kP1, kP2, s(u"全部评论"), s(u"张三"), s(u"我觉得这篇文章写得很好。")})
            << QStringList{u"title"_s,  u"paragraph"_s, u"paragraph"_s,
                           u"footer"_s, u"footer"_s,    u"footer"_s}
            << t;
        QTest::newRow("the page's own repeat of the title is a duplicate")
            << lines({s(u"# 芯片竞赛的新战线"), QString(), s(u"## 芯片竞赛的新战线"), QString(),
                      kP1, QString(), kP2})
            << QStringList{u"title"_s, u"duplicate"_s, u"paragraph"_s, u"paragraph"_s}
            << s(u"芯片竞赛的新战线");
        QTest::newRow("a caption doubled, then repeated")
            << lines({t, kP1, s(u"港口的集装箱码头。 港口的集装箱码头。"), s(u"港口的集装箱码头。"),
                      kP2})
            << QStringList{u"title"_s, u"paragraph"_s, u"caption"_s, u"caption"_s, u"paragraph"_s}
            << t;
        QTest::newRow("a section with a QR-code call to action is sponsored")
            << lines({s(u"# 周刊第十期"), QString(), kP1, QString(), kP2, QString(),
                      s(u"## 一场讲座"), QString(),
                      s(u"讲座面向所有读者开放，内容包括芯片设计入门。"), QString(),
                      s(u"微信扫描上方二维码，报名参加。"), QString(), s(u"## 新闻"), QString(),
                      kP3, QString(), kP4})
            << QStringList{u"title"_s,  u"paragraph"_s, u"paragraph"_s, u"footer"_s,   u"footer"_s,
                           u"footer"_s, u"heading"_s,   u"paragraph"_s, u"paragraph"_s}
            << s(u"周刊第十期");
        QTest::newRow("link-only lines are chrome wherever they stand")
            << lines({t, kP1, s(u"[首页](https://example.com/)[新闻](https://example.com/news)"),
                      kP2, kP3})
            << QStringList{u"title"_s, u"paragraph"_s, u"footer"_s, u"paragraph"_s, u"paragraph"_s}
            << t;
        QTest::newRow("bold headings and section numbers")
            << lines({t, QString(), kP1, QString(), u"**01**"_s, QString(), s(u"**市场的分裂**"),
                      QString(), kP2, QString(), s(u"1、"), QString(), kP3})
            << QStringList{u"title"_s,     u"paragraph"_s, u"heading"_s,  u"heading"_s,
                           u"paragraph"_s, u"heading"_s,   u"paragraph"_s}
            << t;
        QTest::newRow("a date line is a byline, never a heading")
            << lines({t, QString(), s(u"2023年3月7日"), QString(), kP1, QString(), kP2})
            << QStringList{u"title"_s, u"byline"_s, u"paragraph"_s, u"paragraph"_s} << t;
        QTest::newRow("counters and separators are chrome")
            << lines({t, kP1, kP2, kP3, u"+12"_s, u"|"_s})
            << QStringList{u"title"_s,     u"paragraph"_s, u"paragraph"_s,
                           u"paragraph"_s, u"footer"_s,    u"footer"_s}
            << t;
    }
    void structure()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, kinds);
        QFETCH(QString, title);
        const ParsedEssay essay = m_parser.parseText(text);
        QVERIFY2(::kinds(essay) == kinds, describe(essay).constData());
        QCOMPARE(essay.title, title);
        QVERIFY(texts(essay).join(u'\n') == QStringList(text.split(u'\n'))
                                                .filter(QRegularExpression(u"\\S"_s))
                                                .join(u'\n')); // original text kept
    }

    // A short file without a body zone: its title heads the text, so a label after the
    // first sentence ("Volume 12 notes") is never chosen over the opening line.
    void aShortFilesTitleComesBeforeItsText()
    {
        const ParsedEssay essay = m_parser.parseText(
            lines({u"Ports and power."_s, s(u"港口与权力。"), u"Ships carry most of the trade."_s,
                   s(u"船运承担了大部分贸易。"), u"Volume 12 notes"_s}));
        QCOMPARE(essay.title, u"Ports and power."_s);
        QVERIFY(essay.blocks.constLast().kind != BlockKind::Title);
    }

    // A short Latin fragment (a brand, a link's text) does not make a Chinese essay
    // bilingual, nor does it become its title.
    void shortLatinFragmentsStayMonolingual()
    {
        const ParsedEssay essay = m_parser.parseText(
            lines({s(u"OpenChip Weekly"), s(u"芯片竞赛的新战线\uFF1A谁在领先"),
                   s(u"2023/03/07 08:00"), kP1, u"RISC-V"_s, kP2,
                   s(u"详见 [Chip Atlas](https://example.com/atlas) 的数据。"), kP3}));
        QCOMPARE(essay.languages, QList<Language>{Language::ChineseSimplified});
        QCOMPARE(essay.title, s(u"芯片竞赛的新战线\uFF1A谁在领先"));
        QVERIFY(essay.pairs.isEmpty());
    }

    // Which first lines become titles, and what the title is when none does.
    void title_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("derived");

        QTest::newRow("title then blank line")
            << lines({s(u"芯片竞赛的新战线"), QString(), kP1, kP2})
            << QStringList{u"title"_s, u"paragraph"_s, u"paragraph"_s} << s(u"芯片竞赛的新战线")
            << false;
        // A title with a clause in it still stands apart when a byline follows it.
        QTest::newRow("title then byline")
            << lines({s(u"保持耐心\uFF0C加大投入"), s(u"【文/观察者网专栏作者 刘典】"), kP1, kP2})
            << QStringList{u"title"_s, u"byline"_s, u"paragraph"_s, u"paragraph"_s}
            << s(u"保持耐心\uFF0C加大投入") << false;
        // An English title ending in a stop is a title because its translation follows;
        // the translation is a heading that pairs with it.
        QTest::newRow("English title and its translation")
            << lines({s(u"The chip race has a new front."), s(u"芯片竞赛有了新战线。"), QString(),
                      s(u"Export controls have changed how supply chains are organised."),
                      s(u"出口管制改变了供应链的组织方式。"),
                      s(u"Companies are looking for new partners in third countries."),
                      s(u"企业正在第三国寻找新的合作伙伴。")})
            << QStringList{u"title"_s,     u"heading"_s,   u"paragraph"_s,
                           u"paragraph"_s, u"paragraph"_s, u"paragraph"_s}
            << s(u"The chip race has a new front.") << false;
        // A first line that is a sentence running into the body is body text.
        QTest::newRow("long first sentence into the body")
            << lines(
                   {s(u"上周我在深圳见到一位做芯片设计的老朋友\uFF0C他说今年的订单比去年多了一倍"),
                    kP1, kP2})
            << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s}
            << s(u"上周我在深圳见到一位做芯片设计的老朋友\uFF0C他说今年的订单比去年多了一倍")
            << true;
        QTest::newRow("first line ends with 。")
            << lines({s(u"芯片很重要。"), QString(), kP1})
            << QStringList{u"paragraph"_s, u"paragraph"_s} << s(u"芯片很重要") << true;
    }
    void title()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, kinds);
        QFETCH(QString, title);
        QFETCH(bool, derived);
        const ParsedEssay essay = m_parser.parseText(text);
        QVERIFY2(::kinds(essay) == kinds, describe(essay).constData());
        QCOMPARE(essay.title, title);
        QCOMPARE(essay.titleDerived, derived);
    }

    // The title pair is tagged with each side's language and paired title with title.
    void titlePairLanguages()
    {
        const ParsedEssay essay = m_parser.parseText(
            lines({s(u"The chip race has a new front."), s(u"芯片竞赛有了新战线。"), QString(),
                   s(u"Export controls have changed how supply chains are organised."),
                   s(u"出口管制改变了供应链的组织方式。")}));
        QCOMPARE(essay.blocks.size(), 4);
        QCOMPARE(essay.blocks[0].language, Language::English);
        QCOMPARE(essay.blocks[1].language, Language::ChineseSimplified);
        QVERIFY(!essay.pairs.isEmpty());
        QCOMPARE(essay.pairs.front(), (Pair{{0}, {1}}));
    }

    // Headings: between blank lines, numbered, or short and unpunctuated between two
    // paragraphs; a fragment wedged between two images stays a paragraph.
    void headings()
    {
        const ParsedEssay essay = m_parser.parseText(lines({
            s(u"芯片竞赛的新战线"),
            QString(),
            kP1,
            QString(),
            s(u"市场的分裂"),
            QString(),
            kP2,
            s(u"一、为什么限制会失效"),
            kP3,
            s(u"保持耐心"),
            kP4,
            s(u"![]()"),
            s(u"而且还在增长"),
            s(u"![]()"),
            kP1,
        }));
        const QStringList expected{u"title"_s,   u"paragraph"_s, u"heading"_s, u"paragraph"_s,
                                   u"heading"_s, u"paragraph"_s, u"heading"_s, u"paragraph"_s,
                                   u"image"_s,   u"paragraph"_s, u"image"_s,   u"paragraph"_s};
        QVERIFY2(kinds(essay) == expected, describe(essay).constData());
    }

    // "/// END ///" and everything after it is footer, whatever it looks like.
    void footerZone()
    {
        const ParsedEssay essay = m_parser.parseText(lines({
            s(u"芯片竞赛的新战线"),
            QString(),
            kP1,
            kP2,
            s(u"/// END ///"),
            s(u"这是结束标记之后的一个普通段落。看起来像正文。"),
            s(u"![]()"),
            s(u"保持耐心"),
        }));
        const QStringList expected{u"title"_s,  u"paragraph"_s, u"paragraph"_s, u"footer"_s,
                                   u"footer"_s, u"footer"_s,    u"footer"_s};
        QVERIFY2(kinds(essay) == expected, describe(essay).constData());
    }

    // Footer words inside body sentences do not make the sentence a footer: these lines
    // are essay text, shown in the clean view and searched.
    void footerWordsInBodyStayParagraphs()
    {
        const ParsedEssay essay = m_parser.parseText(lines({
            s(u"芯片竞赛的新战线"),
            QString(),
            kP1,
            s(u"美国商务部上周把十二家中国公司移出了出口管制白名单。"),
            s(u"这篇分析最初投稿给一家外交杂志\uFF0C后来被拒绝了。"),
            s(u"他在相关文章中指出\uFF0C管制的效果有限。"),
            kP2,
        }));
        const QStringList expected{u"title"_s,     u"paragraph"_s, u"paragraph"_s,
                                   u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
        QVERIFY2(kinds(essay) == expected, describe(essay).constData());
    }

    // A "参考信息:" header and its list are references, up to the first long line.
    void references()
    {
        const QString longLine = kP1.repeated(10);
        QVERIFY(codePointCount(longLine) > 200);
        const ParsedEssay essay = m_parser.parseText(lines({
            s(u"芯片竞赛的新战线"),
            QString(),
            kP1,
            kP2,
            s(u"参考信息\uFF1A"),
            s(u"[1] 半导体产业年度报告\uFF0C2024"),
            s(u"[2] Export Controls and the Chip Supply Chain\uFF0C2023"),
            longLine,
        }));
        const QStringList expected{u"title"_s,     u"paragraph"_s, u"paragraph"_s, u"reference"_s,
                                   u"reference"_s, u"reference"_s, u"paragraph"_s};
        QVERIFY2(kinds(essay) == expected, describe(essay).constData());
    }

    // A lede blob that repeats the following lines joined is a duplicate; the title
    // before it still stands apart.
    void ledeDuplicate()
    {
        const QString l1 =
            s(u"过去两年里美国对中国的芯片出口管制不断加码。从高端图形处理器到制造设备再到"
              u"设计软件几乎每一个环节都被纳入了清单。");
        const QString l2 =
            s(u"然而管制的效果并没有政策制定者预想的那样明显。中国企业一方面加快了国产替代"
              u"的步伐\uFF0C另一方面也在寻找第三方市场的合作机会。");
        const QString l3 =
            s(u"与此同时美国本土的芯片公司却因为失去了最大的客户而面临收入下滑的压力。它们"
              u"不得不向国会游说希望放宽部分限制。");
        const QString l4 =
            s(u"这场竞赛的结局仍然难以预料。但可以肯定的是全球半导体产业的格局已经被永久地改"
              u"变了。");
        const QString lede = l1 + l2 + l3 + l4;
        QVERIFY(lede.size() >= 200);
        const ParsedEssay essay =
            m_parser.parseText(lines({s(u"美国芯片政策的困境"), lede, l1, l2, l3, l4}));
        const QStringList expected{u"title"_s,     u"duplicate"_s, u"paragraph"_s,
                                   u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
        QVERIFY2(kinds(essay) == expected, describe(essay).constData());
        QCOMPARE(essay.title, s(u"美国芯片政策的困境"));
    }

    // A caption followed by the same caption with a photo credit: both are captions.
    void captionRepeatedWithCredit()
    {
        const QString caption = s(u"图为上海的一家芯片工厂的生产线。");
        const ParsedEssay essay = m_parser.parseText(lines({
            s(u"芯片竞赛的新战线"),
            QString(),
            kP1,
            caption,
            caption + s(u" 图源\uFF1A新华社"),
            kP2,
        }));
        const QStringList expected{u"title"_s, u"paragraph"_s, u"caption"_s, u"caption"_s,
                                   u"paragraph"_s};
        QVERIFY2(kinds(essay) == expected, describe(essay).constData());
        QCOMPARE(essay.blocks[3].text, caption + s(u" 图源\uFF1A新华社"));
    }

    // Block text is the line exactly as decoded: spaces, NBSP and U+3000 around it stay.
    void keepsTextExactly()
    {
        const QString title = s(u"芯片竞赛的新战线 \u00A0");
        const QString first = s(u"  \u00A0第一段文字。很短。\u00A0 ");
        const QString second = s(u"\u3000\u3000第二段\uFF0C有全角逗号。");
        const QString third = s(u"\tTabs and  double  spaces stay.  ");
        const ParsedEssay essay =
            m_parser.parseText(lines({title, QString(), first, second, third}));
        QCOMPARE(texts(essay), (QStringList{title, first, second, third}));
        QCOMPARE(essay.title, s(u"芯片竞赛的新战线")); // metadata is trimmed, blocks are not
    }

    // LF, CRLF and CR line ends give the same blocks, line numbers included.
    void lineEndsGiveSameBlocks_data()
    {
        QTest::addColumn<QString>("lineEnd");
        QTest::newRow("CRLF") << u"\r\n"_s;
        QTest::newRow("CR") << u"\r"_s;
    }
    void lineEndsGiveSameBlocks()
    {
        QFETCH(QString, lineEnd);
        const QStringList source{s(u"芯片竞赛的新战线"),
                                 QString(),
                                 kP1,
                                 QString(),
                                 s(u"市场的分裂"),
                                 QString(),
                                 kP2,
                                 s(u"![]()"),
                                 kP3,
                                 s(u"/// END ///"),
                                 s(u"相关文章")};
        const ParsedEssay lf = m_parser.parseText(source.join(u'\n'));
        const ParsedEssay other = m_parser.parseText(source.join(lineEnd));
        QCOMPARE(other.blocks.size(), lf.blocks.size());
        for (qsizetype i = 0; i < lf.blocks.size(); ++i) {
            const Block &a = other.blocks[i];
            const Block &b = lf.blocks[i];
            QCOMPARE(a.text, b.text);
            QVERIFY(!a.text.contains(u'\r'));
            QCOMPARE(a.line, b.line);
            QCOMPARE(a.index, b.index);
            QCOMPARE(blockKindName(a.kind), blockKindName(b.kind));
            QCOMPARE(languageTag(a.language), languageTag(b.language));
        }
        QCOMPARE(other.title, lf.title);
    }

    // Block lines are 1-based source lines, counting blank lines; indexes are 0-based.
    void lineNumbers_data()
    {
        QTest::addColumn<QString>("lineEnd");
        QTest::newRow("LF") << u"\n"_s;
        QTest::newRow("CRLF") << u"\r\n"_s;
        QTest::newRow("CR") << u"\r"_s;
    }
    void lineNumbers()
    {
        QFETCH(QString, lineEnd);
        const QStringList source{s(u"标题在这里"), QString(), kP1,      QString(),
                                 QString(),        kP2,       QString()};
        const ParsedEssay essay = m_parser.parseText(source.join(lineEnd));
        QCOMPARE(essay.blocks.size(), 3);
        QCOMPARE(essay.blocks[0].line, 1);
        QCOMPARE(essay.blocks[1].line, 3);
        QCOMPARE(essay.blocks[2].line, 6);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(essay.blocks[i].index, i);
    }

    // Blank lines, including lines of only NBSP, U+3000 or zero-width spaces, make no
    // block; an all-blank text makes none at all.
    void blankLinesMakeNoBlocks()
    {
        const ParsedEssay essay = m_parser.parseText(lines({
            QString(),
            s(u"   "),
            kP1,
            s(u"\u00A0\u00A0"),
            s(u"\u3000"),
            s(u"\u200B \uFEFF"),
            kP2,
            QString(),
        }));
        QCOMPARE(texts(essay), (QStringList{kP1, kP2}));
        QCOMPARE(essay.blocks[0].line, 3);
        QCOMPARE(essay.blocks[1].line, 7);
        QVERIFY(m_parser.parseText(s(u"\n \n\u00A0\n\n")).blocks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlockParser)
#include "tst_blockparser.moc"
