#pragma once

#include "Exporter.h"

namespace duizhao {

// One self-contained, printable HTML file: inline CSS, no scripts, no external
// resources (a Content-Security-Policy forbids them too). Per essay: title and metadata,
// the essay's clean text with highlights in the annotation colours and numbered footnote
// marks (English and Chinese side by side in a table for bilingual essays), then the
// notes as footnotes with quote, counterpart, note, tags, claim and verdict. With
// ExportSet::notesOnly the essay text is left out and the notes stand alone.
//
// Every piece of essay text, note, tag, claim type and metadata goes through
// QString::toHtmlEscaped; colours are used only when they are #RRGGBB.
class HtmlExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;
};

} // namespace duizhao
