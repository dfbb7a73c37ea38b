#include "EssayParser.h"
#include "Importer.h"
#include "Library.h"
#include "LineKey.h"
#include "SelectionAnchor.h"
#include "SiteChrome.h"
#include "StructureTeacher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;
using namespace Qt::Literals::StringLiterals;

// Structure that is decided again: rules the reader teaches the importer, applied to the
// essays already stored and to later imports, and chrome that a site repeats across its
// essays. Text is never touched; the user's own block corrections always win.
class TestStructureRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_hash = 0;

    EssayWriter::StoreResult store(Library &library, const QString &file, const QString &text,
                                   const QString &url = {})
    {
        ParsedEssay parsed = EssayParser().parseText(text);
        parsed.encoding = QStringLiteral("UTF-8");
        parsed.url = url;
        return library.writer().store(file, QString::number(++m_hash), text.size(), parsed);
    }

    static QList<BlockKind> kinds(Library &library, qint64 id)
    {
        QList<BlockKind> result;
        const Essay essay = *library.essays().find(id);
        for (const Block &block : essay.blocks)
            result << block.kind;
        return result;
    }

    static BlockKind kindOf(Library &library, qint64 id, const QString &text)
    {
        const Essay essay = *library.essays().find(id);
        for (const Block &block : essay.blocks) {
            if (block.text == text)
                return block.kind;
        }
        return BlockKind::Title; // not found: a value no test expects of a counter line
    }

    // An invented page: a headline, a counter line of the site, three paragraphs.
    static QString page(int n, const QString &counter)
    {
        return QStringLiteral(
                   "第%1篇文章的标题\n\n%2\n\n这是第%1篇文章的第一段，讲的是产业政策的变化。\n\n"
                   "第二段继续讨论供应链的问题，以及企业如何应对。\n\n"
                   "第三段是结论，说明各方应当如何看待这些规则。\n")
            .arg(n)
            .arg(counter);
    }

private slots:
    void lineKeysFoldSpacingCaseAndDigits_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("digits");
        QTest::addColumn<bool>("same");
        QTest::newRow("spacing") << u"  Share   this "_s << u"Share this"_s << false << true;
        QTest::newRow("case") << u"BACK TO TOP"_s << u"back to top"_s << false << true;
        QTest::newRow("width") << u"ＡＢＣ　１２"_s << u"ABC 12"_s << false << true;
        QTest::newRow("digits folded") << u"阅读 1,024 次"_s << u"阅读 7,3 次"_s << true << true;
        QTest::newRow("digits kept")
            << u"城市观察 第1024期"_s << u"城市观察 第7期"_s << false << false;
        QTest::newRow("no digits is not a number")
            << u"城市观察 第1024期"_s << u"城市观察 第期"_s << true << false;
        QTest::newRow("other words") << u"分享到"_s << u"分享给"_s << true << false;
    }
    void lineKeysFoldSpacingCaseAndDigits()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, digits);
        QFETCH(bool, same);
        QCOMPARE(lineKey(a, digits) == lineKey(b, digits), same);
        if (digits)
            QCOMPARE(lineHash(a) == lineHash(b), same);
    }

    void sitesComeFromTheUrlThenTheOutlet()
    {
        QCOMPARE(SiteChrome::siteOf(u"https://www.Example.com/a/1.html"_s, u"Other"_s),
                 u"example.com"_s);
        QCOMPARE(SiteChrome::siteOf(QString(), u"  知衡网 "_s), u"知衡网"_s);
        QVERIFY(SiteChrome::siteOf(QString(), QString()).isEmpty());
    }

    // Parsing an essay again from its stored blocks gives what the import stored: the
    // ground every later decision stands on.
    void derivingAgainKeepsWhatTheImportStored()
    {
        Library library(m_dir.filePath(QStringLiteral("again.sqlite")));
        Importer(library).run(
            {QStringLiteral(DUIZHAO_SAMPLES_DIR), QStringLiteral(DUIZHAO_CORPUS_DIR)});
        const QList<EssayDetails> essays = library.essays().all();
        QVERIFY(essays.size() >= 8);
        for (const EssayDetails &details : essays) {
            const Essay before = *library.essays().find(details.id);
            library.writer().rederive(details.id);
            const Essay after = *library.essays().find(details.id);
            QCOMPARE(after.blocks.size(), before.blocks.size());
            for (qsizetype i = 0; i < before.blocks.size(); ++i) {
                QCOMPARE(after.blocks[i].text, before.blocks[i].text);
                QCOMPARE(after.blocks[i].kind, before.blocks[i].kind);
                QCOMPARE(after.blocks[i].language, before.blocks[i].language);
                QCOMPARE(after.blocks[i].line, before.blocks[i].line);
            }
            QCOMPARE(after.pairs, before.pairs);
            QCOMPARE(after.languages, before.languages);
        }
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }

    void aRuleReclassifiesStoredAndLaterEssaysAndGoesAway()
    {
        Library library(m_dir.filePath(QStringLiteral("rule.sqlite")));
        const qint64 first = store(library, u"/a.txt"_s, page(1, u"城市观察 第1024期"_s)).essayId;
        const qint64 second = store(library, u"/b.txt"_s, page(2, u"城市观察 第77期"_s)).essayId;
        const BlockKind parsed = kindOf(library, first, u"城市观察 第1024期"_s);
        QVERIFY(parsed != BlockKind::Footer);
        const QList<BlockKind> untaught = kinds(library, second);

        StructureRule rule;
        rule.text = u"城市观察 第1024期"_s;
        rule.match = StructureRule::Match::Digits;
        rule.kind = BlockKind::Footer;
        const StructureTeacher::Outcome outcome = StructureTeacher::teach(library, rule);
        QCOMPARE(outcome.essays, 2);
        QCOMPARE(kindOf(library, first, u"城市观察 第1024期"_s), BlockKind::Footer);
        QCOMPARE(kindOf(library, second, u"城市观察 第77期"_s), BlockKind::Footer);
        // Nothing else moved, and the text is as it was.
        QCOMPARE(library.essays().find(first)->blocks[1].text, u"城市观察 第1024期"_s);
        QCOMPARE(kindOf(library, first, u"第1篇文章的标题"_s), BlockKind::Title);

        // A later import follows the rule; so does a re-import of a changed file.
        const qint64 third = store(library, u"/c.txt"_s, page(3, u"城市观察 第5期"_s)).essayId;
        QCOMPARE(kindOf(library, third, u"城市观察 第5期"_s), BlockKind::Footer);
        store(library, u"/a.txt"_s, page(1, u"城市观察 第2048期"_s));
        QCOMPARE(kindOf(library, first, u"城市观察 第2048期"_s), BlockKind::Footer);

        // Reopened, the rule is still there; removed, the lines are paragraphs again.
        Library reopened(library.path());
        QCOMPARE(reopened.rules().all().size(), 1);
        int essays = 0;
        QVERIFY(StructureTeacher::forget(reopened, outcome.ruleId, &essays));
        QCOMPARE(essays, 3);
        QCOMPARE(kinds(reopened, second), untaught);
        QVERIFY(reopened.rules().all().isEmpty());
        QVERIFY(reopened.maintenance().checkIntegrity().isEmpty());
    }

    void anExactRuleWantsTheSameLineAndASiteRuleItsSite()
    {
        Library library(m_dir.filePath(QStringLiteral("scope.sqlite")));
        const qint64 here =
            store(library, u"/here.txt"_s, page(1, u"专题 > 芯片"_s), u"https://here.example/1"_s)
                .essayId;
        const qint64 there =
            store(library, u"/there.txt"_s, page(2, u"专题 > 芯片"_s), u"https://there.example/2"_s)
                .essayId;
        const qint64 other = store(library, u"/other.txt"_s, page(3, u"专题 > 芯片 2"_s),
                                   u"https://here.example/3"_s)
                                 .essayId;
        StructureRule rule;
        rule.text = u"专题 > 芯片"_s;
        rule.site = u"here.example"_s;
        rule.kind = BlockKind::Footer;
        QCOMPARE(StructureTeacher::teach(library, rule).essays, 1);
        QCOMPARE(kindOf(library, here, u"专题 > 芯片"_s), BlockKind::Footer);
        QVERIFY(kindOf(library, there, u"专题 > 芯片"_s) != BlockKind::Footer);
        QVERIFY(kindOf(library, other, u"专题 > 芯片 2"_s) != BlockKind::Footer);
    }

    void theUsersOwnCorrectionWinsOverARule()
    {
        Library library(m_dir.filePath(QStringLiteral("wins.sqlite")));
        const qint64 id = store(library, u"/a.txt"_s, page(1, u"图片来源 网络"_s)).essayId;
        int line = -1;
        const Essay essay = *library.essays().find(id);
        for (const Block &block : essay.blocks) {
            if (block.text == u"图片来源 网络")
                line = block.index;
        }
        QVERIFY(line >= 0);
        library.corrections().setBlockKind(id, line, BlockKind::Caption);
        StructureRule rule;
        rule.text = u"图片来源 网络"_s;
        rule.kind = BlockKind::Image;
        StructureTeacher::teach(library, rule);
        QCOMPARE(kindOf(library, id, u"图片来源 网络"_s), BlockKind::Caption);
    }

    void annotationsStayWhereTheyWereWhenAnEssayIsDecidedAgain()
    {
        Library library(m_dir.filePath(QStringLiteral("anchored.sqlite")));
        const qint64 id = store(library, u"/a.txt"_s, page(1, u"城市观察 第9期"_s)).essayId;
        const Essay essay = *library.essays().find(id);
        const Block &paragraph = essay.blocks.constLast();
        Annotation annotation;
        annotation.essayId = id;
        annotation.anchor = anchorFromSelection(paragraph.text, paragraph.index, 0, 3);
        annotation.note = u"kept"_s;
        const qint64 annotationId = library.annotations().add(annotation);
        StructureRule rule;
        rule.text = u"城市观察 第9期"_s;
        rule.kind = BlockKind::Footer;
        StructureTeacher::teach(library, rule);
        const Annotation after = *library.annotations().find(annotationId);
        QVERIFY(!after.orphaned);
        QCOMPARE(after.anchor, annotation.anchor);
        QCOMPARE(after.note, u"kept"_s);
    }

    // A line the reader calls chrome no longer counts for the essay's languages: a
    // Chinese essay with an English subscription notice stops being "bilingual".
    void languagesAreDecidedAgainWithTheKinds()
    {
        Library library(m_dir.filePath(u"languages.sqlite"_s));
        const QString text = page(1, u"Subscribe to our weekly newsletter for more stories"_s);
        const qint64 id = store(library, u"/a.txt"_s, text).essayId;
        // The premise: a full English sentence makes the parser list English.
        QVERIFY(library.essays().find(id)->languages.contains(Language::English));
        StructureRule rule;
        rule.text = u"Subscribe to our weekly newsletter for more stories"_s;
        rule.kind = BlockKind::Footer;
        StructureTeacher::teach(library, rule);
        QCOMPARE(library.essays().find(id)->languages,
                 QList<Language>{Language::ChineseSimplified});
        QCOMPARE(library.essays().listing().front().languages,
                 QList<Language>{Language::ChineseSimplified});
    }

    void aBadRuleIsRefusedAndWritesNothing()
    {
        Library library(m_dir.filePath(QStringLiteral("bad.sqlite")));
        StructureRule rule;
        rule.text = u"   "_s;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StructureTeacher::teach(library, rule));
        QVERIFY(library.rules().all().isEmpty());
        QVERIFY(!StructureTeacher::forget(library, 42));
    }

    // A short line on three pages of one site is the site's chrome: the third import
    // decides it, and the two earlier essays update. When one of them loses the line,
    // it is a paragraph again in the others.
    void chromeASiteRepeatsIsFoundAcrossItsEssays()
    {
        Library library(m_dir.filePath(QStringLiteral("chrome.sqlite")));
        const QString site = u"https://news.example/a"_s;
        const qint64 a = store(library, u"/1.txt"_s, page(1, u"城市版 第四期"_s), site).essayId;
        const BlockKind parsed = kindOf(library, a, u"城市版 第四期"_s);
        QVERIFY(parsed != BlockKind::Footer);
        const qint64 b = store(library, u"/2.txt"_s, page(2, u"城市版 第四期"_s), site).essayId;
        QCOMPARE(kindOf(library, b, u"城市版 第四期"_s), parsed);
        // Another site's page with the same line does not count.
        store(library, u"/x.txt"_s, page(9, u"城市版 第四期"_s), u"https://elsewhere.example/"_s);
        QCOMPARE(kindOf(library, a, u"城市版 第四期"_s), parsed);

        const qint64 c = store(library, u"/3.txt"_s, page(3, u"城市版 第四期"_s), site).essayId;
        for (qint64 id : {a, b, c})
            QCOMPARE(kindOf(library, id, u"城市版 第四期"_s), BlockKind::Footer);
        // The pages' own paragraphs, different on each, are untouched.
        QCOMPARE(kindOf(library, a, u"这是第1篇文章的第一段，讲的是产业政策的变化。"_s),
                 BlockKind::Paragraph);

        store(library, u"/3.txt"_s, page(3, u"城市版 第五期"_s), site);
        QCOMPARE(kindOf(library, a, u"城市版 第四期"_s), parsed);
        QCOMPARE(kindOf(library, b, u"城市版 第四期"_s), parsed);
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }

    // Three scrapes of one article (one title) share every line; that makes none of them
    // chrome: recurring lines count across articles, not copies.
    void copiesOfOneArticleAreNotChrome()
    {
        Library library(m_dir.filePath(u"copies.sqlite"_s));
        const QString site = u"https://copies.example/"_s;
        QList<qint64> ids;
        for (int n = 1; n <= 3; ++n)
            ids << store(library, u"/copy%1.txt"_s.arg(n), page(7, u"二、市场的分割"_s), site)
                       .essayId;
        const BlockKind parsed = kindOf(library, ids.front(), u"二、市场的分割"_s);
        QVERIFY(parsed != BlockKind::Footer);
        for (qint64 id : std::as_const(ids))
            QCOMPARE(kindOf(library, id, u"二、市场的分割"_s), parsed);
    }

    void chromeFoundInABatchUpdatesTheBatchsEarlierEssays()
    {
        Library library(m_dir.filePath(QStringLiteral("batch.sqlite")));
        const QString site = u"https://batch.example/"_s;
        library.writer().beginBatch();
        QList<qint64> ids;
        for (int n = 1; n <= 4; ++n)
            ids << store(library, u"/b%1.txt"_s.arg(n), page(n, u"晚间快讯 合集"_s), site).essayId;
        library.writer().commitBatch();
        for (qint64 id : std::as_const(ids))
            QCOMPARE(kindOf(library, id, u"晚间快讯 合集"_s), BlockKind::Footer);
        QVERIFY(library.maintenance().checkIntegrity().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStructureRules)
#include "tst_structurerules.moc"
