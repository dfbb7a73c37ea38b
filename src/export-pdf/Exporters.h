#pragma once

#include "Exporter.h"

#include <QStringList>

#include <memory>

namespace duizhao {

// Every export format, PDF included: what the CLI's --format and the GUI's format
// chooser offer. Core's Exporter::forTextFormat covers the formats that need no QtGui.
namespace Exporters {

// "md", "html", "pdf", "csv", "json", "qdpx", "tmx", "csl-json", in the order a chooser
// lists them.
QStringList formats();
// A name for people ("Markdown", "W3C Web Annotation JSON", …).
QString displayName(QStringView format);
// The file name extension, without the dot ("json" for csl-json).
QString fileExtension(QStringView format);
// nullptr for an unknown format.
std::unique_ptr<Exporter> create(QStringView format);

} // namespace Exporters
} // namespace duizhao
