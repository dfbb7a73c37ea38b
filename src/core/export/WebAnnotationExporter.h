#pragma once

#include "Exporter.h"

#include <QJsonObject>

namespace duizhao {

// Annotations as the W3C Web Annotation Data Model: an AnnotationCollection whose first
// (and only) AnnotationPage holds one Annotation per annotation. Each Annotation has
//  - target[0]: the essay file (source: file URI, duizhao:sha256 of the file) with a
//    TextQuoteSelector (exact, prefix, suffix) and a duizhao:BlockSelector (block index)
//    refined by a TextPositionSelector (start, end: code points of the block's text);
//  - target[1] for bilingual annotations: the counterpart block (duizhao:role
//    "counterpart"), refined by the user's counterpart selection when there is one;
//  - body: a TextualBody note (purpose commenting, format text/markdown) and one
//    TextualBody per tag (purpose tagging);
//  - duizhao:claimType, duizhao:verdict, duizhao:color, duizhao:orphaned.
// The extension is documented in docs/export.md; WebAnnotationReader reads it back.
class WebAnnotationExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;

    // One Annotation (without @context), as it appears in the collection.
    static QJsonObject annotation(const Essay &essay, const Annotation &annotation);
};

} // namespace duizhao
