#pragma once

#include "FoldedFind.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QTextDocument;

namespace duizhao {

// Find in the page (Ctrl+F): every match of the find bar's text in every paragraph of
// the page, both columns, folded the way search folds (FoldedFind), so 美国 finds 美國
// in the original column and 美国 in the converted one. Apart from the view so that what
// matches, and which match is current, can be checked on a document alone; the view
// moves the cursor and draws the matches.
class PageFind
{
public:
    // Finds `text` in `document` (blank text: no find); returns the number of matches.
    // No match is current until selectMatch.
    int find(const QTextDocument &document, const QString &text);
    // Whether a find is running (the view repeats it on a changed page).
    bool isActive() const { return m_find.has_value(); }

    // The document span [start, end) of every match, in page order.
    const QList<QPair<int, int>> &matches() const { return m_matches; }
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // -1: none
    void setCurrentMatch(int match) { m_current = match; }
    // The first match at or after `position` (the top of what the reader sees), else the
    // first; -1 when nothing matched.
    int firstMatchFrom(int position) const;
    // The match after (before) the current one, round the page; -1 when nothing matched.
    int nextMatch() const;
    int previousMatch() const;

private:
    std::optional<FoldedFind> m_find;
    QList<QPair<int, int>> m_matches;
    int m_current = -1;
};

} // namespace duizhao
