#include "StructureRules.h"

#include "Database.h"
#include "EssayText.h"
#include "LineKey.h"
#include "SiteChrome.h"
#include "Statement.h"

#include <stdexcept>

namespace duizhao {

namespace {

StructureRule readRule(const Statement &row)
{
    StructureRule rule;
    rule.id = row.int64(0);
    rule.text = row.text(1);
    rule.match = structureMatchFromName(row.text(2)).value_or(StructureRule::Match::Exact);
    rule.site = row.text(3);
    rule.kind = blockKindFromName(row.text(4)).value_or(BlockKind::Footer);
    rule.created = QDateTime::fromString(row.text(5), Qt::ISODateWithMs);
    return rule;
}

constexpr QStringView kColumns = u"id, text, match, site, kind, created_at";

void validate(StructureRule &rule)
{
    rule.text = rule.text.trimmed();
    rule.site = rule.site.trimmed();
    if (lineKey(rule.text, false).isEmpty())
        throw std::invalid_argument("a structure rule needs the text of a line");
}

} // namespace

StructureRules::StructureRules(Database &db)
    : m_db(db)
{}

QList<StructureRule> StructureRules::all()
{
    QList<StructureRule> rules;
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                                    QStringLiteral(" FROM structure_rule ORDER BY id"));
    while (select.step())
        rules << readRule(select);
    return rules;
}

std::optional<StructureRule> StructureRules::find(qint64 id)
{
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                                    QStringLiteral(" FROM structure_rule WHERE id = ?1"));
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readRule(select);
}

qint64 StructureRules::add(StructureRule rule)
{
    validate(rule);
    const QString created =
        (rule.created.isValid() ? rule.created : QDateTime::currentDateTimeUtc())
            .toUTC()
            .toString(Qt::ISODateWithMs);
    Statement insert = m_db.prepare(
        u"INSERT INTO structure_rule (text, match, site, kind, created_at) VALUES (?1, ?2, ?3, "
        u"?4, ?5) ON CONFLICT (text, match, site) DO UPDATE SET kind = excluded.kind "
        u"RETURNING id");
    insert.bind(1, rule.text)
        .bind(2, structureMatchName(rule.match))
        .bind(3, rule.site)
        .bind(4, blockKindName(rule.kind))
        .bind(5, created);
    const qint64 id = insert.step() ? insert.int64(0) : 0;
    m_loaded = false;
    return id;
}

void StructureRules::update(const StructureRule &changed)
{
    StructureRule rule = changed;
    validate(rule);
    if (!find(rule.id))
        throw std::invalid_argument("no such structure rule");
    Statement write = m_db.prepare(
        u"UPDATE structure_rule SET text = ?2, match = ?3, site = ?4, kind = ?5 WHERE id = ?1");
    write.bind(1, rule.id)
        .bind(2, rule.text)
        .bind(3, structureMatchName(rule.match))
        .bind(4, rule.site)
        .bind(5, blockKindName(rule.kind))
        .execute();
    m_loaded = false;
}

std::optional<StructureRule> StructureRules::remove(qint64 id)
{
    std::optional<StructureRule> removed = find(id);
    if (!removed)
        return std::nullopt;
    Statement remove = m_db.prepare(u"DELETE FROM structure_rule WHERE id = ?1");
    remove.bind(1, id).execute();
    m_loaded = false;
    return removed;
}

void StructureRules::restore(const StructureRule &removed)
{
    StructureRule rule = removed;
    validate(rule);
    Statement insert = m_db.prepare(
        u"INSERT INTO structure_rule (id, text, match, site, kind, created_at) VALUES (?1, ?2, ?3, "
        u"?4, ?5, ?6)");
    insert.bind(1, rule.id)
        .bind(2, rule.text)
        .bind(3, structureMatchName(rule.match))
        .bind(4, rule.site)
        .bind(5, blockKindName(rule.kind))
        .bind(6, (rule.created.isValid() ? rule.created : QDateTime::currentDateTimeUtc())
                     .toUTC()
                     .toString(Qt::ISODateWithMs))
        .execute();
    m_loaded = false;
}

std::optional<StructureRule> StructureRules::findSame(const StructureRule &wanted)
{
    StructureRule rule = wanted;
    validate(rule);
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                                    QStringLiteral(" FROM structure_rule WHERE text = ?1 AND "
                                                   "match = ?2 AND site = ?3"));
    select.bind(1, rule.text).bind(2, structureMatchName(rule.match)).bind(3, rule.site);
    if (!select.step())
        return std::nullopt;
    return readRule(select);
}

void StructureRules::load()
{
    m_rules.clear();
    for (StructureRule &rule : all()) {
        const QString key = lineKey(rule.text, rule.match == StructureRule::Match::Digits);
        m_rules.append({std::move(rule), key});
    }
    m_loadedAt = m_db.dataVersion();
    m_loaded = true;
}

bool StructureRules::apply(const QString &site, QList<Block> &blocks)
{
    // Read again after a write of this connection (add, update, remove) or another's
    // (a CLI adding a rule while the app imports).
    if (!m_loaded || m_loadedAt != m_db.dataVersion())
        load();
    if (m_rules.isEmpty())
        return false;
    bool changed = false;
    for (Block &block : blocks) {
        // The line's two keys, each made once, only when a rule asks for it.
        QString keys[2];
        bool made[2] = {false, false};
        for (const LoadedRule &loaded : std::as_const(m_rules)) {
            const StructureRule &rule = loaded.rule;
            if (!rule.site.isEmpty() && rule.site != site)
                continue;
            const int digits = rule.match == StructureRule::Match::Digits ? 1 : 0;
            if (!made[digits]) {
                keys[digits] = lineKey(block.text, digits == 1);
                made[digits] = true;
            }
            if (keys[digits] == loaded.key && block.kind != rule.kind) {
                block.kind = rule.kind;
                changed = true;
            }
        }
    }
    return changed;
}

QSet<qint64> StructureRules::essaysMatching(const StructureRule &rule)
{
    QSet<qint64> essays;
    const bool digits = rule.match == StructureRule::Match::Digits;
    const QString key = lineKey(rule.text, digits); // once, not per block
    Statement select = m_db.prepare(u"SELECT id, url, outlet FROM essay ORDER BY id");
    EssayTextReader texts(m_db);
    while (select.step()) {
        const qint64 essayId = select.int64(0);
        if (!rule.site.isEmpty() && SiteChrome::siteOf(select.text(1), select.text(2)) != rule.site)
            continue;
        for (const Block &block : texts.blocks(essayId)) {
            if (lineKey(block.text, digits) == key) {
                essays.insert(essayId);
                break;
            }
        }
    }
    return essays;
}

} // namespace duizhao
