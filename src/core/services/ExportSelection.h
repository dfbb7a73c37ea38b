#pragma once

#include "ExportSet.h"

#include <QList>

namespace duizhao {

class Library;

// Which essays and annotations an export covers: the CLI's --essay / --all / --claims,
// the GUI's selection. Reads the library once and hands exporters a finished ExportSet.
struct ExportSelection {
    QList<qint64> essayIds;  // empty: the whole library
    bool claimsOnly = false; // only annotations with a claim type, as the claims view shows
    bool notesOnly = false;
    // Non-empty: only these annotations (the rows a filtered claims view lists), and with
    // no essay named, only the essays that hold one of them.
    QList<qint64> annotationIds;

    // Essays in the order asked for (the library's order for the whole library). With
    // claimsOnly and no essay named, essays without a claim are left out; an essay named
    // explicitly is always written. The same goes for annotationIds. An unknown essay id
    // throws std::invalid_argument.
    ExportSet collect(Library &library) const;
};

} // namespace duizhao
