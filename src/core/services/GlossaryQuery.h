#pragma once

#include "GlossaryRepository.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace duizhao {

// A search widened by the glossary: every word of the query (or "quoted phrase") that is
// a glossary term, folded as search folds (case, width, script, regional vocabulary), is
// OR-ed with the term's other-language form, in the search's own syntax (SearchQuery):
//   withCounterparts(u"chip subsidy", {chip ↔ 芯片})  → (chip OR "芯片") subsidy
//   withCounterparts(u"晶片", {chip ↔ 芯片})          → (晶片 OR "chip")
// Operators (OR, AND, NOT), excluded words (-x), prefixes (x*) and parentheses are left
// as they are; a query without glossary terms comes back unchanged.
namespace GlossaryQuery {

QString withCounterparts(QStringView query, const QList<GlossaryTerm> &terms);

} // namespace GlossaryQuery
} // namespace duizhao
