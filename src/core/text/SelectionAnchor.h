#pragma once

#include "Anchor.h"

#include <QStringView>

namespace duizhao {

// The anchor of a selection in a block, positions in code points. The selection is
// widened to whole grapheme clusters (ICU) so it never splits a character from its
// combining marks or a surrogate pair: in u"e\u0301x", [1, 2) becomes [0, 2).
// Returns an empty quote for an empty or out-of-range selection.
Anchor anchorFromSelection(QStringView blockText, int block, int start, int end);

} // namespace duizhao
