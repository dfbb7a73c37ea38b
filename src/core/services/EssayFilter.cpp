#include "EssayFilter.h"

#include <memory>
#include <unordered_set>

namespace duizhao {

bool EssayFilter::accepts(const EssaySummary &essay) const
{
    if (!outlet.isEmpty() && essay.outlet.trimmed() != outlet.trimmed())
        return false;
    if (from.isEmpty() && to.isEmpty())
        return true;
    if (essay.date.isEmpty())
        return false;
    if (!from.isEmpty() && QStringView(essay.date).left(from.size()) < QStringView(from))
        return false;
    if (!to.isEmpty() && QStringView(essay.date).left(to.size()) > QStringView(to))
        return false;
    return true;
}

std::function<bool(qint64)> EssayFilter::over(const QList<EssaySummary> &essays) const
{
    if (isEmpty())
        return {};
    auto kept = std::make_shared<std::unordered_set<qint64>>();
    for (const EssaySummary &essay : essays) {
        if (accepts(essay))
            kept->insert(essay.id);
    }
    return [kept](qint64 essayId) {
        return kept->count(essayId) > 0;
    };
}

} // namespace duizhao
