#include "CitationKey.h"

namespace duizhao::CitationKey {

QString of(const EssaySummary &essay)
{
    return QStringLiteral("duizhao-") + QString::number(essay.id);
}

} // namespace duizhao::CitationKey
