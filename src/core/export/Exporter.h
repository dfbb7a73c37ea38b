#pragma once

#include "ExportSet.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace duizhao {

// One export format. An exporter turns an ExportSet into the bytes of one file; the
// caller decides where they go (QSaveFile in the CLI, a preview in the GUI).
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual QByteArray write(const ExportSet &set) const = 0;
    // Bytes that are not text (a ZIP): a preview says what they hold instead of showing
    // them.
    virtual bool isBinary() const { return false; }

    // The formats core can write without QtGui: "md", "html", "json", "csv", "qdpx",
    // "tmx", "csl-json". PDF needs
    // fonts and a paint engine and lives in duizhao-export-pdf (PdfExporter).
    static QStringList textFormats();
    // nullptr for an unknown name (and for "pdf").
    static std::unique_ptr<Exporter> forTextFormat(QStringView name);
    // The file name extension of a format, without the dot: "md", "json" for csl-json.
    static QString fileExtension(QStringView name);
};

} // namespace duizhao
