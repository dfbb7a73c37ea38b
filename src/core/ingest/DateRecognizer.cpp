#include "DateRecognizer.h"

#include "CodePoints.h"
#include "ResidueRules.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

QRegularExpression compile(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

int monthFromName(QStringView name)
{
    static constexpr const char16_t *names[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.startsWith(QStringView(names[i]), Qt::CaseInsensitive))
            return i + 1;
    }
    return 0;
}

constexpr const char16_t *kMonthNames =
    uR"((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)";

// The year may follow a glued time ("12:332024/10/03"): a fixed-length look-behind
// for ":dd" lets it start right after the minutes.
const QRegularExpression &numericPattern()
{
    static const QRegularExpression pattern = compile(
        uR"((?:(?<=:\d\d)|(?<!\d))((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號]?)?|)"
        uR"([-/.](\d{1,2})[-/.](\d{1,2}))(?!\d))");
    return pattern;
}

const QRegularExpression &namedPattern()
{
    // "December 10, 2018", "Dec 10 2018", "February 2021", "10 Dec 2018".
    static const QRegularExpression pattern = [] {
        const QString month = QString::fromUtf16(kMonthNames);
        return QRegularExpression(QStringLiteral("\\b(") + month +
                                      QStringLiteral(")\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?"
                                                     "((?:19|20)\\d{2})\\b|\\b(\\d{1,2})\\s+(") +
                                      month + QStringLiteral(")\\s+((?:19|20)\\d{2})\\b"),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    }();
    return pattern;
}

} // namespace

DateRecognizer::Match DateRecognizer::find(QStringView line)
{
    Match result;
    // Cheap tell: every form has a year, so four digits in a row.
    int run = 0;
    bool hasYear = false;
    for (QChar c : line) {
        run = c.isDigit() ? run + 1 : 0;
        if (run >= 4) {
            hasYear = true;
            break;
        }
    }
    if (!hasYear)
        return result;

    const auto numeric = numericPattern().match(line);
    if (numeric.hasMatch()) {
        const int year = numeric.capturedView(1).toInt();
        const bool chinese = numeric.capturedLength(2) > 0;
        const int month = (chinese ? numeric.capturedView(2) : numeric.capturedView(4)).toInt();
        const QStringView dayText = chinese ? numeric.capturedView(3) : numeric.capturedView(5);
        if (month >= 1 && month <= 12) {
            const QDate date = dayText.isEmpty() ? QDate() : QDate(year, month, dayText.toInt());
            if (dayText.isEmpty() || date.isValid()) {
                result.date = date;
                result.year = year;
                result.month = month;
                result.start = numeric.capturedStart(0);
                result.end = numeric.capturedEnd(0);
                return result;
            }
        }
    }
    const auto named = namedPattern().match(line);
    if (named.hasMatch()) {
        const bool monthFirst = named.capturedLength(1) > 0;
        const int month = monthFromName(monthFirst ? named.capturedView(1) : named.capturedView(5));
        const int year = (monthFirst ? named.capturedView(3) : named.capturedView(6)).toInt();
        const QStringView dayText = monthFirst ? named.capturedView(2) : named.capturedView(4);
        const QDate date = dayText.isEmpty() ? QDate() : QDate(year, month, dayText.toInt());
        if (month > 0 && (dayText.isEmpty() || date.isValid())) {
            result.date = date;
            result.year = year;
            result.month = month;
            result.start = named.capturedStart(0);
            result.end = named.capturedEnd(0);
            return result;
        }
    }
    // A bare yyyyMMdd, alone on its line.
    static const QRegularExpression compact = compile(uR"(^((?:19|20)\d{2})(\d{2})(\d{2})$)");
    const auto bare = compact.match(line);
    if (bare.hasMatch()) {
        const QDate date(bare.capturedView(1).toInt(), bare.capturedView(2).toInt(),
                         bare.capturedView(3).toInt());
        if (date.isValid()) {
            result.date = date;
            result.year = date.year();
            result.month = date.month();
            result.start = 0;
            result.end = line.size();
        }
    }
    return result;
}

bool DateRecognizer::isDateLine(QStringView visible)
{
    if (visible.size() > 160 || codePointCount(visible) > 80)
        return false;
    const Match match = find(visible);
    if (!match.found())
        return false;
    static const QRegularExpression label = compile(
        uR"(^(?:[|•·\s]*)(?:发布时间|發佈時間|發布時間|发表时间|發表時間|更新时间|更新時間|时间|時間|日期|)"
        uR"(posted on|published(?: on)?|updated(?: on)?|last updated|date)?\s*[:\x{FF1A}]?\s*$)");
    if (!label.match(visible.first(match.start)).hasMatch())
        return false;
    // After the date: a time, then at most a short credit or counters.
    QStringView rest = visible.sliced(match.end);
    static const QRegularExpression time =
        compile(uR"(^\s*(?:at\s+)?(?:T|\s)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?)");
    const auto timeMatch = time.match(rest);
    if (timeMatch.hasMatch())
        rest = rest.sliced(timeMatch.capturedEnd(0));
    rest = trimmedScraped(rest);
    return codePointCount(rest) <= 30 && !ResidueRules::containsSentenceStop(rest) &&
           !rest.endsWith(u'。') && !rest.endsWith(u'.');
}

} // namespace duizhao
