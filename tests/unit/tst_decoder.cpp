#include "Decoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

using namespace duizhao;
using namespace Qt::StringLiterals;

namespace {

// A paragraph written for this test (337 characters), simplified and its Taiwan-
// traditional form (every character of which Big5 can carry).
const QString kHans = QStringLiteral(
    "人工智能的竞争已经从实验室走向工厂与市场。过去十年里芯片设计、制造设备和基础软件的差距"
    "决定了谁能更快地训练大模型。许多研究者认为算力并不是唯一的门槛。数据的质量、工程团队的经验"
    "以及开放社区的活力同样重要。中国的企业在应用层面进展很快。它们把语音识别、图像处理和推荐系统"
    "用在物流、医疗与教育等行业里。美国的公司则在通用模型和高端芯片上保持领先。出口管制让双方的"
    "供应链都开始重新布局。有人担心这会让技术世界分裂成两个互不相通的体系。也有人相信开放标准和"
    "学术交流仍然能够把不同的市场连接起来。对于普通读者来说最重要的问题也许是这些变化会如何影响"
    "日常生活。手机里的翻译软件、城市里的交通信号和医院里的诊断系统都已经离不开这些技术。未来几年"
    "政策制定者需要在安全与发展之间找到新的平衡。");
const QString kHant = QStringLiteral(
    "人工智能的競爭已經從實驗室走向工廠與市場。過去十年裡芯片設計、製造設備和基礎軟件的差距"
    "決定了誰能更快地訓練大模型。許多研究者認為算力並不是唯一的門檻。數據的質量、工程團隊的經驗"
    "以及開放社區的活力同樣重要。中國的企業在應用層面進展很快。它們把語音識別、圖像處理和推薦系統"
    "用在物流、醫療與教育等行業裡。美國的公司則在通用模型和高端芯片上保持領先。出口管制讓雙方的"
    "供應鏈都開始重新佈局。有人擔心這會讓技術世界分裂成兩個互不相通的體系。也有人相信開放標準和"
    "學術交流仍然能夠把不同的市場連接起來。對於普通讀者來說最重要的問題也許是這些變化會如何影響"
    "日常生活。手機裡的翻譯軟件、城市裡的交通信號和醫院裡的診斷系統都已經離不開這些技術。未來幾年"
    "政策制定者需要在安全與發展之間找到新的平衡。");

// Encodes with ICU, failing (empty result) on any character the charset cannot carry.
QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status),
                                                                 &ucnv_close);
    if (U_FAILURE(status))
        return {};
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
    QByteArray bytes(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()),
                                           int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    bytes.truncate(length);
    return bytes;
}

QByteArray utf16Bytes(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

private slots:
    // Plain UTF-8 is UTF-8 with full confidence, no BOM, no warnings.
    void utf8Plain()
    {
        const QString text = QStringLiteral("美国“黔驴技穷”了\nChips and 芯片\n");
        const DecodedText decoded = Decoder::decode(text.toUtf8());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded.confidence, 100);
        QVERIFY(!decoded.byteOrderMark);
        QCOMPARE(decoded.invalidSequences, qsizetype(0));
        QVERIFY(decoded.warnings.isEmpty());
    }

    // A UTF-8 BOM decides the encoding and is removed from the text.
    void utf8WithBom()
    {
        const QString text = QStringLiteral("矽谷陷入了對中國的羨慕。\n");
        const DecodedText decoded = Decoder::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QVERIFY(decoded.byteOrderMark);
        QCOMPARE(decoded.confidence, 100);
    }

    // FF FE and FE FF decide UTF-16LE / UTF-16BE; the BOM is removed.
    void utf16WithBom_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("LE") << true << QStringLiteral("UTF-16LE");
        QTest::newRow("BE") << false << QStringLiteral("UTF-16BE");
    }
    void utf16WithBom()
    {
        QFETCH(bool, littleEndian);
        QFETCH(QString, encoding);
        const QString text = QStringLiteral("Silicon Valley 矽谷\n美國與中國\n") +
                             QString::fromUtf16(u"\U0002000B astral\n");
        const QByteArray bom = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
        const DecodedText decoded = Decoder::decode(bom + utf16Bytes(text, littleEndian));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, encoding);
        QVERIFY(decoded.byteOrderMark);
        QCOMPARE(decoded.confidence, 100);
        QCOMPARE(decoded.invalidSequences, qsizetype(0));
    }

    // Latin text in UTF-16LE without a BOM is recognised by its NUL pattern.
    void utf16LeWithoutBom()
    {
        const QString text =
            QStringLiteral("Silicon Valley has a China envy problem.\nThe essay continues here.\n");
        const DecodedText decoded = Decoder::decode(utf16Bytes(text, true));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-16LE"));
        QVERIFY(!decoded.byteOrderMark);
    }

    // Chinese UTF-16LE without a BOM is UTF-16, not binary, even though characters such
    // as 一 (U+4E00), 开 (U+5F00) and 最 (U+6700) put NUL bytes into it.
    void utf16LeWithoutBomChinese()
    {
        const QString text = kHans.split(u'。', Qt::SkipEmptyParts).join(u"。\n"_s) + u"。\n"_s;
        QVERIFY(text.contains(u'一') && text.contains(u'最'));
        const QByteArray bytes = utf16Bytes(text, true);
        QVERIFY(bytes.contains('\0'));
        const DecodedText decoded = Decoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, u"UTF-16LE"_s);
        QCOMPARE(decoded.text, text);
    }

    // GB18030 (simplified) and Big5 (traditional) bytes decode back to the same text and
    // name their encoding family.
    void legacyChineseEncodings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("family");
        QTest::newRow("GB18030") << kHans << QByteArray("GB18030") << QStringLiteral("GB");
        QTest::newRow("Big5") << kHant << QByteArray("Big5") << QStringLiteral("Big5");
    }
    void legacyChineseEncodings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, charset);
        QFETCH(QString, family);
        const QString essay = text + u'\n';
        const QByteArray bytes = encode(essay, charset.constData());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes != essay.toUtf8());
        const DecodedText decoded = Decoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QVERIFY2(decoded.encoding.startsWith(family, Qt::CaseInsensitive),
                 qPrintable(decoded.encoding));
        QCOMPARE(decoded.text, essay);
        QCOMPARE(decoded.invalidSequences, qsizetype(0));
        QVERIFY(!decoded.byteOrderMark);
        QVERIFY(decoded.confidence > 0 && decoded.confidence <= 100);
    }

    // Two bad bytes in a long UTF-8 Chinese text: still UTF-8, each one U+FFFD, one warning.
    void utf8WithTwoInvalidBytes()
    {
        const QString first = kHans.left(100);
        const QString second = kHans.mid(100, 100);
        const QString third = kHans.mid(200);
        const QByteArray bytes =
            first.toUtf8() + "\xFF" + second.toUtf8() + "\xC3\x28" + third.toUtf8();
        const DecodedText decoded = Decoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded.invalidSequences, qsizetype(2));
        QCOMPARE(decoded.warnings.size(), 1);
        QVERIFY(decoded.warnings.front().contains(u'2'));
        QCOMPARE(decoded.text.count(QChar(0xFFFD)), qsizetype(2));
        QCOMPARE(decoded.text, first + QChar(0xFFFD) + second + QChar(0xFFFD) + u'(' + third);
    }

    // Files that are not text are refused with a reason, never decoded.
    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // a word the one-line error must contain
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("spaces") << QByteArray("    ") << QStringLiteral("whitespace");
        QTest::newRow("spaces, NBSP, newlines")
            << (QByteArray("  \n") + QString(QChar(0x00A0)).toUtf8() + QByteArray("\r\n \n\n"))
            << QStringLiteral("whitespace");
        QTest::newRow("ideographic space and BOM only")
            << (QByteArray("\xEF\xBB\xBF") + QString::fromUtf16(u"\u3000\n\u200B\n").toUtf8())
            << QStringLiteral("whitespace");

        QRandomGenerator random(20250113);
        QByteArray binary(4096, Qt::Uninitialized);
        for (char &byte : binary)
            byte = char(random.bounded(256));
        for (qsizetype i = 0; i < binary.size(); i += 97)
            binary[i] = '\0';
        QTest::newRow("random binary with NULs") << binary << QStringLiteral("binary");
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const DecodedText decoded = Decoder::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
        QVERIFY(!decoded.error.contains(u'\n'));
    }

    // A stray control character in a small text file is a flaw to warn about, not a sign
    // of binary data (one BEL in 30 characters is over 1% of them).
    void strayControlCharacterWarns_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("BEL in a short line") << QByteArray("A short note\x07 about chips.\n");
        QTest::newRow("ESC in Chinese")
            << (QString::fromUtf16(u"一段很短的筆記").toUtf8() + QByteArray("\x1B\n"));
        QTest::newRow("three controls") << QByteArray("ab\x01 cd\x02 ef\x03 gh ij.\n");
    }
    void strayControlCharacterWarns()
    {
        QFETCH(QByteArray, bytes);
        const DecodedText decoded = Decoder::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text.toUtf8(), bytes);
        QCOMPARE(decoded.warnings.size(), qsizetype(1));
        QVERIFY2(decoded.warnings.front().contains(u"control"),
                 qPrintable(decoded.warnings.front()));
    }

    // Many control characters still mean binary data.
    void manyControlCharactersAreBinary()
    {
        QByteArray bytes("text ");
        for (int i = 0; i < 40; ++i)
            bytes += QByteArray("\x01\x02 ");
        const DecodedText decoded = Decoder::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error.contains(u"control"), qPrintable(decoded.error));
    }

    // The decoder leaves line ends alone: CRLF stays CRLF, a lone CR stays CR.
    void keepsLineEnds()
    {
        const QString text = QStringLiteral("第一行。\r\n第二行。\r\n\r\nThird line.\rFourth\r\n");
        const DecodedText decoded = Decoder::decode(text.toUtf8());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.text.count(QStringLiteral("\r\n")), qsizetype(4));
    }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
