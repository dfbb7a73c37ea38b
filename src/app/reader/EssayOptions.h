#pragma once

#include "EssayColours.h"
#include "ScriptConverter.h"

#include <optional>

namespace duizhao {

// How EssayHtml builds a page.
struct EssayOptions {
    static constexpr int kDefaultPointSize = 11;

    // Chinese text shown in the left (or only) column.
    ScriptView leftScript = ScriptView::Original;
    // Chinese text in the right column; nullopt: the layout's default (a bilingual
    // essay's Chinese as written, a Chinese-only essay's companionView()).
    std::optional<ScriptView> rightScript;
    // Chinese-only essays: false shows one column, the left one.
    bool rightPane = true;
    // Mark characters a conversion had to choose for (后 → 後 or 后).
    bool markChoices = true;
    int pointSize = kDefaultPointSize;
    EssayColours colours;
};

} // namespace duizhao
