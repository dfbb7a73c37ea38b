#include "CsvExporter.h"
#include "ExportFixture.h"
#include "ExportSelection.h"
#include "ExportText.h"
#include "Exporter.h"
#include "Library.h"
#include "MarkdownText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace duizhao;

namespace {

// RFC 4180, strictly: the test's own reader, so the CSV is checked by something that
// did not write it. Fails (returns nothing) on anything malformed.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    bool fieldStarted = false;
    while (i < text.size()) {
        const QChar c = text[i];
        if (!fieldStarted && c == u'"') {
            ++i;
            while (true) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            fieldStarted = true;
            if (i < text.size() && text[i] != u',' && text[i] != u'\r')
                return std::nullopt; // text after a closing quote
            continue;
        }
        if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                return std::nullopt; // a bare CR
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n' || c == u'"') {
            return std::nullopt; // a bare LF or a quote inside an unquoted field
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !row.isEmpty())
        return std::nullopt; // no final CRLF
    return rows;
}

QString hostile()
{
    return QStringLiteral("<script>alert(1)</script> <img src=x onerror=alert(1)> "
                          "[link](javascript:alert(1)) | `tick`");
}

} // namespace

// The text export formats: golden files on a small annotated library, escaping of hostile
// text, and the pure helpers underneath.
//
// After a deliberate change to an export format, regenerate the golden files with
//   DUIZHAO_UPDATE_GOLDEN=1 ./tst_exportformats
// and review the diff of tests/data/export like any other change.
class TestExportFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    static void compareGolden(const QString &name, const QByteArray &actual)
    {
        const QString golden = QStringLiteral(DUIZHAO_TEST_DATA_DIR "/export/") + name;
        if (qEnvironmentVariableIsSet("DUIZHAO_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(golden).path());
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            return;
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("missing golden file %1").arg(golden)));
        const QByteArray expected = file.readAll();
        const QList<QByteArray> want = expected.split('\n');
        const QList<QByteArray> got = actual.split('\n');
        for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
            QCOMPARE(QString::fromUtf8(got[i]), QString::fromUtf8(want[i]));
        QCOMPARE(got.size(), want.size());
        QCOMPARE(actual, expected); // byte for byte (BOM, CRLF)
    }

    ExportSet hostileSet(Library &library)
    {
        const QString text =
            QStringLiteral("Title line\n") + hostile() + QStringLiteral(" and more\n") +
            QStringLiteral("# Heading? > quote - list | pipe, \"quoted\" ") + hostile() + u'\n' +
            QStringLiteral("1. Not a list: ") + hostile() + u'\n';
        const qint64 essay = ExportFixture::store(library, QStringLiteral("/library/<hostile>.txt"),
                                                  QStringLiteral("3333"), text);
        library.corrections().setMetadata(essay, MetadataField::Title, hostile());
        library.corrections().setMetadata(essay, MetadataField::Author, hostile());
        library.corrections().setMetadata(essay, MetadataField::Outlet,
                                          QStringLiteral("Outlet \"quoted\"\nnew line"));
        const int block = int(library.essays().find(essay)->blocks.size()) - 2;
        Annotation annotation =
            ExportFixture::at(library, essay, block, QStringLiteral("<script>alert(1)</script>"));
        annotation.note = QStringLiteral(
            "<script>alert(2)</script> [x](javascript:alert(3))\n| a | b |\n`tick`, \"quoted\"");
        annotation.tags = {QStringLiteral("<img src=x onerror=alert(1)>"), QStringLiteral("a|b"),
                           QStringLiteral("c,d \"e\"")};
        annotation.claimType = QStringLiteral("<b>claim</b>");
        annotation.verdict = QStringLiteral("disputed");
        annotation.color = QStringLiteral("red;background:url(javascript:alert(1))");
        ExportFixture::add(library, annotation, 4);
        Annotation link =
            ExportFixture::at(library, essay, block, QStringLiteral("[link](javascript:alert(1))"));
        link.note = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
        ExportFixture::add(library, link, 5);
        return ExportSelection{{essay}, false, false, {}}.collect(library);
    }

private slots:
    void initTestCase()
    {
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("export.sqlite")));
        ExportFixture::build(*m_library);
    }

    void goldenFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QList<qint64>>("essays");
        QTest::addColumn<bool>("claims");
        QTest::addColumn<QString>("golden");
        QTest::newRow("md") << QStringLiteral("md") << QList<qint64>{} << false
                            << QStringLiteral("library.md");
        QTest::newRow("md one essay")
            << QStringLiteral("md") << QList<qint64>{1} << false << QStringLiteral("essay.md");
        QTest::newRow("html") << QStringLiteral("html") << QList<qint64>{} << false
                              << QStringLiteral("library.html");
        QTest::newRow("json") << QStringLiteral("json") << QList<qint64>{} << false
                              << QStringLiteral("library.json");
        QTest::newRow("csv") << QStringLiteral("csv") << QList<qint64>{} << false
                             << QStringLiteral("library.csv");
        QTest::newRow("csv claims")
            << QStringLiteral("csv") << QList<qint64>{} << true << QStringLiteral("claims.csv");
    }

    void goldenFiles()
    {
        QFETCH(QString, format);
        QFETCH(QList<qint64>, essays);
        QFETCH(bool, claims);
        QFETCH(QString, golden);
        const ExportSet set = ExportSelection{essays, claims, false, {}}.collect(*m_library);
        const std::unique_ptr<Exporter> exporter = Exporter::forTextFormat(format);
        QVERIFY(exporter);
        compareGolden(golden, exporter->write(set));
    }

    void claimsOnlyKeepsOnlyClaims()
    {
        const ExportSet set = ExportSelection{{}, true, false, {}}.collect(*m_library);
        QCOMPARE(set.essays.size(), 1); // the simplified essay has no claim
        QCOMPARE(set.essays.front().annotations.size(), 2);
        for (const Annotation &annotation : set.essays.front().annotations)
            QVERIFY(annotation.isClaim());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (ExportSelection{{99}, false, false, {}}.collect(*m_library)));
    }

    void listedAnnotationsAreTheOnlyOnes()
    {
        // The claims view filtered down to one claim: its export holds that claim alone,
        // in its essay, and no other essay.
        const QList<Annotation> all = m_library->annotations().ofEssay();
        const Annotation &trust = *std::find_if(all.cbegin(), all.cend(), [](const Annotation &a) {
            return a.anchor.quote.startsWith(QStringLiteral("Trust"));
        });
        ExportSelection selection;
        selection.claimsOnly = true;
        selection.annotationIds = {trust.id};
        const ExportSet set = selection.collect(*m_library);
        QCOMPARE(set.essays.size(), 1);
        QCOMPARE(set.essays.front().essay.id, trust.essayId);
        QCOMPARE(set.essays.front().annotations.size(), 1);
        QCOMPARE(set.essays.front().annotations.front().id, trust.id);
    }

    void notesOnlyLeavesTheTextOut()
    {
        const ExportSet set = ExportSelection{{1}, false, true, {}}.collect(*m_library);
        const QString html = QString::fromUtf8(Exporter::forTextFormat(u"html")->write(set));
        QVERIFY(!html.contains(QStringLiteral("<section class=\"text\">")));
        QVERIFY(html.contains(QStringLiteral("rarely make headlines"))); // the quote, in the notes
        QVERIFY(!html.contains(QStringLiteral("which devices can talk"))); // the rest of the block
    }

    void hostileHtmlHasNoLiveMarkup()
    {
        Library library(m_dir.filePath(QStringLiteral("hostile-html.sqlite")));
        const QString html =
            QString::fromUtf8(Exporter::forTextFormat(u"html")->write(hostileSet(library)));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<b>claim"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("url("),
                               Qt::CaseInsensitive)); // the bad colour never got in
        // Every onerror= is text inside an escaped tag.
        const QRegularExpression onerror(QStringLiteral("onerror="));
        for (auto it = onerror.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            QVERIFY2(html.mid(match.capturedStart() - 14, 14) == QStringLiteral("&lt;img src=x "),
                     qPrintable(html.mid(match.capturedStart() - 30, 60)));
        }
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("#&lt;img src=x onerror=alert(1)&gt;")));
        // The only tags are the exporter's own.
        static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9!]+)"));
        const QStringList allowed{
            QStringLiteral("!DOCTYPE"), QStringLiteral("html"),       QStringLiteral("head"),
            QStringLiteral("meta"),     QStringLiteral("title"),      QStringLiteral("style"),
            QStringLiteral("body"),     QStringLiteral("header"),     QStringLiteral("h1"),
            QStringLiteral("h2"),       QStringLiteral("h3"),         QStringLiteral("p"),
            QStringLiteral("article"),  QStringLiteral("section"),    QStringLiteral("mark"),
            QStringLiteral("sup"),      QStringLiteral("a"),          QStringLiteral("ol"),
            QStringLiteral("li"),       QStringLiteral("blockquote"), QStringLiteral("div"),
            QStringLiteral("span"),     QStringLiteral("b"),          QStringLiteral("table"),
            QStringLiteral("tr"),       QStringLiteral("td")};
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(2);
            QVERIFY2(allowed.contains(name), qPrintable(name));
        }
    }

    void hostileMarkdownRendersAsText()
    {
        Library library(m_dir.filePath(QStringLiteral("hostile-md.sqlite")));
        const QString md =
            QString::fromUtf8(Exporter::forTextFormat(u"md")->write(hostileSet(library)));
        // Front matter: one quoted scalar per line (YAML, not Markdown: it is not rendered).
        QVERIFY(md.startsWith(QStringLiteral("---\ntitle: \"<script>alert(1)</script>")));
        QVERIFY(md.contains(QStringLiteral("outlet: \"Outlet \\\"quoted\\\"\\nnew line\"\n")));
        const qsizetype bodyStart = md.indexOf(QStringLiteral("\n---\n")) + 5;
        QVERIFY(bodyStart > 5);
        const QString body = md.mid(bodyStart);
        QVERIFY(body.contains(QStringLiteral("\\[link\\](javascript:alert(1))")));
        QVERIFY(!body.contains(QStringLiteral("[link](")));
        QVERIFY(body.contains(QStringLiteral("\\`tick\\`")));
        // No raw HTML in the body: every "<" is escaped.
        for (qsizetype at = body.indexOf(u'<'); at >= 0; at = body.indexOf(u'<', at + 1))
            QVERIFY2(at > 0 && body[at - 1] == u'\\', qPrintable(body.mid(at - 20, 40)));
        // The note keeps its Markdown but loses the script link.
        QVERIFY(body.contains(QStringLiteral("[x\\](javascript:alert(3))")));
        QVERIFY(body.contains(QStringLiteral("Tags: #img-src-x-onerror-alert-1 #a-b #c-d-e\n")));
        // Lines of essay text never start a heading, quote or list inside the blockquote.
        for (const QString &line : body.split(u'\n')) {
            if (line.startsWith(QStringLiteral("> ")))
                QVERIFY2(!QStringLiteral("#>-+").contains(line.at(2)), qPrintable(line));
        }
    }

    void hostileCsvParsesBack()
    {
        Library library(m_dir.filePath(QStringLiteral("hostile-csv.sqlite")));
        const ExportSet set = hostileSet(library);
        const QByteArray bytes = Exporter::forTextFormat(u"csv")->write(set);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0), CsvExporter::header());
        const QStringList &first = rows->at(1);
        QCOMPARE(first.size(), 11);
        QCOMPARE(first[1], hostile());
        QCOMPARE(first[3], QStringLiteral("<script>alert(1)</script>"));
        QCOMPARE(first[5], set.essays.front().annotations.front().tags.join(QStringLiteral("; ")));
        QCOMPARE(first[6], QStringLiteral("<b>claim</b>"));
        QCOMPARE(first[7], QStringLiteral("disputed"));
        QCOMPARE(first[8], QStringLiteral("<script>alert(2)</script> [x](javascript:alert(3))\n| a "
                                          "| b |\n`tick`, \"quoted\""));
        // A note a spreadsheet would run as a formula is defused.
        QCOMPARE(rows->at(2)[8], QStringLiteral("'=HYPERLINK(\"http://example.invalid\")"));
    }

    void markdownEscape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Chips, power.")
                               << QStringLiteral("Chips, power.");
        QTest::newRow("link") << QStringLiteral("[a](javascript:x)")
                              << QStringLiteral("\\[a\\](javascript:x)");
        QTest::newRow("heading") << QStringLiteral("# 1. <b>") << QStringLiteral("\\# 1. \\<b\\>");
        QTest::newRow("ordered list") << QStringLiteral("1. First") << QStringLiteral("1\\. First");
        QTest::newRow("paren list")
            << QStringLiteral("12) Twelfth") << QStringLiteral("12\\) Twelfth");
        QTest::newRow("bullet") << QStringLiteral("- item") << QStringLiteral("\\- item");
        QTest::newRow("plus") << QStringLiteral("+ item") << QStringLiteral("\\+ item");
        QTest::newRow("indent") << QStringLiteral("    code?") << QStringLiteral("code?");
        QTest::newRow("emphasis") << QStringLiteral("*a* _b_ `c` ~d~")
                                  << QStringLiteral("\\*a\\* \\_b\\_ \\`c\\` \\~d\\~");
        QTest::newRow("table") << QStringLiteral("| a | b |") << QStringLiteral("\\| a \\| b \\|");
        QTest::newRow("entity") << QStringLiteral("&lt;") << QStringLiteral("\\&lt;");
        QTest::newRow("obsidian") << QStringLiteral("$x$ %%c%% ==h== ^id [[w]]")
                                  << QStringLiteral(
                                         "\\$x\\$ \\%\\%c\\%\\% \\=\\=h\\=\\= \\^id \\[\\[w\\]\\]");
        QTest::newRow("image") << QStringLiteral("![]()") << QStringLiteral("\\!\\[\\]()");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("chinese") << QString::fromUtf16(u"晶片\uFF0C“美国”")
                                 << QString::fromUtf16(u"晶片\uFF0C“美国”");
    }
    void markdownEscape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownText::escape(input), expected);
    }

    void markdownMultiLineKeepsThePrefix()
    {
        QCOMPARE(MarkdownText::escape(u"one\n# two\r\n- three", u"> "),
                 QStringLiteral("one\n> \\# two\n> \\- three"));
    }

    void markdownNote_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("markdown stays") << QStringLiteral("*see* [ref](https://example.invalid)")
                                        << QStringLiteral("*see* [ref](https://example.invalid)");
        QTest::newRow("html") << QStringLiteral("a <script>x</script>")
                              << QStringLiteral("a \\<script>x\\</script>");
        QTest::newRow("javascript link") << QStringLiteral("[a](javascript:alert(1))")
                                         << QStringLiteral("[a\\](javascript:alert(1))");
        QTest::newRow("spaced scheme")
            << QStringLiteral("[a]( JavaScript:x)") << QStringLiteral("[a\\]( JavaScript:x)");
        QTest::newRow("data link") << QStringLiteral("[a](<data:text/html,x>)")
                                   << QStringLiteral("[a\\](\\<data:text/html,x>)");
        QTest::newRow("reference")
            << QStringLiteral("[r]: javascript:x") << QStringLiteral("\\[r]: javascript:x");
    }
    void markdownNote()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownText::note(input), expected);
    }

    void yamlAndTags()
    {
        QCOMPARE(MarkdownText::yamlString(u"He said \"hi\"\\\n\t\u2028"),
                 QStringLiteral("\"He said \\\"hi\\\"\\\\\\n\\t\\u2028\""));
        QCOMPARE(MarkdownText::yamlString(QString::fromUtf16(u"晶片: #1")),
                 QString::fromUtf16(u"\"晶片: #1\""));
        QCOMPARE(MarkdownText::tag(u"export controls"), QStringLiteral("export-controls"));
        QCOMPARE(MarkdownText::tag(u"<b>US</b>"), QStringLiteral("b-US-/b"));
        QCOMPARE(MarkdownText::tag(u"  "), QString());
        QCOMPARE(MarkdownText::tag(u"半导体 政策"), QString::fromUtf16(u"半导体-政策"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("chinese") << QString::fromUtf16(u"晶片\uFF0C美国")
                                 << QString::fromUtf16(u"晶片\uFF0C美国");
    }
    void csvField()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::field(input), expected);
    }

    void runsSplitOverlappingHighlights()
    {
        using ExportText::Run;
        const QList<Run> runs = ExportText::runs(u"abcdef", {{1, 4, QStringLiteral("#ff0000"), 1},
                                                             {2, 3, QStringLiteral("#0000ff"), 2}});
        QCOMPARE(runs.size(), 5);
        QCOMPARE(runs[0].text, QStringLiteral("a"));
        QVERIFY(runs[0].color.isEmpty());
        QCOMPARE(runs[1].color, QStringLiteral("#ff0000"));
        QCOMPARE(runs[2].text, QStringLiteral("c"));
        QCOMPARE(runs[2].color, QStringLiteral("#0000ff"));
        QCOMPARE(runs[2].footnotes, QList<int>{2});
        QCOMPARE(runs[3].footnotes, QList<int>{1});
        QCOMPARE(runs[4].text, QStringLiteral("ef"));
        // Out of range and empty spans are clipped or dropped.
        const QList<Run> clipped = ExportText::runs(
            u"ab", {{1, 9, QStringLiteral("#ff0000"), 1}, {0, 0, QStringLiteral("#00ff00"), 2}});
        QCOMPARE(clipped.size(), 2);
        QCOMPARE(clipped[1].text, QStringLiteral("b"));
        QCOMPARE(clipped[1].footnotes, QList<int>{1});
    }

    void colorsAreValidated()
    {
        QCOMPARE(ExportText::safeColor(QStringLiteral("#A1B2C3")), QStringLiteral("#a1b2c3"));
        QCOMPARE(ExportText::safeColor(QStringLiteral("red")), ExportText::defaultColor());
        QCOMPARE(ExportText::safeColor(QStringLiteral("#fff\"><script>")),
                 ExportText::defaultColor());
    }

    void bilingualRowsPairTheLanguages()
    {
        const Essay essay = *m_library->essays().find(1);
        QVERIFY(ExportText::isBilingual(essay));
        const QList<ExportText::Row> rows = ExportText::rows(essay, {});
        QCOMPARE(rows.size(), 4); // the title pair and three paragraph pairs; the ad is not text
        QCOMPARE(rows[0].left, QList<int>{0});
        QCOMPARE(rows[0].right, QList<int>{1});
        QCOMPARE(rows[1].left, QList<int>{2});
        QCOMPARE(rows[1].right, QList<int>{3});
        // An annotation on the ad brings it back, on its own row.
        const QList<ExportText::Row> withAd = ExportText::rows(essay, {6});
        QCOMPARE(withAd.size(), 5);
        QCOMPARE(withAd[3].left, QList<int>{6});
        QVERIFY(!withAd[3].paired);
        // A single-language essay leaves out the title line the header already shows.
        const Essay simplified = *m_library->essays().find(2);
        QCOMPARE(ExportText::rows(simplified, {}).front().left, QList<int>{1});
    }

    void jsonIsWebAnnotation()
    {
        const ExportSet set = ExportSelection{{}, false, false, {}}.collect(*m_library);
        const QJsonObject root =
            QJsonDocument::fromJson(Exporter::forTextFormat(u"json")->write(set)).object();
        QCOMPARE(root.value(QStringLiteral("@context")).toArray().at(0).toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(QStringLiteral("type")).toString(),
                 QStringLiteral("AnnotationCollection"));
        const QJsonArray items =
            root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 4);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
        const QJsonArray targets = first.value(QStringLiteral("target")).toArray();
        QCOMPARE(targets.size(), 2); // bilingual: the counterpart too
        const QJsonObject target = targets.at(0).toObject();
        QCOMPARE(target.value(QStringLiteral("source")).toString(),
                 QStringLiteral("file:///library/open-standards.txt"));
        QCOMPARE(target.value(QStringLiteral("duizhao:sha256")).toString(),
                 ExportFixture::kBilingualSha);
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("exact")).toString(),
                 QStringLiteral("rarely make headlines"));
        const QJsonObject position =
            selectors.at(1).toObject().value(QStringLiteral("refinedBy")).toObject();
        QCOMPARE(position.value(QStringLiteral("type")).toString(),
                 QStringLiteral("TextPositionSelector"));
        QCOMPARE(position.value(QStringLiteral("start")).toInt(), 17);
        QCOMPARE(position.value(QStringLiteral("end")).toInt(), 38);
        const QJsonArray bodies = first.value(QStringLiteral("body")).toArray();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("commenting"));
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("text/markdown"));
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("tagging"));
        QCOMPARE(first.value(QStringLiteral("duizhao:claimType")).toString(),
                 QStringLiteral("opinion"));
        QCOMPARE(first.value(QStringLiteral("duizhao:verdict")).toString(),
                 QStringLiteral("supported"));
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
