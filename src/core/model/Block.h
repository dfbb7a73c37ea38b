#pragma once

#include "BlockKind.h"
#include "Language.h"

#include <QString>

namespace duizhao {

// One ordered unit of an essay: a line of the source file with what it is.
// `text` is the line exactly as decoded (no trimming, no normalisation); every
// normalised form is derived from it when needed.
struct Block {
    int index = 0; // 0-based position in the essay
    int line = 0;  // 1-based line in the decoded file
    BlockKind kind = BlockKind::Paragraph;
    Language language = Language::Undetermined;
    QString text;
};

} // namespace duizhao
