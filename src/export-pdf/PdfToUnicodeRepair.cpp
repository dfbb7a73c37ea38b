#include "PdfToUnicodeRepair.h"

namespace duizhao::PdfToUnicodeRepair {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Rewrites the four hex digits at `at` (inside "<....>") when they name a replaced code point.
void rewriteCode(QByteArray &pdf, qsizetype at, const QHash<char16_t, char16_t> &replacements)
{
    bool ok = false;
    const auto code = char16_t(pdf.mid(at, 4).toUShort(&ok, 16));
    if (!ok)
        return;
    const auto found = replacements.constFind(code);
    if (found == replacements.cend())
        return;
    const QByteArray hex = QByteArray::number(uint(*found), 16).toUpper().rightJustified(4, '0');
    pdf.replace(at, 4, hex);
}

// Offsets of the "<XXXX>" codes on one line [from, to), as offsets of their first digit.
QList<qsizetype> codes(const QByteArray &pdf, qsizetype from, qsizetype to)
{
    QList<qsizetype> result;
    for (qsizetype i = from; i + 5 < to; ++i) {
        if (pdf[i] == '<' && pdf[i + 5] == '>' && isHex(pdf[i + 1]) && isHex(pdf[i + 2]) &&
            isHex(pdf[i + 3]) && isHex(pdf[i + 4])) {
            result << i + 1;
            i += 5;
        }
    }
    return result;
}

} // namespace

QByteArray repair(const QByteArray &pdf, const QHash<char16_t, char16_t> &replacements)
{
    if (replacements.isEmpty())
        return pdf;
    QByteArray out = pdf;
    qsizetype at = 0;
    while ((at = out.indexOf("beginbfrange", at)) >= 0) {
        const qsizetype end = out.indexOf("endbfrange", at);
        if (end < 0)
            break;
        qsizetype line = out.indexOf('\n', at) + 1;
        while (line > 0 && line < end) {
            qsizetype lineEnd = out.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QList<qsizetype> found = codes(out, line, lineEnd);
            const bool array = out.indexOf('[', line) >= 0 && out.indexOf('[', line) < lineEnd;
            if (array) {
                for (qsizetype i = 2; i < found.size(); ++i)
                    rewriteCode(out, found[i], replacements);
            } else if (found.size() == 3 && out.mid(found[0], 4) == out.mid(found[1], 4)) {
                rewriteCode(out, found[2], replacements);
            }
            line = lineEnd + 1;
        }
        at = end;
    }
    return out;
}

} // namespace duizhao::PdfToUnicodeRepair
