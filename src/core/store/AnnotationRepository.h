#pragma once

#include "Annotation.h"
#include "Block.h"
#include "Essay.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace duizhao {

class Database;
class EssayCatalog;

// Annotations: highlights, notes and claims anchored in an essay's blocks. Every change
// is committed at once. Invalid input (unknown essay, a block or span that does not
// exist, an anchor whose quote is not the text at its position, an unknown verdict)
// throws std::invalid_argument. Nothing here deletes an annotation but remove(), on the
// user's explicit request.
class AnnotationRepository
{
public:
    AnnotationRepository(Database &db, EssayCatalog &catalog);

    // Adds and returns the new id. Tags are created in the codebook as needed. When the
    // block is in a pair and no counterpart is given, the pair's other side is recorded.
    // Valid created/modified dates are kept (an imported annotation keeps its history);
    // invalid ones become now.
    qint64 add(Annotation annotation);
    // Note, colour, tags, claim type, verdict, counterpart. A new anchor position — or,
    // for an orphaned annotation, `orphaned` set to false — re-attaches it there (quote
    // and context taken from the text at that position).
    void update(const Annotation &annotation);
    // Deletes on the user's explicit request and returns what was deleted, so an undo
    // can put it back with restore (same id, same dates).
    std::optional<Annotation> remove(qint64 id);
    // Writes the annotation exactly as given (id, anchor, orphaned flag, dates, tags),
    // replacing one with the same id if there is one: undo and redo put back snapshots.
    void restore(const Annotation &annotation);
    std::optional<Annotation> find(qint64 id);
    // An essay's annotations (0: the whole library's) in text order.
    QList<Annotation> ofEssay(qint64 essayId = 0);

    // After an update of the essay's content: finds every annotation of the essay again
    // in the new blocks (Reanchorer); one not found is kept, orphaned.
    void reanchor(qint64 essayId, const QList<Block> &blocks);

private:
    void validate(Annotation &annotation, const Essay &essay);
    void writeTags(qint64 annotationId, const QStringList &tags);

    Database &m_db;
    EssayCatalog &m_catalog;
};

} // namespace duizhao
