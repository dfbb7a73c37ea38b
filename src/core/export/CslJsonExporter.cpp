#include "CslJsonExporter.h"

#include "CitationKey.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace duizhao {

namespace {

bool hasHan(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

QJsonObject name(const QString &written)
{
    const QString text = written.simplified();
    if (hasHan(text) || (!text.contains(u' ') && !text.contains(u',')))
        return {{QStringLiteral("literal"), text}};
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0) {
        return {{QStringLiteral("family"), text.left(comma).trimmed()},
                {QStringLiteral("given"), text.mid(comma + 1).trimmed()}};
    }
    const qsizetype space = text.lastIndexOf(u' ');
    return {{QStringLiteral("family"), text.mid(space + 1)},
            {QStringLiteral("given"), text.left(space)}};
}

QString language(const Essay &essay)
{
    for (const Block &block : essay.blocks) {
        if (block.kind == BlockKind::Title && block.language != Language::Undetermined)
            return languageTag(block.language);
    }
    return essay.languages.isEmpty() ? QString() : languageTag(essay.languages.front());
}

QString type(const Essay &essay)
{
    if (!essay.outlet.trimmed().isEmpty())
        return QStringLiteral("article-newspaper");
    if (!essay.url.trimmed().isEmpty())
        return QStringLiteral("post-weblog");
    return QStringLiteral("article");
}

} // namespace

QJsonArray CslJsonExporter::names(const QString &byline)
{
    QString text = byline.simplified();
    static const QRegularExpression by(QStringLiteral("^by\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    static const QRegularExpression separators(
        QStringLiteral("\\s+and\\s+|\\s*&\\s*|\\s*;\\s*|\\s*[\u3001\uFF0C\uFF1B]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    // "A B, C D and E F": a comma between full names lists them; "Doe, Jane" (one word
    // before the comma) is one name written family first.
    QStringList split;
    for (const QString &part : std::as_const(parts)) {
        const QStringList pieces = part.split(u',', Qt::SkipEmptyParts);
        bool list = pieces.size() > 1;
        for (const QString &piece : pieces) {
            if (!piece.trimmed().contains(u' ') && !hasHan(piece))
                list = false;
        }
        if (list || hasHan(part)) {
            for (const QString &piece : pieces)
                split << piece.trimmed();
        } else {
            split << part.trimmed();
        }
    }
    QJsonArray out;
    for (const QString &one : std::as_const(split)) {
        if (!one.isEmpty())
            out.append(name(one));
    }
    return out;
}

QJsonObject CslJsonExporter::date(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression parts(QStringLiteral(
        "^(\\d{4})(?:\\s*[-/.\u5E74]\\s*(\\d{1,2})(?:\\s*[-/.\u6708]\\s*(\\d{1,2})\\s*\u65E5?)?"
        "\\s*\u6708?)?\\s*\u5E74?$"));
    const QRegularExpressionMatch match = parts.match(trimmed);
    if (!match.hasMatch())
        return {{QStringLiteral("raw"), trimmed}};
    QJsonArray dateParts{match.captured(1).toInt()};
    for (int group : {2, 3}) {
        if (match.captured(group).isEmpty())
            break;
        const int value = match.captured(group).toInt();
        if (value < 1 || value > (group == 2 ? 12 : 31))
            return {{QStringLiteral("raw"), trimmed}};
        dateParts.append(value);
    }
    return {{QStringLiteral("date-parts"), QJsonArray{dateParts}}};
}

QJsonObject CslJsonExporter::item(const Essay &essay)
{
    QJsonObject object{
        {QStringLiteral("id"), CitationKey::of(essay)},
        {QStringLiteral("type"), type(essay)},
        {QStringLiteral("title"), essay.title},
    };
    const QJsonArray authors = names(essay.author);
    if (!authors.isEmpty())
        object.insert(QStringLiteral("author"), authors);
    if (!essay.outlet.trimmed().isEmpty())
        object.insert(QStringLiteral("container-title"), essay.outlet.trimmed());
    const QJsonObject issued = date(essay.date);
    if (!issued.isEmpty())
        object.insert(QStringLiteral("issued"), issued);
    if (!essay.url.trimmed().isEmpty())
        object.insert(QStringLiteral("URL"), essay.url.trimmed());
    const QString lang = language(essay);
    if (!lang.isEmpty())
        object.insert(QStringLiteral("language"), lang);
    return object;
}

QByteArray CslJsonExporter::write(const ExportSet &set) const
{
    QJsonArray items;
    for (const ExportedEssay &exported : set.essays)
        items.append(item(exported.essay));
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace duizhao
