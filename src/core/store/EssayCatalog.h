#pragma once

#include "Essay.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

class Database;
class Statement;

// Reading essays back: the library table's listing, an essay's details, an essay in
// full. Every metadata field reads the user's correction first, then what parsing found.
class EssayCatalog
{
public:
    explicit EssayCatalog(Database &db);

    struct KnownFile {
        qint64 id = 0;
        QString sha256;
    };
    // Every essay's id and content hash by file path: lets an import skip unchanged
    // files without parsing them.
    QHash<QString, KnownFile> knownFiles();

    // Every essay's details, in id order (one query, with per-essay subqueries).
    QList<EssayDetails> all();
    // One essay with its blocks and pairs; nullopt for an unknown id.
    std::optional<Essay> find(qint64 id);

    // Every essay's summary as the library table shows it, in id order, read in one pass
    // without all()'s per-essay subqueries: what a cold start reads.
    QList<EssaySummary> listing();
    // The essay's site, as site chrome and structure rules know it (SiteChrome::siteOf
    // of the URL and outlet its file gave); empty when it has none or is unknown.
    QString site(qint64 essayId);
    // Title (as corrected) by essay id, for the essays named; unknown ids are left out.
    QHash<qint64, QString> titles(const QList<qint64> &essayIds);

private:
    EssayDetails readSummary(const Statement &row) const;

    Database &m_db;
};

} // namespace duizhao
