#include "SiteChrome.h"

#include "CodePoints.h"
#include "Database.h"
#include "LineKey.h"
#include "Statement.h"

#include <QUrl>

namespace duizhao {

SiteChrome::SiteChrome(Database &db)
    : m_db(db)
{}

QString SiteChrome::siteOf(const QString &url, const QString &outlet)
{
    QString host = QUrl(url.trimmed()).host().toCaseFolded();
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    if (!host.isEmpty())
        return host;
    return lineKey(outlet, false);
}

bool SiteChrome::isCandidate(const Block &block)
{
    if (block.kind != BlockKind::Paragraph && block.kind != BlockKind::Heading &&
        block.kind != BlockKind::Caption)
        return false;
    const QStringView text = trimmedScraped(block.text);
    if (text.isEmpty() || codePointCount(text) > kMaxCodePoints)
        return false;
    // A sentence is the essay's own, however short and however alike two essays' are
    // ("这是第1篇…。" and "这是第2篇…。" share a key once digits fold).
    static constexpr QStringView kSentenceEnds = u"。！？.!?";
    return !kSentenceEnds.contains(text.back());
}

bool SiteChrome::apply(qint64 essayId, const QString &site, const QString &title,
                       QList<Block> &blocks, QSet<qint64> *changed)
{
    // What the essay had: a line it no longer has may stop recurring for the others.
    QSet<qint64> before;
    {
        CachedStatement old = m_db.cached(u"SELECT key FROM essay_line WHERE essay_id = ?1");
        old->bind(1, essayId);
        while (old->step())
            before.insert(old->int64(0));
    }
    m_db.cached(u"DELETE FROM essay_line WHERE essay_id = ?1")->bind(1, essayId).execute();
    if (site.isEmpty())
        return false;

    // How many other articles of the site have the line — essays under other titles, so
    // that three scrapes of one article do not make its headings chrome — counted up to
    // the threshold only: "分享到" may be on every page of a site, and an import must not
    // read them all.
    const qint64 article = lineHash(title, false); // "第1期" and "第2期" are two articles
    CachedStatement count = m_db.cached(
        u"SELECT count(*) FROM (SELECT DISTINCT title FROM essay_line WHERE site = ?1 AND "
        u"key = ?2 AND essay_id != ?3 AND title != ?5 LIMIT ?4)");
    const auto othersCount = [&](qint64 key) {
        count->bind(1, site).bind(2, key).bind(3, essayId).bind(4, kEssaysToRecur).bind(5, article);
        const int others = count->step() ? count->int32(0) : 0;
        count->reset();
        return others;
    };
    CachedStatement others = m_db.cached(
        u"SELECT essay_id FROM essay_line WHERE site = ?1 AND key = ?2 AND essay_id != ?3");
    const auto othersWith = [&](qint64 key) {
        QSet<qint64> ids;
        others->bind(1, site).bind(2, key).bind(3, essayId);
        while (others->step())
            ids.insert(others->int64(0));
        others->reset();
        return ids;
    };

    CachedStatement remember = m_db.cached(
        u"INSERT OR IGNORE INTO essay_line (essay_id, site, key, title) VALUES (?1, ?2, ?3, ?4)");
    QSet<qint64> now;
    bool kindChanged = false;
    for (Block &block : blocks) {
        if (!isCandidate(block))
            continue;
        const qint64 key = lineHash(block.text);
        if (now.contains(key)) // the same line twice in one essay counts once
            continue;
        now.insert(key);
        remember->bind(1, essayId).bind(2, site).bind(3, key).bind(4, article).execute();
        remember->reset();
    }
    for (Block &block : blocks) {
        if (!isCandidate(block))
            continue;
        const qint64 key = lineHash(block.text);
        const int essays = othersCount(key) + 1;
        if (essays < kEssaysToRecur)
            continue;
        block.kind = BlockKind::Footer;
        kindChanged = true;
        // Just started recurring: the essays that had it below the threshold are
        // decided again.
        if (essays == kEssaysToRecur && !before.contains(key) && changed)
            changed->unite(othersWith(key));
    }
    // Lines this essay gave up: where they drop below the threshold, the others revert.
    for (qint64 key : std::as_const(before)) {
        if (now.contains(key))
            continue;
        if (othersCount(key) + 1 == kEssaysToRecur && changed)
            changed->unite(othersWith(key));
    }
    return kindChanged;
}

} // namespace duizhao
