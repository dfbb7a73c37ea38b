#include "TagCodebook.h"

#include "Database.h"
#include "Statement.h"

#include <QDateTime>
#include <QRegularExpression>

#include <stdexcept>

namespace duizhao {

namespace {

constexpr QStringView kTagColumns =
    u"t.id, t.name, t.color, t.description, coalesce(t.parent_id, 0), "
    u"(SELECT count(*) FROM annotation_tag at WHERE at.tag_id = t.id)";

Tag readTag(const Statement &row)
{
    Tag tag;
    tag.id = row.int64(0);
    tag.name = row.text(1);
    tag.color = row.text(2);
    tag.description = row.text(3);
    tag.parentId = row.int64(4);
    tag.usage = row.int32(5);
    return tag;
}

QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

TagCodebook::TagCodebook(Database &db)
    : m_db(db)
{}

QList<Tag> TagCodebook::all()
{
    QList<Tag> result;
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kTagColumns.toString() +
                                    QStringLiteral(" FROM tag t ORDER BY t.name COLLATE NOCASE"));
    while (select.step())
        result << readTag(select);
    return result;
}

std::optional<Tag> TagCodebook::find(qint64 id)
{
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kTagColumns.toString() +
                                    QStringLiteral(" FROM tag t WHERE t.id = ?1"));
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readTag(select);
}

std::optional<Tag> TagCodebook::named(const QString &name)
{
    // The column's NOCASE collation makes "us" find "US".
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kTagColumns.toString() +
                                    QStringLiteral(" FROM tag t WHERE t.name = ?1"));
    select.bind(1, name.trimmed());
    if (!select.step())
        return std::nullopt;
    return readTag(select);
}

int TagCodebook::usage(qint64 tagId)
{
    Statement count = m_db.prepare(u"SELECT count(*) FROM annotation_tag WHERE tag_id = ?1");
    count.bind(1, tagId);
    return count.step() ? count.int32(0) : 0;
}

void TagCodebook::validate(Tag &tag)
{
    tag.name = tag.name.trimmed();
    if (tag.name.isEmpty())
        throw std::invalid_argument("a tag needs a name");
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!tag.color.isEmpty() && !colour.match(tag.color).hasMatch())
        throw std::invalid_argument("a tag colour is #rrggbb");
    const std::optional<Tag> sameName = named(tag.name);
    if (sameName && sameName->id != tag.id)
        throw std::invalid_argument("another tag has that name");
    // Walk up from the new parent: reaching the tag itself would make a cycle.
    for (qint64 ancestor = tag.parentId; ancestor != 0;) {
        if (tag.id != 0 && ancestor == tag.id)
            throw std::invalid_argument("a tag cannot be placed under itself or its descendants");
        const std::optional<Tag> parent = find(ancestor);
        if (!parent)
            throw std::invalid_argument("no such parent tag");
        ancestor = parent->parentId;
    }
}

qint64 TagCodebook::create(Tag tag)
{
    Transaction transaction(m_db);
    tag.id = 0;
    validate(tag);
    Statement insert = m_db.prepare(u"INSERT INTO tag (name, color, description, parent_id) VALUES "
                                    u"(?1, ?2, ?3, nullif(?4, 0))");
    insert.bind(1, tag.name).bind(2, tag.color).bind(3, tag.description).bind(4, tag.parentId);
    insert.execute();
    const qint64 id = m_db.lastInsertId();
    transaction.commit();
    return id;
}

void TagCodebook::update(const Tag &changed)
{
    Transaction transaction(m_db);
    if (!find(changed.id))
        throw std::invalid_argument("no such tag");
    Tag tag = changed;
    validate(tag);
    Statement update = m_db.prepare(u"UPDATE tag SET name = ?2, color = ?3, description = ?4, "
                                    u"parent_id = nullif(?5, 0) WHERE id = ?1");
    update.bind(1, tag.id)
        .bind(2, tag.name)
        .bind(3, tag.color)
        .bind(4, tag.description)
        .bind(5, tag.parentId);
    update.execute();
    transaction.commit();
}

int TagCodebook::merge(qint64 from, qint64 into)
{
    Transaction transaction(m_db);
    const std::optional<Tag> source = find(from);
    const std::optional<Tag> target = find(into);
    if (!source || !target)
        throw std::invalid_argument("no such tag");
    if (from == into)
        throw std::invalid_argument("a tag cannot be merged into itself");
    const int used = usage(from);

    // The annotations change: their modification time says so.
    Statement touch = m_db.prepare(u"UPDATE annotation SET modified_at = ?2 WHERE id IN "
                                   u"(SELECT annotation_id FROM annotation_tag WHERE tag_id = ?1)");
    touch.bind(1, from).bind(2, timestampNow()).execute();
    Statement retag =
        m_db.prepare(u"INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id) "
                     u"SELECT annotation_id, ?2 FROM annotation_tag WHERE tag_id = ?1");
    retag.bind(1, from).bind(2, into).execute();
    Statement untag = m_db.prepare(u"DELETE FROM annotation_tag WHERE tag_id = ?1");
    untag.bind(1, from).execute();

    // If `into` sits below `from`, it first takes `from`'s place, so moving `from`'s
    // children under `into` cannot make a cycle.
    bool intoBelowFrom = false;
    for (qint64 ancestor = target->parentId; ancestor != 0;) {
        if (ancestor == from) {
            intoBelowFrom = true;
            break;
        }
        const std::optional<Tag> parent = find(ancestor);
        ancestor = parent ? parent->parentId : 0;
    }
    if (intoBelowFrom) {
        Statement lift = m_db.prepare(u"UPDATE tag SET parent_id = nullif(?2, 0) WHERE id = ?1");
        lift.bind(1, into).bind(2, source->parentId).execute();
    }
    Statement adopt =
        m_db.prepare(u"UPDATE tag SET parent_id = ?2 WHERE parent_id = ?1 AND id != ?2");
    adopt.bind(1, from).bind(2, into).execute();
    Statement remove = m_db.prepare(u"DELETE FROM tag WHERE id = ?1");
    remove.bind(1, from).execute();
    transaction.commit();
    return used;
}

int TagCodebook::remove(qint64 id, TagDeletion policy)
{
    Transaction transaction(m_db);
    const std::optional<Tag> doomed = find(id);
    if (!doomed)
        throw std::invalid_argument("no such tag");
    const int used = usage(id);
    if (used > 0 && policy == TagDeletion::RefuseWhenUsed)
        throw std::invalid_argument("the tag is in use by annotations");
    if (used > 0) {
        Statement touch =
            m_db.prepare(u"UPDATE annotation SET modified_at = ?2 WHERE id IN "
                         u"(SELECT annotation_id FROM annotation_tag WHERE tag_id = ?1)");
        touch.bind(1, id).bind(2, timestampNow()).execute();
        Statement untag = m_db.prepare(u"DELETE FROM annotation_tag WHERE tag_id = ?1");
        untag.bind(1, id).execute();
    }
    Statement moveUp =
        m_db.prepare(u"UPDATE tag SET parent_id = nullif(?2, 0) WHERE parent_id = ?1");
    moveUp.bind(1, id).bind(2, doomed->parentId).execute();
    Statement remove = m_db.prepare(u"DELETE FROM tag WHERE id = ?1");
    remove.bind(1, id).execute();
    transaction.commit();
    return used;
}

void TagCodebook::restore(const Tag &tag)
{
    Statement write = m_db.prepare(
        u"INSERT INTO tag (id, name, color, description, parent_id) VALUES (?1, ?2, ?3, ?4, "
        u"nullif(?5, 0)) ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = "
        u"excluded.color, description = excluded.description, parent_id = excluded.parent_id");
    write.bind(1, tag.id)
        .bind(2, tag.name)
        .bind(3, tag.color)
        .bind(4, tag.description)
        .bind(5, tag.parentId)
        .execute();
}

QList<qint64> TagCodebook::children(qint64 id)
{
    QList<qint64> ids;
    Statement select = m_db.prepare(u"SELECT id FROM tag WHERE parent_id = ?1 ORDER BY id");
    select.bind(1, id);
    while (select.step())
        ids << select.int64(0);
    return ids;
}

void TagCodebook::setParent(qint64 id, qint64 parentId)
{
    Statement update = m_db.prepare(u"UPDATE tag SET parent_id = nullif(?2, 0) WHERE id = ?1");
    update.bind(1, id).bind(2, parentId).execute();
}

QList<qint64> TagCodebook::annotationsTagged(qint64 tagId)
{
    QList<qint64> ids;
    Statement select = m_db.prepare(
        u"SELECT annotation_id FROM annotation_tag WHERE tag_id = ?1 ORDER BY annotation_id");
    select.bind(1, tagId);
    while (select.step())
        ids << select.int64(0);
    return ids;
}

QStringList TagCodebook::names()
{
    QStringList names;
    Statement select = m_db.prepare(u"SELECT name FROM tag ORDER BY name COLLATE NOCASE");
    while (select.step())
        names << select.text(0);
    return names;
}

} // namespace duizhao
