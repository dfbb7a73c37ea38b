#include "RuleEdit.h"

#include "Library.h"
#include "StructureTeacher.h"

#include <stdexcept>

namespace duizhao {

RuleEdit::RuleEdit(Kind kind)
    : m_kind(kind)
{}

std::unique_ptr<RuleEdit> RuleEdit::teach(StructureRule rule)
{
    std::unique_ptr<RuleEdit> edit(new RuleEdit(Kind::Teach));
    rule.id = 0;
    edit->m_rule = std::move(rule);
    return edit;
}

std::unique_ptr<RuleEdit> RuleEdit::change(StructureRule changed)
{
    std::unique_ptr<RuleEdit> edit(new RuleEdit(Kind::Change));
    edit->m_rule = std::move(changed);
    return edit;
}

std::unique_ptr<RuleEdit> RuleEdit::forget(qint64 ruleId)
{
    std::unique_ptr<RuleEdit> edit(new RuleEdit(Kind::Forget));
    edit->m_rule.id = ruleId;
    return edit;
}

void RuleEdit::doApply(Library &library, bool first)
{
    switch (m_kind) {
    case Kind::Teach:
        if (first) {
            m_before = library.rules().findSame(m_rule);
            const StructureTeacher::Outcome outcome = StructureTeacher::teach(library, m_rule);
            m_rule = library.rules().find(outcome.ruleId).value_or(m_rule);
            m_essays = outcome.essays;
        } else if (m_before) {
            m_essays = StructureTeacher::change(library, m_rule).essays;
        } else {
            m_essays = StructureTeacher::restore(library, m_rule).essays;
        }
        break;
    case Kind::Change:
        if (first) {
            m_before = library.rules().find(m_rule.id);
            if (!m_before)
                throw std::invalid_argument("no such structure rule");
        }
        m_essays = StructureTeacher::change(library, m_rule).essays;
        break;
    case Kind::Forget: {
        int essays = 0;
        const std::optional<StructureRule> removed =
            StructureTeacher::forget(library, m_rule.id, &essays);
        if (!removed)
            throw std::invalid_argument("no such structure rule");
        if (first)
            m_before = removed;
        m_essays = essays;
        break;
    }
    }
}

void RuleEdit::doRevert(Library &library)
{
    switch (m_kind) {
    case Kind::Teach:
        if (m_before) {
            m_essays = StructureTeacher::change(library, *m_before).essays;
        } else {
            int essays = 0;
            StructureTeacher::forget(library, m_rule.id, &essays);
            m_essays = essays;
        }
        break;
    case Kind::Change:
        m_essays = StructureTeacher::change(library, *m_before).essays;
        break;
    case Kind::Forget:
        m_essays = StructureTeacher::restore(library, *m_before).essays;
        break;
    }
}

} // namespace duizhao
