#include "StructureRule.h"

namespace duizhao {

QString structureMatchName(StructureRule::Match match)
{
    return match == StructureRule::Match::Digits ? QStringLiteral("digits")
                                                 : QStringLiteral("exact");
}

std::optional<StructureRule::Match> structureMatchFromName(QStringView name)
{
    if (name == u"exact")
        return StructureRule::Match::Exact;
    if (name == u"digits")
        return StructureRule::Match::Digits;
    return std::nullopt;
}

} // namespace duizhao
