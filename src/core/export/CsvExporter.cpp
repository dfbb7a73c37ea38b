#include "CsvExporter.h"

#include "ExportText.h"

namespace duizhao {

QStringList CsvExporter::header()
{
    return {QStringLiteral("essay"),      QStringLiteral("title"),       QStringLiteral("block"),
            QStringLiteral("quote"),      QStringLiteral("counterpart"), QStringLiteral("tags"),
            QStringLiteral("claim type"), QStringLiteral("verdict"),     QStringLiteral("note"),
            QStringLiteral("created"),    QStringLiteral("modified")};
}

QString CsvExporter::field(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            text.prepend(u'\'');
    }
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QByteArray CsvExporter::write(const ExportSet &set) const
{
    const auto line = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &value : fields)
            quoted << field(value);
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    QString out = line(header());
    for (const ExportedEssay &exported : set.essays) {
        const Essay &essay = exported.essay;
        for (const Annotation &annotation : exported.annotations) {
            out += line(
                {QString::number(essay.id), essay.title, QString::number(annotation.anchor.block),
                 annotation.anchor.quote, ExportText::counterpartText(essay, annotation),
                 annotation.tags.join(QStringLiteral("; ")), annotation.claimType,
                 annotation.verdict, annotation.note, ExportText::timestamp(annotation.created),
                 ExportText::timestamp(annotation.modified)});
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace duizhao
