#pragma once

#include <QList>

namespace duizhao {

// An alignment row: English block(s) against Chinese block(s), by block index.
// Stand-off by design: pairs point at blocks and never carry text, so alignment
// edits cannot change what an essay says. Either side may be empty (1–0, 0–1).
struct Pair {
    QList<int> english;
    QList<int> chinese;

    friend bool operator==(const Pair &, const Pair &) = default;
};

} // namespace duizhao
