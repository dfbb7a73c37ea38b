#include "MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>

namespace duizhao::MarkdownText {

namespace {

constexpr QStringView kSpecials = u"\\`*_[]<>#|~^$%=&!";

QStringList lines(QStringView text)
{
    QString unified = text.toString();
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return unified.split(u'\n');
}

QString escapeLine(QStringView line)
{
    qsizetype begin = 0;
    while (begin < line.size() && (line[begin] == u' ' || line[begin] == u'\t'))
        ++begin;
    line = line.sliced(begin);

    QString out;
    out.reserve(line.size() + 8);
    // A list marker at the start: "-", "+" followed by a space, or digits followed by
    // "." or ")". ("*" is escaped everywhere anyway.)
    qsizetype digits = 0;
    while (digits < line.size() && line[digits].isDigit() && line[digits].unicode() < 128)
        ++digits;
    qsizetype listMarker = -1;
    if (!line.isEmpty() && (line[0] == u'-' || line[0] == u'+'))
        listMarker = 0;
    else if (digits > 0 && digits < line.size() && (line[digits] == u'.' || line[digits] == u')'))
        listMarker = digits;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (i == listMarker || kSpecials.contains(line[i]))
            out += u'\\';
        out += line[i];
    }
    return out;
}

} // namespace

QString escape(QStringView text, QStringView linePrefix)
{
    QStringList out;
    for (const QString &line : lines(text))
        out << escapeLine(line);
    return out.join(u'\n' + linePrefix.toString());
}

QString note(QStringView text, QStringView linePrefix)
{
    // Matched after "<" has been escaped, hence the optional backslash before it.
    static const QRegularExpression inlineLink(
        QStringLiteral("\\]\\((\\s*(?:\\\\?<)?\\s*(?:javascript|vbscript|data):)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression referenceLink(
        QStringLiteral("^(\\s*)\\[([^\\]]*\\]:\\s*(?:\\\\?<)?\\s*(?:javascript|vbscript|data):)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (QString line : lines(text)) {
        line.replace(u'<', QStringLiteral("\\<"));
        line.replace(inlineLink, QStringLiteral("\\](\\1"));
        line.replace(referenceLink, QStringLiteral("\\1\\[\\2"));
        out << line;
    }
    return out.join(u'\n' + linePrefix.toString());
}

QString yamlString(QStringView text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'"') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += QStringLiteral("\\n");
        } else if (u == u'\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    return out;
}

QString tag(QStringView text)
{
    QString out;
    bool hyphen = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        const bool keep = QChar::isLetterOrNumber(c) || c == U'_' || c == U'/' ||
                          QChar::category(c) == QChar::Mark_NonSpacing ||
                          QChar::category(c) == QChar::Mark_SpacingCombining;
        if (keep) {
            out += QString::fromUcs4(&c, 1);
            hyphen = false;
        } else if (!hyphen && !out.isEmpty()) {
            out += u'-';
            hyphen = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace duizhao::MarkdownText
