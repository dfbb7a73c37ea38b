#pragma once

#include "BlockKind.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace duizhao {

// A rule the reader taught the importer: "every line like this one is a <kind>". It is
// kept in the library, applied to the lines already there when it is made, and to every
// later import; the user's own correction of one block still wins over it.
struct StructureRule {
    enum class Match {
        Exact, // the same text (spacing, case and width aside: lineKey)
        Digits, // the same text with every run of digits a wildcard: "阅读 1024 次" ~ "阅读 7 次"
    };

    qint64 id = 0;
    QString text; // the line the rule was made from, as the user chose it
    Match match = Match::Exact;
    QString site; // empty: every essay; otherwise the site key of the essays it applies to
    BlockKind kind = BlockKind::Footer;
    QDateTime created;
};

// Stored and CLI names: "exact", "digits".
QString structureMatchName(StructureRule::Match match);
std::optional<StructureRule::Match> structureMatchFromName(QStringView name);

} // namespace duizhao
