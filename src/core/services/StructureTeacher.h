#pragma once

#include "StructureRule.h"

#include <optional>

namespace duizhao {

class Library;

// The reader teaching the importer: "every line like this one is a caption". A rule is
// stored and at once applied to the library — every essay whose lines it matches is
// derived again (EssayWriter::rederive) — and it is applied to every later import.
// Removing a rule derives the essays it matched again without it. Each is one
// transaction: a kill leaves the rule and every essay it touched as before, or all done.
namespace StructureTeacher {

struct Outcome {
    qint64 ruleId = 0;
    int essays = 0; // essays derived again
};

// Throws std::invalid_argument for a rule without text; DatabaseError when it cannot
// be written.
Outcome teach(Library &library, const StructureRule &rule);
// A changed kind, match or site: the essays the old and the new rule match are derived
// again.
Outcome change(Library &library, const StructureRule &rule);
// The removed rule (for an undo), or nullopt for an unknown id.
std::optional<StructureRule> forget(Library &library, qint64 ruleId, int *essays = nullptr);
// A forgotten rule put back (same id and date) and applied again: an undone forget.
Outcome restore(Library &library, const StructureRule &rule);

} // namespace StructureTeacher
} // namespace duizhao
