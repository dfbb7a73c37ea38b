#pragma once

#include "Essay.h"
#include "Reanchorer.h"
#include "WebAnnotationReader.h"

#include <QHash>
#include <QList>

namespace duizhao {

class Library;

// Places imported annotations (WebAnnotationReader) into the library's essays.
//
// Which essay: the one whose file has the target's SHA-256 (the same bytes: the anchor
// is found exactly), else the one at the target's file path (a re-scraped file: the
// anchor is re-found by Reanchorer), else — when neither names an essay — the one essay
// whose text holds the quote exactly (a quote found in several essays is not guessed,
// unless one of them already has this very annotation: then it is "present").
// Where in it: Reanchorer, from the exported block and position.
//
// Never duplicates: an annotation already in the essay at the same block, start and end
// with the same quote is "present" and skipped, whether it was there before or came
// earlier in the same file. What cannot be placed is reported with a reason and left
// out; nothing already in the library changes.
class AnnotationImporter
{
public:
    enum class Status { Placed, Present, Unplaced };
    struct Outcome {
        Status status = Status::Unplaced;
        qint64 essayId = 0;
        qint64 annotationId = 0; // the new (Placed) or existing (Present) annotation
        Anchor anchor;           // where it went; the file's anchor when unplaced
        QString source;
        QString reason; // for Unplaced
    };

    explicit AnnotationImporter(Library &library);

    QList<Outcome> run(const QList<WebAnnotationReader::Item> &items);
    Outcome place(const WebAnnotationReader::Item &item);

private:
    const Essay &essay(qint64 id);
    QList<qint64> candidates(const WebAnnotationReader::Item &item);
    // The id of an annotation of the essay at exactly this anchor; 0 for none.
    qint64 existingAnnotation(qint64 essayId, const Anchor &anchor);

    Library &m_library;
    QList<EssayDetails> m_summaries;
    QHash<qint64, Essay> m_loaded;
    QHash<qint64, QList<Annotation>> m_existing;
};

} // namespace duizhao
