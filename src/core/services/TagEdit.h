#pragma once

#include "LibraryEdit.h"

#include "Annotation.h"
#include "Tag.h"

#include <QList>

#include <memory>
#include <optional>

namespace duizhao {

// An undoable change to the tag codebook (store/TagCodebook): create, change (rename,
// colour, description, parent: "set"), merge, delete.
//
// Undoing a merge or a delete puts the tag back with its id, name, colour, description
// and parent, its child tags back under it, the merge target's parent as it was, and the
// annotations that carried it exactly as they were (tags, modification time), so that
// each annotation's taggings are what they were before. Redo runs the operation again.
class TagEdit : public LibraryEdit
{
public:
    static std::unique_ptr<TagEdit> create(Tag tag);
    // `changed.id` names the tag.
    static std::unique_ptr<TagEdit> change(Tag changed);
    static std::unique_ptr<TagEdit> merge(qint64 from, qint64 into);
    static std::unique_ptr<TagEdit> remove(qint64 tagId, TagDeletion policy);

    // The tag created or changed (0 before a create is applied).
    qint64 tagId() const { return m_tag.id; }
    // Annotations that carried the merged or deleted tag.
    int annotationsAffected() const { return int(m_annotationsBefore.size()); }

protected:
    void doApply(Library &library, bool first) override;
    void doRevert(Library &library) override;

private:
    enum class Kind { Create, Change, Merge, Remove };

    explicit TagEdit(Kind kind);
    // Records the tag, its children and its annotations, before a merge or delete.
    void recordRemoval(Library &library, qint64 tagId);

    Kind m_kind;
    Tag m_tag;         // create / change: the request (create: id once applied)
    qint64 m_into = 0; // merge target
    TagDeletion m_policy = TagDeletion::RefuseWhenUsed;
    // Recorded by the first apply
    std::optional<Tag> m_before; // change, merge, remove: the tag as it was
    std::optional<Tag> m_intoBefore;
    QList<qint64> m_children;
    QList<Annotation> m_annotationsBefore;
};

} // namespace duizhao
