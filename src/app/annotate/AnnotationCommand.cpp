#include "AnnotationCommand.h"

#include "DatabaseError.h"
#include "Library.h"

#include <exception>

namespace duizhao {

AnnotationCommand::AnnotationCommand(Library *library, AnnotationEdit appliedEdit,
                                     const QString &text, Changed changed, Failed failed)
    : QUndoCommand(text)
    , m_library(library)
    , m_edit(std::move(appliedEdit))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void AnnotationCommand::redo()
{
    if (m_edit.isApplied())
        return; // the first redo, from QUndoStack::push: already done
    run([this] { m_edit.apply(*m_library); });
}

void AnnotationCommand::undo()
{
    run([this] { m_edit.revert(*m_library); });
}

void AnnotationCommand::run(const std::function<void()> &step)
{
    QString failure;
    try {
        step();
    } catch (const DatabaseError &error) {
        failure = error.message();
    } catch (const std::exception &error) {
        failure = QString::fromLocal8Bit(error.what());
    }
    if (!failure.isEmpty()) {
        setObsolete(true);
        m_failed(failure);
        return;
    }
    m_changed(m_edit.essayId(), m_edit.annotationId());
}

} // namespace duizhao
