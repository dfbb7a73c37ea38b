#pragma once

#include "BlockKind.h"

#include <QList>
#include <QString>

namespace duizhao {

// Every block kind in the order menus list them, and the name a reader sees for each
// (translated; blockKindName is the stored one).
const QList<BlockKind> &allBlockKinds();
QString blockKindLabel(BlockKind kind);

} // namespace duizhao
