#pragma once

#include "Annotation.h"

#include <optional>

namespace duizhao {

class Library;

// One undoable change to the library's annotations, as a value: the request, and once
// applied, the annotation before and after. apply() makes the change, revert() undoes
// it, and the two may alternate any number of times (undo, redo, undo, ...). The GUI
// wraps these in QUndoCommands; the CLI and tests use them directly.
//
// The first apply() goes through the library's validating calls (addAnnotation,
// updateAnnotation, removeAnnotation) and records snapshots; later applies and every
// revert write those snapshots back exactly (Library::restoreAnnotation), so an undone
// re-attachment is orphaned again and an undone delete has its id, dates and tags.
//
// Errors (an invalid annotation, one that no longer exists) throw std::invalid_argument
// from apply() and leave the edit unapplied.
class AnnotationEdit
{
public:
    enum class Kind { Create, Change, Remove };

    static AnnotationEdit create(Annotation annotation);
    // `changed.id` names the annotation; a different anchor re-attaches it.
    static AnnotationEdit change(Annotation changed);
    static AnnotationEdit remove(qint64 annotationId);

    void apply(Library &library);
    void revert(Library &library);

    Kind kind() const { return m_kind; }
    bool isApplied() const { return m_applied; }
    // 0 for a create that was never applied.
    qint64 annotationId() const;
    qint64 essayId() const;
    const std::optional<Annotation> &before() const { return m_before; }
    const std::optional<Annotation> &after() const { return m_after; }

private:
    AnnotationEdit(Kind kind, Annotation request);

    Kind m_kind;
    Annotation m_request;
    std::optional<Annotation> m_before;
    std::optional<Annotation> m_after;
    bool m_applied = false;
};

} // namespace duizhao
