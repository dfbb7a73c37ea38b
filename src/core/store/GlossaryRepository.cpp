#include "GlossaryRepository.h"

#include "Database.h"
#include "Statement.h"

#include <stdexcept>

namespace duizhao {

namespace {

constexpr QStringView kColumns = u"id, english, chinese, note, created_at";

GlossaryTerm readTerm(const Statement &row)
{
    GlossaryTerm term;
    term.id = row.int64(0);
    term.english = row.text(1);
    term.chinese = row.text(2);
    term.note = row.text(3);
    term.created = QDateTime::fromString(row.text(4), Qt::ISODateWithMs);
    return term;
}

} // namespace

GlossaryRepository::GlossaryRepository(Database &db)
    : m_db(db)
{}

QList<GlossaryTerm> GlossaryRepository::all()
{
    QList<GlossaryTerm> terms;
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                                    QStringLiteral(" FROM glossary_term ORDER BY english "
                                                   "COLLATE NOCASE, chinese, id"));
    while (select.step())
        terms << readTerm(select);
    return terms;
}

std::optional<GlossaryTerm> GlossaryRepository::find(qint64 id)
{
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                                    QStringLiteral(" FROM glossary_term WHERE id = ?1"));
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readTerm(select);
}

qint64 GlossaryRepository::add(const QString &english, const QString &chinese, const QString &note)
{
    const QString en = english.simplified();
    const QString zh = chinese.trimmed();
    if (en.isEmpty() || zh.isEmpty())
        throw std::invalid_argument("a glossary term needs an English and a Chinese term");
    Statement insert = m_db.prepare(
        u"INSERT INTO glossary_term (english, chinese, note, created_at) VALUES (?1, ?2, ?3, "
        u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (english, chinese) DO UPDATE SET "
        u"note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END RETURNING id");
    insert.bind(1, en).bind(2, zh).bind(3, note.trimmed());
    insert.step();
    return insert.int64(0);
}

void GlossaryRepository::setNote(qint64 id, const QString &note)
{
    Statement update = m_db.prepare(u"UPDATE glossary_term SET note = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, note.trimmed());
    update.step();
}

bool GlossaryRepository::remove(qint64 id)
{
    if (!find(id))
        return false;
    Statement remove = m_db.prepare(u"DELETE FROM glossary_term WHERE id = ?1");
    remove.bind(1, id);
    remove.step();
    return true;
}

} // namespace duizhao
