#include "LibraryCommand.h"

#include "UndoStep.h"

#include "DatabaseError.h"
#include "Library.h"

#include <exception>

namespace duizhao {

LibraryCommand::LibraryCommand(Library *library, std::unique_ptr<LibraryEdit> appliedEdit,
                               const QString &text, Changed changed, Failed failed)
    : QUndoCommand(text)
    , m_library(library)
    , m_edit(std::move(appliedEdit))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void LibraryCommand::redo()
{
    if (m_edit->isApplied())
        return; // the first redo, from QUndoStack::push: already done
    run([this] { m_edit->apply(*m_library); });
}

void LibraryCommand::undo()
{
    run([this] { m_edit->revert(*m_library); });
}

void LibraryCommand::run(const std::function<void()> &step)
{
    const QString failure = failureOfUndoStep(step);
    if (!failure.isEmpty()) {
        setObsolete(true);
        m_failed(failure);
        return;
    }
    m_changed(m_edit->essayId());
}

} // namespace duizhao
