#pragma once

#include "Essay.h"

#include <QString>

namespace duizhao {

// The citation key of an essay: what the CSL-JSON export gives Zotero as the item's id,
// and what the Markdown and HTML exports cite it by (Pandoc's [@key]).
//
// "duizhao-" and the essay's id: the id is the one thing about an essay that survives a
// re-import of a changed file (new SHA-256) and every metadata correction (new author,
// title or date), so a key written into a report keeps pointing at the same item.
//   essay 12  →  "duizhao-12"
namespace CitationKey {

QString of(const EssaySummary &essay);

} // namespace CitationKey
} // namespace duizhao
