#pragma once

#include "Exporter.h"

#include <QStringList>

namespace duizhao {

// A spreadsheet of annotations, one row each: essay, title, block, quote, counterpart,
// tags, claim type, verdict, note, created, modified. UTF-8 with a BOM (so spreadsheet
// programs read Chinese correctly), CRLF line ends, RFC 4180 quoting.
class CsvExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;

    static QStringList header();

    // One RFC 4180 field. Quoted when it holds a comma, a double quote, CR or LF (quotes
    // doubled), or leading/trailing spaces. A field that a spreadsheet would run as a
    // formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe first:
    // scraped text must not become a live formula (CSV injection).
    //   a,b  →  "a,b";   say "hi"  →  "say ""hi""";   =1+1  →  '=1+1
    static QString field(const QString &value);
};

} // namespace duizhao
