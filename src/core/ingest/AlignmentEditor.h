#pragma once

#include "Pair.h"

#include <QList>

namespace duizhao {

// The corrections a reader makes to an alignment, as pure functions on pair lists
// (rows in reading order). Each returns the new list; an edit that does not apply
// (no next row to merge with, nothing to split) returns the list unchanged.
//
//   merge({[0]-[1]}, {[2]-[3]}, row 0)   → {[0,2]-[1,3]}
//   split({[0,2]-[1,3]}, row 0)          → {[0]-[1]}, {[2]-[3]}
//   unpair({[0]-[1]}, row 0)             → {}
//   pair({}, english 0, chinese 1)       → {[0]-[1]}   (taking both out of other rows)
namespace AlignmentEditor {

QList<Pair> merge(const QList<Pair> &pairs, int row);
QList<Pair> split(const QList<Pair> &pairs, int row);
QList<Pair> unpair(const QList<Pair> &pairs, int row);
QList<Pair> pair(const QList<Pair> &pairs, int englishBlock, int chineseBlock);

} // namespace AlignmentEditor
} // namespace duizhao
