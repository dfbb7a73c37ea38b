#include "ExportSelection.h"

#include "Library.h"

#include <QSet>

#include <stdexcept>

namespace duizhao {

ExportSet ExportSelection::collect(Library &library) const
{
    ExportSet set;
    set.claimsOnly = claimsOnly;
    set.notesOnly = notesOnly;
    set.codebook = library.tags().all();
    QList<qint64> ids = essayIds;
    if (ids.isEmpty()) {
        for (const EssayDetails &summary : library.essays().all())
            ids << summary.id;
    }
    const QSet<qint64> chosen(annotationIds.cbegin(), annotationIds.cend());
    QSet<qint64> seen;
    for (qint64 id : std::as_const(ids)) {
        if (seen.contains(id))
            continue; // --essay 3 --essay 3 writes essay 3 once
        seen.insert(id);
        std::optional<Essay> essay = library.essays().find(id);
        if (!essay)
            throw std::invalid_argument("no essay with id " + std::to_string(id));
        ExportedEssay exported;
        exported.essay = std::move(*essay);
        for (Annotation &annotation : library.annotations().ofEssay(id)) {
            if ((!claimsOnly || annotation.isClaim()) &&
                (chosen.isEmpty() || chosen.contains(annotation.id)))
                exported.annotations << std::move(annotation);
        }
        const bool filtered = claimsOnly || !chosen.isEmpty();
        if (filtered && essayIds.isEmpty() && exported.annotations.isEmpty())
            continue;
        set.essays << std::move(exported);
    }
    return set;
}

} // namespace duizhao
