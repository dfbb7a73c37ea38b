#pragma once

#include "LibraryEdit.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace duizhao {

class Library;

// A LibraryEdit (a correction, a codebook change, a structure rule) on the library's
// undo stack, beside the AnnotationCommands. As with those, the edit is applied once
// before the command is pushed (a refused edit never reaches the stack); redo() after
// that and undo() apply and revert it, then call `changed` so the window re-reads. A
// failure while undoing or redoing (the library became unwritable, the essay is gone)
// is passed to `failed`, and the command is made obsolete.
class LibraryCommand : public QUndoCommand
{
public:
    using Changed = std::function<void(qint64 essayId)>;
    using Failed = std::function<void(const QString &reason)>;

    LibraryCommand(Library *library, std::unique_ptr<LibraryEdit> appliedEdit, const QString &text,
                   Changed changed, Failed failed);

    void undo() override;
    void redo() override;

    const LibraryEdit &edit() const { return *m_edit; }

private:
    void run(const std::function<void()> &step);

    Library *m_library;
    std::unique_ptr<LibraryEdit> m_edit;
    Changed m_changed;
    Failed m_failed;
};

// How a dialog hands an edit to the window: applied, put on the undo stack, views
// re-read; false (and the reason shown) when refused.
using EditPerformer = std::function<bool(std::unique_ptr<LibraryEdit> edit, const QString &text)>;

} // namespace duizhao
