#include "StructureTeacher.h"

#include "Library.h"

#include <stdexcept>

namespace duizhao::StructureTeacher {

Outcome teach(Library &library, const StructureRule &rule)
{
    Transaction transaction = library.transaction();
    Outcome outcome;
    outcome.ruleId = library.rules().add(rule);
    const std::optional<StructureRule> stored = library.rules().find(outcome.ruleId);
    const QSet<qint64> essays = library.rules().essaysMatching(stored.value_or(rule));
    library.writer().rederive(essays);
    transaction.commit();
    outcome.essays = int(essays.size());
    return outcome;
}

Outcome change(Library &library, const StructureRule &rule)
{
    Transaction transaction = library.transaction();
    const std::optional<StructureRule> before = library.rules().find(rule.id);
    if (!before)
        throw std::invalid_argument("no such structure rule");
    QSet<qint64> essays = library.rules().essaysMatching(*before);
    library.rules().update(rule);
    essays.unite(library.rules().essaysMatching(*library.rules().find(rule.id)));
    library.writer().rederive(essays);
    transaction.commit();
    return {rule.id, int(essays.size())};
}

std::optional<StructureRule> forget(Library &library, qint64 ruleId, int *essays)
{
    Transaction transaction = library.transaction();
    const std::optional<StructureRule> removed = library.rules().remove(ruleId);
    if (!removed)
        return std::nullopt;
    const QSet<qint64> matched = library.rules().essaysMatching(*removed);
    library.writer().rederive(matched);
    transaction.commit();
    if (essays)
        *essays = int(matched.size());
    return removed;
}

Outcome restore(Library &library, const StructureRule &rule)
{
    Transaction transaction = library.transaction();
    library.rules().restore(rule);
    const QSet<qint64> essays = library.rules().essaysMatching(rule);
    library.writer().rederive(essays);
    transaction.commit();
    return {rule.id, int(essays.size())};
}

} // namespace duizhao::StructureTeacher
