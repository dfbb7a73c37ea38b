#pragma once

#include "Exporter.h"

#include <QHash>
#include <QString>

#include <memory>

class QTextDocument;

namespace duizhao {

// The annotated essays as a printable PDF with real, searchable text: for each essay its
// title and metadata, the clean text with highlights in the annotation colours and
// footnote numbers (English and Chinese side by side in a two-column table for bilingual
// essays), then the notes. Built as a QTextDocument and printed with QPdfWriter; fonts
// are embedded (subset) by Qt, with Noto CJK preferred for Chinese.
//
// Needs a QGuiApplication (see createGuiApplication); without one write() throws
// std::runtime_error.
class PdfExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;

    // The document write() prints, for previews and tests.
    static std::unique_ptr<QTextDocument> document(const ExportSet &set);

    // For the text of `document`: each radical code point whose glyph, in the fonts the
    // document uses, is the glyph of an ideograph the text holds → that ideograph.
    // See PdfToUnicodeRepair for why.
    static QHash<char16_t, char16_t> radicalReplacements(const QTextDocument &document);
};

} // namespace duizhao
