#pragma once

#include "Essay.h"

#include <QList>
#include <QString>

#include <functional>

namespace duizhao {

// Which essays a concordance or the statistics look at, by what the library table shows
// of them: the outlet (folded like the table's filter is not: exact, after trimming) and
// a date range. Dates are the stored ISO text (yyyy-MM-dd); `from` and `to` may be
// shorter ("2024", "2024-03") and both are included:
//   {from "2024-03", to "2024-04"} keeps 2024-03-01 … 2024-04-30, not 2024-05-02;
// an undated essay is kept only when no range is given.
struct EssayFilter {
    QString outlet;
    QString from;
    QString to;

    bool isEmpty() const { return outlet.isEmpty() && from.isEmpty() && to.isEmpty(); }
    bool accepts(const EssaySummary &essay) const;
    // A predicate over essay ids for SearchEngine::matchingBlocks (safe on several threads:
    // it reads a set made here); empty when the filter keeps every essay.
    std::function<bool(qint64)> over(const QList<EssaySummary> &essays) const;
};

} // namespace duizhao
