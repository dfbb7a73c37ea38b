#include "Exporters.h"

#include "PdfExporter.h"

namespace duizhao::Exporters {

QStringList formats()
{
    return {QStringLiteral("md"),  QStringLiteral("html"),    QStringLiteral("pdf"),
            QStringLiteral("csv"), QStringLiteral("json"),    QStringLiteral("qdpx"),
            QStringLiteral("tmx"), QStringLiteral("csl-json")};
}

QString displayName(QStringView format)
{
    if (format == u"md")
        return QStringLiteral("Markdown");
    if (format == u"html")
        return QStringLiteral("HTML");
    if (format == u"pdf")
        return QStringLiteral("PDF");
    if (format == u"csv")
        return QStringLiteral("CSV (spreadsheet)");
    if (format == u"json")
        return QStringLiteral("W3C Web Annotation JSON");
    if (format == u"qdpx")
        return QStringLiteral("REFI-QDA project (QDA tools)");
    if (format == u"tmx")
        return QStringLiteral("TMX translation memory");
    if (format == u"csl-json")
        return QStringLiteral("CSL-JSON (Zotero)");
    return format.toString();
}

QString fileExtension(QStringView format)
{
    return Exporter::fileExtension(format);
}

std::unique_ptr<Exporter> create(QStringView format)
{
    if (format == u"pdf")
        return std::make_unique<PdfExporter>();
    return Exporter::forTextFormat(format);
}

} // namespace duizhao::Exporters
