#include "Exporter.h"

#include "CsvExporter.h"
#include "HtmlExporter.h"
#include "MarkdownExporter.h"
#include "WebAnnotationExporter.h"

namespace duizhao {

QStringList Exporter::textFormats()
{
    return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"),
            QStringLiteral("csv")};
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
    return nullptr;
}

} // namespace duizhao
