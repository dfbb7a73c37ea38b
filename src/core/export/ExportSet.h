#pragma once

#include "Annotation.h"
#include "Essay.h"
#include "Tag.h"

#include <QList>

namespace duizhao {

// One essay as an export writes it: the record in full (blocks and pairs, so exporters
// can quote the text and find counterparts) with the annotations chosen for it.
struct ExportedEssay {
    Essay essay;
    QList<Annotation> annotations; // in text order (block, start, id)
};

// Everything one export writes, already selected (see ExportSelection). Exporters only
// format it: they never read the library and never look at the clock, so the same set
// always gives the same bytes.
struct ExportSet {
    QList<ExportedEssay> essays;
    bool claimsOnly = false; // only claims were chosen; said in the document's header
    bool notesOnly = false;  // HTML and PDF: the notes without the essay text
    // The library's tag codebook, whole (names, colours, parents): formats that carry a
    // codebook (REFI-QDA) write it; the others go by the annotations' tag names.
    QList<Tag> codebook;
};

} // namespace duizhao
