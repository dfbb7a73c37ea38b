#pragma once

#include "Tag.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

class Database;

// The tag codebook. Names are trimmed, non-empty and unique regardless of case; colours
// are "#rrggbb" or empty; a parent must exist and must not be the tag itself or one of
// its descendants. Invalid input throws std::invalid_argument and writes nothing. No
// operation here deletes an annotation.
class TagCodebook
{
public:
    explicit TagCodebook(Database &db);

    // Every tag, by name, with its usage count.
    QList<Tag> all();
    // Every tag's name, sorted regardless of case (for completion).
    QStringList names();
    std::optional<Tag> find(qint64 id);
    std::optional<Tag> named(const QString &name);
    qint64 create(Tag tag);
    // Rename (refused when another tag has the name; a change of case is a rename),
    // colour, description, parent.
    void update(const Tag &tag);
    // Merges `from` into `into`: every annotation tagged `from` is tagged `into`, `from`
    // is deleted and its child tags move under `into`. Returns the number of annotations
    // that carried `from`.
    int merge(qint64 from, qint64 into);
    // Deletes a tag; child tags move up to its parent. With RefuseWhenUsed and
    // annotations carrying it, throws std::invalid_argument (nothing deleted); with
    // RemoveFromAnnotations they lose the tag and keep everything else. Returns the
    // number of annotations untagged.
    int remove(qint64 id, TagDeletion policy);

    // For undo: puts a tag back exactly as it was (same id, name, colour, description,
    // parent), inserted or overwritten, without the checks of create and update.
    void restore(const Tag &tag);
    // The tags directly under `id`.
    QList<qint64> children(qint64 id);
    void setParent(qint64 id, qint64 parentId);
    // The annotations carrying the tag.
    QList<qint64> annotationsTagged(qint64 tagId);

private:
    int usage(qint64 tagId);
    void validate(Tag &tag);

    Database &m_db;
};

} // namespace duizhao
