#pragma once

#include <QString>

namespace duizhao {

// One entry of the tag codebook: what an analyst codes annotations with ("export
// controls", "semiconductors" under "technology"). Names are unique regardless of case;
// the colour is a #rrggbb string or empty (no colour of its own); parentId 0 is a
// top-level tag.
struct Tag {
    qint64 id = 0;
    QString name;
    QString color;
    QString description;
    qint64 parentId = 0;
    int usage = 0; // annotations carrying the tag; read-only, filled by the library

    friend bool operator==(const Tag &, const Tag &) = default;
};

// What deleting a tag that annotations still carry does. Deleting a tag never deletes
// an annotation.
enum class TagDeletion {
    RefuseWhenUsed,        // throw, change nothing
    RemoveFromAnnotations, // untag them, then delete the tag
};

} // namespace duizhao
