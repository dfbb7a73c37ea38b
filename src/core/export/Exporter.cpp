#include "Exporter.h"

#include "CslJsonExporter.h"
#include "CsvExporter.h"
#include "HtmlExporter.h"
#include "MarkdownExporter.h"
#include "RefiQdaExporter.h"
#include "TmxExporter.h"
#include "WebAnnotationExporter.h"

namespace duizhao {

QStringList Exporter::textFormats()
{
    return {QStringLiteral("md"),      QStringLiteral("html"), QStringLiteral("json"),
            QStringLiteral("csv"),     QStringLiteral("qdpx"), QStringLiteral("tmx"),
            QStringLiteral("csl-json")};
}

std::unique_ptr<Exporter> Exporter::forTextFormat(QStringView name)
{
    if (name == u"md" || name == u"markdown")
        return std::make_unique<MarkdownExporter>();
    if (name == u"html")
        return std::make_unique<HtmlExporter>();
    if (name == u"json")
        return std::make_unique<WebAnnotationExporter>();
    if (name == u"csv")
        return std::make_unique<CsvExporter>();
    if (name == u"qdpx")
        return std::make_unique<RefiQdaExporter>();
    if (name == u"tmx")
        return std::make_unique<TmxExporter>();
    if (name == u"csl-json")
        return std::make_unique<CslJsonExporter>();
    return nullptr;
}

QString Exporter::fileExtension(QStringView name)
{
    if (name == u"markdown")
        return QStringLiteral("md");
    if (name == u"csl-json")
        return QStringLiteral("json");
    return name.toString();
}

} // namespace duizhao
