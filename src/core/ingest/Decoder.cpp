#include "Decoder.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <memory>

namespace duizhao {

namespace {

constexpr char16_t kReplacement = u'\uFFFD';
// ICU's detector looks at a prefix; more adds time, not accuracy.
constexpr qsizetype kDetectorSampleBytes = 64 * 1024;
// Control characters a text file may hold before its share (over 1%) counts as binary.
constexpr qsizetype kStrayControlsMax = 8;

struct Utf8Check {
    QString text;
    int32_t invalid = 0;
    qsizetype nonAscii = 0;
};

Utf8Check decodeUtf8(const char *data, qsizetype size)
{
    Utf8Check result;
    // UTF-16 never needs more code units than UTF-8 has bytes.
    result.text.resize(size);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8WithSub(reinterpret_cast<UChar *>(result.text.data()), int32_t(size), &length,
                         data, int32_t(size), kReplacement, &result.invalid, &status);
    if (U_FAILURE(status)) {
        result.invalid = INT32_MAX;
        result.text.clear();
        return result;
    }
    result.text.resize(length);
    for (QChar c : std::as_const(result.text))
        result.nonAscii += c.unicode() >= 0x80 && c.unicode() != kReplacement;
    return result;
}

// Converts with the named ICU converter; counts substituted characters.
bool decodeWith(const char *converterName, const char *data, qsizetype size, DecodedText &out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(converterName, &status),
                                                                 &ucnv_close);
    if (U_FAILURE(status))
        return false;
    // Single- and double-byte charsets never expand beyond one UTF-16 unit per byte
    // (GB18030's four-byte sequences become two units); add slack for safety.
    QString text(size + 16, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()),
                                         int32_t(text.size()), data, int32_t(size), &status);
    if (U_FAILURE(status))
        return false;
    text.resize(length);
    out.invalidSequences = text.count(QChar(kReplacement)) + text.count(QChar(0x1A));
    out.text = std::move(text);
    // The name asked for ("GB18030", "Big5"), not ICU's internal alias ("gb18030").
    out.encoding = QString::fromLatin1(converterName);
    return true;
}

qsizetype controlCharacters(const QString &text)
{
    qsizetype count = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f') || u == 0x7F)
            ++count;
    }
    return count;
}

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace() && c.unicode() != 0xFEFF && c.unicode() != 0x200B)
            return false;
    }
    return true;
}

// Runs ICU's detector and converts with its best plausible guess.
DecodedText detectAndDecode(const QByteArray &bytes)
{
    DecodedText result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_FAILURE(status)) {
        result.error = QStringLiteral("cannot start the charset detector");
        return result;
    }
    ucsdet_setText(detector.get(), bytes.constData(),
                   int32_t(std::min(bytes.size(), kDetectorSampleBytes)), &status);
    int32_t matchCount = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &matchCount, &status);
    if (U_FAILURE(status) || matchCount == 0) {
        result.error = QStringLiteral("no plausible text encoding (binary file?)");
        return result;
    }
    for (int32_t i = 0; i < matchCount; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || confidence < 10)
            continue;
        DecodedText candidate;
        if (!decodeWith(name, bytes.constData(), bytes.size(), candidate))
            continue;
        // A guess that needs many substitutions is the wrong guess.
        if (candidate.invalidSequences * 100 > candidate.text.size())
            continue;
        candidate.confidence = confidence;
        return candidate;
    }
    result.error = QStringLiteral("no plausible text encoding (binary file?)");
    return result;
}

// Share of characters that read as text: letters (Han included), digits, punctuation,
// spaces. Random bytes read as UTF-16 land in unassigned, private-use and rare blocks.
double textLikeShare(const QString &text)
{
    qsizetype good = 0, total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        ++total;
        const int8_t type = u_charType(UChar32(c));
        const bool control = type == U_CONTROL_CHAR && c != u'\n' && c != u'\r' && c != u'\t';
        if (!control && type != U_UNASSIGNED && type != U_PRIVATE_USE_CHAR && type != U_SURROGATE &&
            c != 0xFFFD)
            ++good;
    }
    return total == 0 ? 0.0 : double(good) / double(total);
}

// UTF-16 without a BOM: NUL bytes are the tell (Latin text has one in every code unit,
// Chinese text in characters such as 一 U+4E00 or 最 U+6700). Both byte orders are
// tried and the one that reads as text wins; binary data reads as neither.
bool decodeUtf16WithoutBom(const QByteArray &bytes, DecodedText &out)
{
    if (bytes.size() % 2 != 0)
        return false;
    const qsizetype sample = std::min(bytes.size(), kDetectorSampleBytes);
    DecodedText best;
    double bestShare = 0;
    for (const char *name : {"UTF-16LE", "UTF-16BE"}) {
        DecodedText candidate;
        if (!decodeWith(name, bytes.constData(), sample, candidate))
            continue;
        const double share = textLikeShare(candidate.text);
        if (share > bestShare) {
            bestShare = share;
            best.encoding = candidate.encoding;
        }
    }
    if (bestShare < 0.95 ||
        !decodeWith(qPrintable(best.encoding), bytes.constData(), bytes.size(), out))
        return false;
    out.confidence = int(bestShare * 100);
    return true;
}

} // namespace

DecodedText Decoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = QStringLiteral("empty file");
        return result;
    }

    const char *data = bytes.constData();
    const auto startsWith = [&](std::initializer_list<unsigned char> prefix) {
        if (bytes.size() < qsizetype(prefix.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char b : prefix) {
            if (static_cast<unsigned char>(data[i++]) != b)
                return false;
        }
        return true;
    };

    if (startsWith({0xEF, 0xBB, 0xBF})) {
        Utf8Check utf8 = decodeUtf8(data + 3, bytes.size() - 3);
        result.text = std::move(utf8.text);
        result.encoding = QStringLiteral("UTF-8");
        result.invalidSequences = utf8.invalid;
        result.confidence = 100;
        result.byteOrderMark = true;
    } else if (startsWith({0xFF, 0xFE}) || startsWith({0xFE, 0xFF})) {
        const bool little = startsWith({0xFF, 0xFE});
        if (!decodeWith(little ? "UTF-16LE" : "UTF-16BE", data + 2, bytes.size() - 2, result)) {
            result.error = QStringLiteral("cannot decode UTF-16 text");
            return result;
        }
        result.confidence = 100;
        result.byteOrderMark = true;
    } else if (bytes.contains('\0')) {
        if (!decodeUtf16WithoutBom(bytes, result)) {
            result.error = QStringLiteral("binary file: contains NUL bytes");
            return result;
        }
    } else {
        Utf8Check utf8 = decodeUtf8(data, bytes.size());
        if (utf8.invalid == 0 || qsizetype(utf8.invalid) * 50 <= utf8.nonAscii) {
            result.text = std::move(utf8.text);
            result.encoding = QStringLiteral("UTF-8");
            result.invalidSequences = utf8.invalid;
            result.confidence = 100;
        } else {
            result = detectAndDecode(bytes);
            if (!result.ok())
                return result;
        }
    }

    if (result.invalidSequences > 0) {
        result.warnings << QStringLiteral("%1 invalid %2 sequence(s) replaced by U+FFFD")
                               .arg(result.invalidSequences)
                               .arg(result.encoding);
    }
    if (isBlank(result.text)) {
        result.error = QStringLiteral("file holds only whitespace");
        return result;
    }
    if (result.text.contains(QChar(0))) {
        result.error = QStringLiteral("binary file: contains NUL characters");
        return result;
    }
    // A few stray controls (a BEL or an ESC a copy-paste left in) are a flaw of a text
    // file, not the mark of a binary one: in a small file one of them is already more
    // than 1% of the characters. Binary data has them by the dozen.
    const qsizetype controls = controlCharacters(result.text);
    if (controls * 100 > result.text.size() && controls > kStrayControlsMax) {
        result.error = QStringLiteral("binary file: too many control characters");
        return result;
    }
    if (controls > 0)
        result.warnings << QStringLiteral("%1 stray control character(s) kept").arg(controls);
    return result;
}

} // namespace duizhao
