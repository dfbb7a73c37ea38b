#pragma once

#include "AnnotationEdit.h"

#include <QUndoCommand>

#include <functional>

namespace duizhao {

class Library;

// An AnnotationEdit on the window's QUndoStack. The edit is applied once before the
// command is pushed (so a refused edit never reaches the stack); redo() after that and
// undo() apply and revert it against the library, then call `changed` so the views
// re-read. A failure while undoing or redoing (the library became unwritable) is
// passed to `failed`, and the command is made obsolete.
class AnnotationCommand : public QUndoCommand
{
public:
    using Changed = std::function<void(qint64 essayId, qint64 annotationId)>;
    using Failed = std::function<void(const QString &reason)>;

    AnnotationCommand(Library *library, AnnotationEdit appliedEdit, const QString &text,
                      Changed changed, Failed failed);

    void undo() override;
    void redo() override;

    const AnnotationEdit &edit() const { return m_edit; }

private:
    // Runs an apply or revert; on failure the command is obsolete and `failed` hears why.
    void run(const std::function<void()> &step);

    Library *m_library;
    AnnotationEdit m_edit;
    Changed m_changed;
    Failed m_failed;
};

} // namespace duizhao
