#pragma once

#include "Exporter.h"

namespace duizhao {

// Notes as Markdown for Obsidian, Zettelkasten tools and reports. One essay: YAML front
// matter (title, author, outlet, date, url, source file, sha256, languages, tags) and
// its notes. Several essays: the front matter describes the export, and each essay gets
// a "# title" heading with the same fields in a ```yaml block (front matter is only
// front matter at the top of a file). Per annotation: the quote as a blockquote, the
// counterpart right under it in the same blockquote, the note, #tags, claim type and
// verdict, dates. Essay text is escaped (MarkdownText::escape); notes stay Markdown.
class MarkdownExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;
};

} // namespace duizhao
