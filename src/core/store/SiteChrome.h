#pragma once

#include "Block.h"

#include <QList>
#include <QSet>
#include <QString>

namespace duizhao {

class Database;

// Chrome a site repeats on its pages: a short line that recurs, digits aside, in
// kEssaysToRecur articles (essays under different titles) of the same site ("阅读 1,024 次",
// "分享到", "Back to top") is site chrome wherever it stands, though nothing in one file says so.
// The library remembers each essay's short lines by site (essay_line, hashed) and decides again as
// it grows: when a line starts recurring, the site's earlier essays are derived anew.
//
// The site of an essay is the host of its URL ("www." dropped), else its outlet,
// case-folded; an essay with neither has no site and no site chrome.
class SiteChrome
{
public:
    static constexpr int kEssaysToRecur = 3;
    // Longer lines are sentences: a paragraph two articles quote is not chrome.
    static constexpr int kMaxCodePoints = 40;

    explicit SiteChrome(Database &db);

    static QString siteOf(const QString &url, const QString &outlet);
    // A line that may be chrome: text-like (paragraph, heading, caption), short, and not a
    // sentence (no 。！？.!? at its end). The title, bylines and what the parser already
    // called residue are left as they are.
    static bool isCandidate(const Block &block);

    // Remembers the essay's candidate lines under `site` (in place of what it had), and
    // turns into Footer those that now recur across the site. Essays of the site whose
    // lines started or stopped recurring because of this one are added to `changed`.
    // Returns whether any block of `blocks` changed kind.
    bool apply(qint64 essayId, const QString &site, const QString &title, QList<Block> &blocks,
               QSet<qint64> *changed);

private:
    Database &m_db;
};

} // namespace duizhao
