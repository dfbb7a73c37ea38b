#pragma once

#include "Block.h"
#include "StructureRule.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace duizhao {

class Database;

// The structure rules a reader has taught the importer (StructureRule). Applied to every
// essay as it is derived — at import, re-import, and when a rule is added or removed —
// after what the parser and SiteChrome decided and before the user's corrections of
// single blocks, which always win. Text is never touched: a rule only sets a kind.
//
// Invalid rules (empty text, an unknown site for a site rule is fine) throw
// std::invalid_argument and write nothing.
class StructureRules
{
public:
    explicit StructureRules(Database &db);

    // Every rule, oldest first.
    QList<StructureRule> all();
    std::optional<StructureRule> find(qint64 id);
    // Stores the rule and returns its id; the same text, match and site again replaces
    // the kind of the rule already there. The essays it touches are to be derived anew
    // (Library::rederive), which the Library facade does.
    qint64 add(StructureRule rule);
    void update(const StructureRule &rule);
    // Removes the rule and returns it, so an undo can add it back.
    std::optional<StructureRule> remove(qint64 id);
    // For undo: puts a removed rule back with its id and date.
    void restore(const StructureRule &rule);
    // The rule with the same text, match and site as `rule` (which add would replace).
    std::optional<StructureRule> findSame(const StructureRule &rule);

    // Sets the kind of every block a rule matches in an essay of `site`; returns whether
    // any changed. The later rule wins where two match.
    bool apply(const QString &site, QList<Block> &blocks);
    // The essays whose blocks `rule` matches: read from their stored text.
    QSet<qint64> essaysMatching(const StructureRule &rule);

private:
    void load();

    Database &m_db;
    bool m_loaded = false;
    qint64 m_loadedAt = -1; // PRAGMA data_version when loaded
    // The rules with their lines' keys, cached for apply(), which runs once per stored essay.
    struct LoadedRule {
        StructureRule rule;
        QString key;
    };
    QList<LoadedRule> m_rules;
};

} // namespace duizhao
