#include "EssayParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

using namespace duizhao;

// The same essay in GB18030, Big5, UTF-16LE with BOM, and UTF-8 with BOM and CRLF
// line ends must come out as exactly the same blocks as the UTF-8 original. The
// encoded files are made here with ICU from the corpus, read in place.
class TestEncodings : public QObject
{
    Q_OBJECT

    // Encodes with ICU; std::nullopt when a character has no mapping in `charset`.
    static std::optional<QByteArray> encode(const QString &text, const char *charset)
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status),
                                                                     &ucnv_close);
        if (U_FAILURE(status))
            return std::nullopt;
        ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                              &status);
        QByteArray bytes(text.size() * 4 + 16, Qt::Uninitialized);
        const int32_t length = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
                                               reinterpret_cast<const UChar *>(text.utf16()),
                                               int32_t(text.size()), &status);
        if (U_FAILURE(status))
            return std::nullopt;
        bytes.truncate(length);
        return bytes;
    }

    // Big5 has no code for simplified leftovers (么, 并) and some symbols: keep only the
    // lines Big5 can carry, in both the reference and the encoded copy.
    static QString big5Subset(const QString &text)
    {
        QStringList kept;
        for (const QString &line : text.split(u'\n')) {
            if (encode(line, "Big5"))
                kept << line;
        }
        return kept.join(u'\n');
    }

    static void compareBlocks(const ParsedEssay &actual, const ParsedEssay &expected)
    {
        QCOMPARE(actual.blocks.size(), expected.blocks.size());
        for (qsizetype i = 0; i < expected.blocks.size(); ++i) {
            const Block &a = actual.blocks[i];
            const Block &e = expected.blocks[i];
            QCOMPARE(a.text, e.text);
            QCOMPARE(a.line, e.line);
            QCOMPARE(blockKindName(a.kind), blockKindName(e.kind));
            QCOMPARE(languageTag(a.language), languageTag(e.language));
        }
        QCOMPARE(actual.pairs, expected.pairs);
        QCOMPARE(actual.title, expected.title);
        QCOMPARE(actual.author, expected.author);
    }

private slots:
    void sameBlocksInEveryEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("charset");
        const QStringList files =
            QDir(QStringLiteral(DUIZHAO_CORPUS_DIR))
                .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        int big5Rows = 0;
        for (const QString &file : files) {
            const QString path = QStringLiteral(DUIZHAO_CORPUS_DIR "/") + file;
            for (const char *charset : {"GB18030", "UTF-16LE+BOM", "UTF-8+BOM+CRLF"})
                QTest::addRow("%s %s", qPrintable(file.left(3)), charset)
                    << path << QString::fromLatin1(charset);
            // Big5 is a traditional-script encoding: only traditional essays travel in it.
            QFile source(path);
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(source.readAll());
            if (big5Subset(text).size() * 2 > text.size()) {
                QTest::addRow("%s Big5", qPrintable(file.left(3)))
                    << path << QStringLiteral("Big5");
                ++big5Rows;
            }
        }
        QVERIFY2(big5Rows >= 3,
                 "the traditional essays of the corpus should all be tested in Big5");
    }

    void sameBlocksInEveryEncoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, charset);
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(source.readAll());
        if (charset == u"Big5") {
            text = big5Subset(text);
            QVERIFY(text.size() > 1000);
        }

        QByteArray encoded;
        if (charset == u"UTF-16LE+BOM") {
            encoded = QByteArray("\xFF\xFE", 2) + *encode(text, "UTF-16LE");
        } else if (charset == u"UTF-8+BOM+CRLF") {
            QString crlf = text;
            crlf.replace(u'\n', QStringLiteral("\r\n"));
            encoded = QByteArray("\xEF\xBB\xBF", 3) + crlf.toUtf8();
        } else {
            const auto bytes = encode(text, qPrintable(charset));
            QVERIFY(bytes.has_value());
            encoded = *bytes;
            QVERIFY(encoded != text.toUtf8());
        }

        const EssayParser parser;
        QString error;
        const std::optional<ParsedEssay> reference = parser.parse(text.toUtf8(), &error);
        QVERIFY2(reference, qPrintable(error));
        const std::optional<ParsedEssay> decoded = parser.parse(encoded, &error);
        QVERIFY2(decoded, qPrintable(error));
        if (charset == u"GB18030")
            QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
        if (charset == u"Big5")
            QCOMPARE(decoded->encoding, QStringLiteral("Big5"));
        compareBlocks(*decoded, *reference);
    }
};

QTEST_GUILESS_MAIN(TestEncodings)
#include "tst_encodings.moc"
