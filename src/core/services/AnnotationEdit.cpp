#include "AnnotationEdit.h"

#include "Library.h"

#include <stdexcept>

namespace duizhao {

AnnotationEdit::AnnotationEdit(Kind kind, Annotation request)
    : m_kind(kind)
    , m_request(std::move(request))
{}

AnnotationEdit AnnotationEdit::create(Annotation annotation)
{
    annotation.id = 0;
    return AnnotationEdit(Kind::Create, std::move(annotation));
}

AnnotationEdit AnnotationEdit::change(Annotation changed)
{
    return AnnotationEdit(Kind::Change, std::move(changed));
}

AnnotationEdit AnnotationEdit::remove(qint64 annotationId)
{
    Annotation request;
    request.id = annotationId;
    return AnnotationEdit(Kind::Remove, request);
}

qint64 AnnotationEdit::annotationId() const
{
    if (m_after)
        return m_after->id;
    if (m_before)
        return m_before->id;
    return m_request.id;
}

qint64 AnnotationEdit::essayId() const
{
    if (m_after)
        return m_after->essayId;
    if (m_before)
        return m_before->essayId;
    return m_request.essayId;
}

void AnnotationEdit::apply(Library &library)
{
    if (m_applied)
        return;
    const bool first = !m_before && !m_after;
    switch (m_kind) {
    case Kind::Create:
        if (first) {
            const qint64 id = library.annotations().add(m_request);
            m_after = library.annotations().find(id);
        } else {
            library.annotations().restore(*m_after);
        }
        break;
    case Kind::Change:
        if (first) {
            m_before = library.annotations().find(m_request.id);
            if (!m_before)
                throw std::invalid_argument("no such annotation");
            try {
                library.annotations().update(m_request);
            } catch (...) {
                m_before.reset();
                throw;
            }
            m_after = library.annotations().find(m_request.id);
        } else {
            library.annotations().restore(*m_after);
        }
        break;
    case Kind::Remove:
        if (first) {
            m_before = library.annotations().remove(m_request.id);
            if (!m_before)
                throw std::invalid_argument("no such annotation");
        } else {
            library.annotations().remove(m_before->id);
        }
        break;
    }
    m_applied = true;
}

void AnnotationEdit::revert(Library &library)
{
    if (!m_applied)
        return;
    switch (m_kind) {
    case Kind::Create:
        library.annotations().remove(m_after->id);
        break;
    case Kind::Change:
    case Kind::Remove:
        library.annotations().restore(*m_before);
        break;
    }
    m_applied = false;
}

} // namespace duizhao
