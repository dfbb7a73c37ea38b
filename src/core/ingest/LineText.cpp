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
        if (u == u'[' || u == u'<' || u == u'*' || u == u'`' || u == u'_' || u == u'\\' ||
            u == u':')
            return true;
    }
    return false;
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
    QString storage;
    return visibleView(trimmed, storage).toString();
}

QStringView visibleView(QStringView trimmed, QString &storage)
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
        } else if (line.size() > 1 && QStringView(u"-*+\u2022").contains(line.front()) &&
                   line[1].isSpace()) {
            line = line.sliced(2).trimmed();
            again = true;
        }
    }
    if (!mayHoldMarkup(line))
        return line; // most lines: a view of the line itself, nothing copied

    static const QRegularExpression image = compile(uR"(!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)");
    static const QRegularExpression link = compile(uR"(\[([^\]]*)\]\([^)]*\))");
    static const QRegularExpression tag = compile(uR"(<[^<>]*>)");
    static const QRegularExpression url = compile(uR"(https?://[^\s)\]>]+)");
    static const QRegularExpression emphasis = compile(uR"(\*{1,}|(?<!\w)_{2,}|_{2,}(?!\w)|`+)");
    // Each strip runs only when its tell is in the line: most lines need none of them.
    bool bracket = false, angle = false, star = false, underscore = false, tick = false;
    bool backslash = false, colon = false;
    for (QChar c : line) {
        switch (c.unicode()) {
        case u'[':
            bracket = true;
            break;
        case u'<':
            angle = true;
            break;
        case u'*':
            star = true;
            break;
        case u'_':
            underscore = true;
            break;
        case u'`':
            tick = true;
            break;
        case u'\\':
            backslash = true;
            break;
        case u':':
            colon = true;
            break;
        default:
            break;
        }
    }
    QString text = line.toString();
    if (bracket || angle) {
        text.replace(image, QString());
        text.replace(link, QStringLiteral("\\1"));
        if (angle)
            text.replace(tag, QString());
    }
    if (colon && text.contains(u"://"))
        text.replace(url, QString());
    if (star || underscore || tick) {
        // "\*" is an escaped, literal asterisk ("\*头图来源"): keep it through the strip.
        if (backslash)
            text.replace(QStringLiteral("\\*"), QString(QChar(1)));
        // Two bold spans glued together ("**作者 | 甲****编辑**") are two words.
        static const QRegularExpression glue = compile(uR"((?<=\S)\*{4,}(?=\S))");
        if (star)
            text.replace(glue, QStringLiteral(" "));
        text.replace(emphasis, QString());
        if (backslash)
            text.replace(QChar(1), QChar(u'*'));
    }
    storage = text.trimmed();
    return storage;
}

bool isEmphasisOnly(QStringView trimmed)
{
    return trimmed.size() > 4 && (trimmed.startsWith(u"**") || trimmed.startsWith(u"__")) &&
           (trimmed.endsWith(u"**") || trimmed.endsWith(u"__"));
}

// One pass over the line for both tells (QStringView::contains of a string is a search
// per call; lines of body text are long).
bool hasLink(QStringView trimmed)
{
    const qsizetype size = trimmed.size();
    for (qsizetype i = 0; i + 1 < size; ++i) {
        const QChar c = trimmed[i];
        if ((c == u']' && trimmed[i + 1] == u'(') ||
            (c == u':' && i + 2 < size && trimmed[i + 1] == u'/' && trimmed[i + 2] == u'/'))
            return true;
    }
    return false;
}

bool hasImage(QStringView trimmed)
{
    const qsizetype size = trimmed.size();
    for (qsizetype i = 0; i + 1 < size; ++i) {
        const QChar c = trimmed[i];
        if (c == u'!' && trimmed[i + 1] == u'[')
            return true;
        if (c == u'<' && i + 3 < size && (trimmed[i + 1] == u'i' || trimmed[i + 1] == u'I') &&
            trimmed.sliced(i + 1, 3).compare(u"img", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
