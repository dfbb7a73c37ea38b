#pragma once

#include "Exporter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao {

// The essays' metadata as CSL-JSON (Citation Style Language 1.0.2 input data), which
// Zotero, Pandoc and citeproc read: an array with one item per essay —
//   id               the citation key (CitationKey: "duizhao-12")
//   type             "article-newspaper" with an outlet, "post-weblog" with only a URL,
//                    else "article"
//   title, URL       as the library has them
//   author           names(): Chinese names literal, others family/given
//   container-title  the outlet
//   issued           date(): {"date-parts": [[y, m, d]]}, or {"raw": …} when unparsed
//   language         the language of the title, else the essay's first language
// Annotations play no part; the scope chooses the essays.
class CslJsonExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;

    static QJsonObject item(const Essay &essay);

    // A byline as CSL names. Authors are separated by " and ", "&", ";", "、", "，" or, in
    // a list of full names, ","; "By " is dropped. A name with Han characters (or any
    // other name written without spaces) is a literal, as CSL wants names that have no
    // family/given split; "Family, Given" and "Given Family" are split.
    //   "Jane Doe and John Smith"  →  [{family Doe, given Jane}, {family Smith, given John}]
    //   "刘典、米磊"                →  [{literal 刘典}, {literal 米磊}]
    //   "Doe, Jane"                →  [{family Doe, given Jane}]
    static QJsonArray names(const QString &byline);

    // "2025-01-13", "2025/1/13", "2025年1月13日", "2025-01", "2025" → date-parts; anything
    // else → {"raw": text}; empty → an empty object.
    static QJsonObject date(const QString &text);
};

} // namespace duizhao
