#pragma once

#include "Block.h"

#include <QHash>
#include <QList>
#include <QString>

namespace duizhao {

// Stand-off references to blocks that survive re-import: a block is named by the hash
// of its exact text and which occurrence of that text it is ("3f2a…:0"), not by its
// position, so a user's edit still finds its block when lines are added above it.
namespace BlockRefs {

// One reference per block, in block order.
QList<QString> refsOf(const QList<Block> &blocks);
// Reference → block index for a block list.
QHash<QString, int> indexOf(const QList<Block> &blocks);

} // namespace BlockRefs
} // namespace duizhao
