#include "AnnotationCommand.h"

#include "store/DatabaseError.h"
#include "store/Library.h"

#include <exception>

namespace duizhao {

AnnotationCommand::AnnotationCommand(Library *library, AnnotationEdit appliedEdit, const QString &text,
                                     Changed changed, Failed failed)
    : QUndoCommand(text)
    , m_library(library)
    , m_edit(std::move(appliedEdit))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
}

void AnnotationCommand::redo()
{
    if (m_edit.isApplied())
        return; // the first redo, from QUndoStack::push: already done
    try {
        m_edit.apply(*m_library);
    } catch (const DatabaseError &error) {
        setObsolete(true);
        m_failed(error.message());
        return;
    } catch (const std::exception &error) {
        setObsolete(true);
        m_failed(QString::fromLocal8Bit(error.what()));
        return;
    }
    m_changed(m_edit.essayId(), m_edit.annotationId());
}

void AnnotationCommand::undo()
{
    try {
        m_edit.revert(*m_library);
    } catch (const DatabaseError &error) {
        setObsolete(true);
        m_failed(error.message());
        return;
    } catch (const std::exception &error) {
        setObsolete(true);
        m_failed(QString::fromLocal8Bit(error.what()));
        return;
    }
    m_changed(m_edit.essayId(), m_edit.annotationId());
}

} // namespace duizhao
