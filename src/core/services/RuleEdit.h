#pragma once

#include "LibraryEdit.h"

#include "StructureRule.h"

#include <memory>
#include <optional>

namespace duizhao {

// An undoable change to the structure rules (services/StructureTeacher): teach, change,
// forget. Each apply and revert derives the essays the rule matches (before and after)
// again, so the library's kinds follow the rules as they stand after the step.
//
// Teaching a rule with the text, match and site of one already there changes that rule's
// kind (StructureRules::add); undoing it gives the old kind back rather than removing
// the rule. Undoing a forget puts the rule back with its id and date.
class RuleEdit : public LibraryEdit
{
public:
    static std::unique_ptr<RuleEdit> teach(StructureRule rule);
    // `changed.id` names the rule.
    static std::unique_ptr<RuleEdit> change(StructureRule changed);
    static std::unique_ptr<RuleEdit> forget(qint64 ruleId);

    // The rule taught, changed or forgotten (0 before a teach is applied).
    qint64 ruleId() const { return m_rule.id; }
    // Essays derived again by the last apply or revert.
    int essaysChanged() const { return m_essays; }

protected:
    void doApply(Library &library, bool first) override;
    void doRevert(Library &library) override;

private:
    enum class Kind { Teach, Change, Forget };

    explicit RuleEdit(Kind kind);

    Kind m_kind;
    StructureRule m_rule;                  // the request; a taught rule as stored once applied
    std::optional<StructureRule> m_before; // the rule it replaced or removed
    int m_essays = 0;
};

} // namespace duizhao
