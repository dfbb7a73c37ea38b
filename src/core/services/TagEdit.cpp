#include "TagEdit.h"

#include "Library.h"

#include <stdexcept>

namespace duizhao {

TagEdit::TagEdit(Kind kind)
    : m_kind(kind)
{}

std::unique_ptr<TagEdit> TagEdit::create(Tag tag)
{
    std::unique_ptr<TagEdit> edit(new TagEdit(Kind::Create));
    tag.id = 0;
    edit->m_tag = std::move(tag);
    return edit;
}

std::unique_ptr<TagEdit> TagEdit::change(Tag changed)
{
    std::unique_ptr<TagEdit> edit(new TagEdit(Kind::Change));
    edit->m_tag = std::move(changed);
    return edit;
}

std::unique_ptr<TagEdit> TagEdit::merge(qint64 from, qint64 into)
{
    std::unique_ptr<TagEdit> edit(new TagEdit(Kind::Merge));
    edit->m_tag.id = from;
    edit->m_into = into;
    return edit;
}

std::unique_ptr<TagEdit> TagEdit::remove(qint64 tagId, TagDeletion policy)
{
    std::unique_ptr<TagEdit> edit(new TagEdit(Kind::Remove));
    edit->m_tag.id = tagId;
    edit->m_policy = policy;
    return edit;
}

void TagEdit::recordRemoval(Library &library, qint64 tagId)
{
    TagCodebook &tags = library.tags();
    m_before = tags.find(tagId);
    if (!m_before)
        throw std::invalid_argument("no such tag");
    m_children = tags.children(tagId);
    m_annotationsBefore.clear();
    for (qint64 annotationId : tags.annotationsTagged(tagId)) {
        if (std::optional<Annotation> annotation = library.annotations().find(annotationId))
            m_annotationsBefore << *annotation;
    }
}

void TagEdit::doApply(Library &library, bool first)
{
    TagCodebook &tags = library.tags();
    switch (m_kind) {
    case Kind::Create:
        if (first)
            m_tag.id = tags.create(m_tag);
        else
            tags.restore(m_tag);
        if (first)
            m_tag = tags.find(m_tag.id).value_or(m_tag); // as stored (trimmed name)
        break;
    case Kind::Change:
        if (first) {
            m_before = tags.find(m_tag.id);
            if (!m_before)
                throw std::invalid_argument("no such tag");
        }
        tags.update(m_tag);
        break;
    case Kind::Merge:
        if (first) {
            recordRemoval(library, m_tag.id);
            m_intoBefore = tags.find(m_into);
            if (!m_intoBefore)
                throw std::invalid_argument("no such tag");
        }
        tags.merge(m_tag.id, m_into);
        break;
    case Kind::Remove:
        if (first)
            recordRemoval(library, m_tag.id);
        tags.remove(m_tag.id, m_policy);
        break;
    }
}

void TagEdit::doRevert(Library &library)
{
    TagCodebook &tags = library.tags();
    switch (m_kind) {
    case Kind::Create:
        // Only this edit's own tag: one an annotation has taken since is refused.
        tags.remove(m_tag.id, TagDeletion::RefuseWhenUsed);
        break;
    case Kind::Change:
        tags.restore(*m_before);
        break;
    case Kind::Merge:
    case Kind::Remove:
        tags.restore(*m_before);
        if (m_intoBefore)
            tags.setParent(m_intoBefore->id, m_intoBefore->parentId);
        for (qint64 child : std::as_const(m_children))
            tags.setParent(child, m_before->id);
        // Each annotation as it was: its tags (the restored one among them, a merge
        // target it did not have gone again) and its modification time.
        for (const Annotation &annotation : std::as_const(m_annotationsBefore))
            library.annotations().restore(annotation);
        break;
    }
}

} // namespace duizhao
