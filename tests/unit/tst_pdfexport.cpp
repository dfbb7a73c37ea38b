#include "ExportFixture.h"
#include "ExportSelection.h"
#include "PdfExporter.h"
#include "PdfToUnicodeRepair.h"

#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace duizhao;

// The PDF exporter: real text that pdftotext reads back (Chinese included, no radicals
// standing in for ideographs), fonts embedded.
class TestPdfExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString withoutSpace(QString text)
    {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        return text.remove(space);
    }

    static QString tool(const QString &name)
    {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            qWarning("%s (poppler-utils) is missing; scripts/install-deps.sh installs it",
                     qPrintable(name));
        return path;
    }

private slots:
    void repairRewritesSingleAndArrayDestinations()
    {
        const QByteArray cmap =
            "stream\n2 beginbfrange\n<0000> <0000> <0000>\n<0010> <0010> <2F5A>\n"
            "<0001> <0003> [<2F12> <0041> <2ED1> ]\n<0020> <0029> <2F00>\nendbfrange\nendstream";
        const QHash<char16_t, char16_t> map{
            {0x2F5A, 0x7247}, {0x2F12, 0x529B}, {0x2ED1, 0x9577}, {0x2F00, 0x4E00}};
        const QByteArray repaired = PdfToUnicodeRepair::repair(cmap, map);
        QCOMPARE(repaired.size(), cmap.size()); // offsets in the file stay valid
        QVERIFY(repaired.contains("<0010> <0010> <7247>\n"));
        QVERIFY(repaired.contains("[<529B> <0041> <9577> ]"));
        QVERIFY(repaired.contains("<0020> <0029> <2F00>\n")); // a linear run is left alone
        // Nothing outside bfrange sections changes.
        const QByteArray outside = "<2F5A> text";
        QCOMPARE(PdfToUnicodeRepair::repair(outside, map), outside);
    }

    void radicalsSharingGlyphsAreFound()
    {
        // fonts-noto-cjk is a dependency (scripts/install-deps.sh): without it, fail.
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK TC")),
                 "Noto CJK fonts are not installed (fonts-noto-cjk)");
        QTextDocument document;
        document.setPlainText(QString::fromUtf16(u"晶片的長期"));
        const QHash<char16_t, char16_t> map = PdfExporter::radicalReplacements(document);
        QCOMPARE(map.value(0x2F5A), char16_t(0x7247)); // ⽚ → 片
        QCOMPARE(map.value(0x2ED1), char16_t(0x9577)); // ⻑ → 長 (two radicals share that glyph)
        QCOMPARE(map.value(0x2FA7), char16_t(0x9577));
    }

    void pdfHasTheTextAndTheNotes()
    {
        Library library(m_dir.filePath(QStringLiteral("pdf.sqlite")));
        ExportFixture::build(library);
        const QByteArray pdf = PdfExporter().write(ExportSelection{}.collect(library));
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString path = m_dir.filePath(QStringLiteral("export.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();

        const QString pdftotext = tool(QStringLiteral("pdftotext"));
        QVERIFY(!pdftotext.isEmpty());
        QProcess process;
        process.start(pdftotext,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = withoutSpace(QString::fromUtf8(process.readAllStandardOutput()));
        for (const QString &expected :
             {QStringLiteral("Standards bodies rarely make headlines"),
              QStringLiteral("Who counts the votes"),
              QStringLiteral("Compare with *the 2019 vote*."),
              QString::fromUtf16(u"開放標準與信任"),
              QString::fromUtf16(u"开源芯片的下一步"), // 片: a glyph shared with a radical
              QString::fromUtf16(u"十年內成為全球預設"),
              QString::fromUtf16(u"编译器、操作系统和工具链")}) {
            QVERIFY2(text.contains(withoutSpace(expected)), qPrintable(expected));
        }

        const QString pdffonts = tool(QStringLiteral("pdffonts"));
        QVERIFY(!pdffonts.isEmpty());
        process.start(pdffonts, {path});
        QVERIFY(process.waitForFinished(60000));
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        bool cjk = false;
        for (const QString &line : lines.mid(2)) {
            // name, type..., encoding, emb, sub, uni, object, generation
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns[columns.size() - 5] == u"yes",
                     qPrintable(line)); // embedded
            cjk = cjk || line.contains(QStringLiteral("CJK"));
        }
        if (QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC")))
            QVERIFY(cjk);
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
