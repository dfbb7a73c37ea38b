#include "LineText.h"

#include <QRegularExpression>

namespace duizhao::LineText {

namespace {

QRegularExpression compile(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// Cheap tells, so that plain lines (most of any essay) never reach a regular expression.
bool mayHoldMarkup(QStringView line)
{
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if (u == u'[' || u == u'<' || u == u'*' || u == u'`' || u == u'_' || u == u'\\')
            return true;
    }
    return line.contains(u"://");
}

} // namespace

int headingLevel(QStringView trimmed)
{
    int level = 0;
    while (level < trimmed.size() && trimmed[level] == u'#')
        ++level;
    if (level == 0 || level > 6 || level >= trimmed.size() || !trimmed[level].isSpace())
        return 0;
    return level;
}

QString visible(QStringView trimmed)
{
    QStringView line = trimmed;
    // Block markers: blockquote, heading, list bullet.
    for (bool again = true; again && !line.isEmpty();) {
        again = false;
        if (line.front() == u'>') {
            line = line.sliced(1).trimmed();
            again = true;
        } else if (const int level = headingLevel(line)) {
            line = line.sliced(level).trimmed();
            again = true;
        } else if (line.size() > 1 && QStringView(u"-*+\u2022").contains(line.front())
                   && line[1].isSpace()) {
            line = line.sliced(2).trimmed();
            again = true;
        }
    }
    if (!mayHoldMarkup(line))
        return line.toString();

    static const QRegularExpression image = compile(uR"(!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)");
    static const QRegularExpression link = compile(uR"(\[([^\]]*)\]\([^)]*\))");
    static const QRegularExpression tag = compile(uR"(<[^<>]*>)");
    static const QRegularExpression url = compile(uR"(https?://[^\s)\]>]+)");
    static const QRegularExpression emphasis = compile(uR"(\*{1,}|(?<!\w)_{2,}|_{2,}(?!\w)|`+)");
    QString text = line.toString();
    if (text.contains(u'[') || text.contains(u'<')) {
        text.replace(image, QString());
        text.replace(link, QStringLiteral("\\1"));
        text.replace(tag, QString());
    }
    if (text.contains(u"://"))
        text.replace(url, QString());
    // "\*" is an escaped, literal asterisk ("\*头图来源"): keep it through the strip.
    text.replace(QStringLiteral("\\*"), QString(QChar(1)));
    // Two bold spans glued together ("**作者 | 甲****编辑**") are two words.
    static const QRegularExpression glue = compile(uR"((?<=\S)\*{4,}(?=\S))");
    text.replace(glue, QStringLiteral(" "));
    text.replace(emphasis, QString());
    text.replace(QChar(1), QChar(u'*'));
    return text.trimmed();
}

bool isEmphasisOnly(QStringView trimmed)
{
    return trimmed.size() > 4 && (trimmed.startsWith(u"**") || trimmed.startsWith(u"__"))
           && (trimmed.endsWith(u"**") || trimmed.endsWith(u"__"));
}

bool hasLink(QStringView trimmed)
{
    return trimmed.contains(u"](") || trimmed.contains(u"://");
}

bool hasImage(QStringView trimmed)
{
    return trimmed.contains(u"![") || trimmed.contains(u"<img", Qt::CaseInsensitive);
}

bool isLinkOnly(QStringView trimmed)
{
    if (!trimmed.contains(u"](") && !(trimmed.startsWith(u'<') && trimmed.contains(u"://")))
        return false;
    static const QRegularExpression pattern = compile(
        uR"(^(?:[#>*\-+\x{2022}|·•\s]*(?:!?\[(?:[^\[\]]|!?\[[^\]]*\]\([^)]*\))*\]\([^)]*\)|<https?://[^>]+>)[\s|·•,，、/>*]*)+$)");
    return pattern.match(trimmed).hasMatch();
}

} // namespace duizhao::LineText
