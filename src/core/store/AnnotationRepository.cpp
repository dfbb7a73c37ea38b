#include "AnnotationRepository.h"

#include "Database.h"
#include "EssayCatalog.h"
#include "Reanchorer.h"
#include "SelectionAnchor.h"
#include "Statement.h"

#include <stdexcept>

namespace duizhao {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

constexpr QStringView kColumns =
    u"a.id, a.essay_id, a.block, a.start, a.end, a.quote, a.prefix, a.suffix, a.counterpart_block, "
    u"a.counterpart_quote, a.color, a.note, a.claim_type, a.verdict, a.orphaned, a.created_at, "
    u"a.modified_at, (SELECT group_concat(t.name, char(31)) FROM annotation_tag at "
    u"JOIN tag t ON t.id = at.tag_id WHERE at.annotation_id = a.id)";

Annotation readAnnotation(const Statement &row)
{
    Annotation annotation;
    annotation.id = row.int64(0);
    annotation.essayId = row.int64(1);
    annotation.anchor.block = row.int32(2);
    annotation.anchor.start = row.int32(3);
    annotation.anchor.end = row.int32(4);
    annotation.anchor.quote = row.text(5);
    annotation.anchor.prefix = row.text(6);
    annotation.anchor.suffix = row.text(7);
    annotation.counterpartBlock = row.int32(8);
    annotation.counterpartQuote = row.text(9);
    annotation.color = row.text(10);
    annotation.note = row.text(11);
    annotation.claimType = row.text(12);
    annotation.verdict = row.text(13);
    annotation.orphaned = row.int32(14) != 0;
    annotation.created = QDateTime::fromString(row.text(15), Qt::ISODateWithMs);
    annotation.modified = QDateTime::fromString(row.text(16), Qt::ISODateWithMs);
    annotation.tags = row.text(17).split(QChar(31), Qt::SkipEmptyParts);
    annotation.tags.sort(Qt::CaseInsensitive);
    return annotation;
}

// Binds what the user wrote or picked, in the order of the annotation table's columns
// (block … verdict), to the twelve parameters from `first` on: ?2 … ?13 in the INSERT and
// the UPDATE, ?3 … ?14 when a restore gives the id too.
Statement &bindContent(Statement &statement, const Annotation &annotation, int first = 2)
{
    return statement.bind(first, annotation.anchor.block)
        .bind(first + 1, annotation.anchor.start)
        .bind(first + 2, annotation.anchor.end)
        .bind(first + 3, annotation.anchor.quote)
        .bind(first + 4, annotation.anchor.prefix)
        .bind(first + 5, annotation.anchor.suffix)
        .bind(first + 6, annotation.counterpartBlock)
        .bind(first + 7, annotation.counterpartQuote)
        .bind(first + 8, annotation.color)
        .bind(first + 9, annotation.note)
        .bind(first + 10, annotation.claimType)
        .bind(first + 11, annotation.verdict);
}

} // namespace

AnnotationRepository::AnnotationRepository(Database &db, EssayCatalog &catalog)
    : m_db(db)
    , m_catalog(catalog)
{}

void AnnotationRepository::validate(Annotation &annotation, const Essay &essay)
{
    Anchor &anchor = annotation.anchor;
    if (anchor.block < 0 || anchor.block >= essay.blocks.size())
        throw std::invalid_argument("the essay has no such block");
    const QString &text = essay.blocks[anchor.block].text;
    const Anchor expected = anchorFromSelection(text, anchor.block, anchor.start, anchor.end);
    if (expected.quote.isEmpty())
        throw std::invalid_argument("the span is empty or outside the block");
    if (!anchor.quote.isEmpty() && anchor.quote != expected.quote)
        throw std::invalid_argument("the quote is not the text at that position");
    anchor = expected; // fills quote, prefix and suffix from the block
    if (annotation.isClaim() && annotation.verdict.isEmpty())
        annotation.verdict = QStringLiteral("unverified");
    if (!annotation.verdict.isEmpty() && !Annotation::verdicts().contains(annotation.verdict))
        throw std::invalid_argument("unknown verdict");
    if (annotation.counterpartBlock >= essay.blocks.size())
        throw std::invalid_argument("the essay has no such counterpart block");
    if (annotation.counterpartBlock < 0) {
        for (const Pair &pair : essay.pairs) {
            const bool english = pair.english.contains(anchor.block);
            if (!english && !pair.chinese.contains(anchor.block))
                continue;
            const QList<int> &other = english ? pair.chinese : pair.english;
            if (!other.isEmpty())
                annotation.counterpartBlock = other.front();
        }
    }
    for (QString &tag : annotation.tags)
        tag = tag.trimmed();
    annotation.tags.removeAll(QString());
    annotation.tags.removeDuplicates();
}

void AnnotationRepository::writeTags(qint64 annotationId, const QStringList &tags)
{
    Statement clear = m_db.prepare(u"DELETE FROM annotation_tag WHERE annotation_id = ?1");
    clear.bind(1, annotationId).execute();
    Statement create =
        m_db.prepare(u"INSERT INTO tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING");
    Statement link = m_db.prepare(u"INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id) "
                                  u"SELECT ?1, id FROM tag WHERE name = ?2");
    for (const QString &tag : tags) {
        create.bind(1, tag).execute();
        create.reset();
        link.bind(1, annotationId).bind(2, tag).execute();
        link.reset();
    }
}

qint64 AnnotationRepository::add(Annotation annotation)
{
    Transaction transaction(m_db);
    const std::optional<Essay> record = m_catalog.find(annotation.essayId);
    if (!record)
        throw std::invalid_argument("no such essay");
    validate(annotation, *record);
    // Dates the annotation brings (one imported from an export) are kept: they are when
    // the analyst wrote it, not when it was copied.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = annotation.created.isValid() ? annotation.created : now;
    const QDateTime modified = annotation.modified.isValid() ? annotation.modified : created;
    Statement insert = m_db.prepare(
        u"INSERT INTO annotation (essay_id, block, start, end, quote, prefix, suffix, "
        u"counterpart_block, "
        u"counterpart_quote, color, note, claim_type, verdict, orphaned, created_at, modified_at) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, ?14, ?15)");
    insert.bind(1, annotation.essayId);
    bindContent(insert, annotation).bind(14, timestamp(created)).bind(15, timestamp(modified));
    insert.execute();
    const qint64 id = m_db.lastInsertId();
    writeTags(id, annotation.tags);
    transaction.commit();
    return id;
}

void AnnotationRepository::update(const Annotation &changed)
{
    Transaction transaction(m_db);
    const std::optional<Annotation> current = find(changed.id);
    if (!current)
        throw std::invalid_argument("no such annotation");
    Annotation annotation = changed;
    annotation.essayId = current->essayId;
    // Clearing the flag of an orphan re-attaches it too: the user may pick the very
    // span it had, now holding other text.
    const bool reattached = annotation.anchor.block != current->anchor.block ||
                            annotation.anchor.start != current->anchor.start ||
                            annotation.anchor.end != current->anchor.end ||
                            (current->orphaned && !annotation.orphaned);
    if (reattached) {
        annotation.anchor.quote.clear(); // taken from the block at the new position
        validate(annotation, *m_catalog.find(annotation.essayId));
        annotation.orphaned = false;
    } else {
        annotation.anchor = current->anchor;
        annotation.orphaned = current->orphaned;
        if (annotation.isClaim() && annotation.verdict.isEmpty())
            annotation.verdict = QStringLiteral("unverified");
        if (!annotation.verdict.isEmpty() && !Annotation::verdicts().contains(annotation.verdict))
            throw std::invalid_argument("unknown verdict");
    }
    Statement update =
        m_db.prepare(u"UPDATE annotation SET block = ?2, start = ?3, end = ?4, quote = ?5, prefix "
                     u"= ?6, suffix = ?7, "
                     u"counterpart_block = ?8, counterpart_quote = ?9, color = ?10, note = ?11, "
                     u"claim_type = ?12, "
                     u"verdict = ?13, orphaned = ?14, modified_at = ?15 WHERE id = ?1");
    update.bind(1, annotation.id);
    bindContent(update, annotation)
        .bind(14, annotation.orphaned ? 1 : 0)
        .bind(15, timestamp(QDateTime::currentDateTimeUtc()));
    update.execute();
    QStringList tags = annotation.tags;
    for (QString &tag : tags)
        tag = tag.trimmed();
    tags.removeAll(QString());
    writeTags(annotation.id, tags);
    transaction.commit();
}

std::optional<Annotation> AnnotationRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    std::optional<Annotation> removed = find(id);
    if (!removed)
        return std::nullopt;
    Statement remove = m_db.prepare(u"DELETE FROM annotation WHERE id = ?1");
    remove.bind(1, id).execute();
    transaction.commit();
    return removed;
}

void AnnotationRepository::restore(const Annotation &annotation)
{
    Transaction transaction(m_db);
    // Replacing is delete + insert in one transaction; the tags follow below.
    Statement clear = m_db.prepare(u"DELETE FROM annotation WHERE id = ?1");
    clear.bind(1, annotation.id).execute();
    Statement insert = m_db.prepare(
        u"INSERT INTO annotation (id, essay_id, block, start, end, quote, prefix, suffix, "
        u"counterpart_block, "
        u"counterpart_quote, color, note, claim_type, verdict, orphaned, created_at, modified_at) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    insert.bind(1, annotation.id).bind(2, annotation.essayId);
    bindContent(insert, annotation, 3)
        .bind(15, annotation.orphaned ? 1 : 0)
        .bind(16, timestamp(annotation.created))
        .bind(17, timestamp(annotation.modified));
    insert.execute();
    writeTags(annotation.id, annotation.tags);
    transaction.commit();
}

std::optional<Annotation> AnnotationRepository::find(qint64 id)
{
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                                    QStringLiteral(" FROM annotation a WHERE a.id = ?1"));
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readAnnotation(select);
}

QList<Annotation> AnnotationRepository::ofEssay(qint64 essayId)
{
    QList<Annotation> result;
    Statement select =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                     QStringLiteral(" FROM annotation a WHERE ?1 = 0 OR a.essay_id = ?1 "
                                    "ORDER BY a.essay_id, a.block, a.start, a.id"));
    select.bind(1, essayId);
    while (select.step())
        result << readAnnotation(select);
    return result;
}

void AnnotationRepository::reanchor(qint64 essayId, const QList<Block> &blocks)
{
    Statement select = m_db.prepare(QStringLiteral("SELECT ") + kColumns.toString() +
                                    QStringLiteral(" FROM annotation a WHERE a.essay_id = ?1"));
    select.bind(1, essayId);
    QList<Annotation> existing;
    while (select.step())
        existing << readAnnotation(select);

    Statement moved = m_db.prepare(u"UPDATE annotation SET block = ?2, start = ?3, end = ?4, quote "
                                   u"= ?5, prefix = ?6, suffix = ?7, "
                                   u"orphaned = 0 WHERE id = ?1");
    Statement lost = m_db.prepare(u"UPDATE annotation SET orphaned = 1 WHERE id = ?1");
    for (const Annotation &annotation : std::as_const(existing)) {
        const auto found = Reanchorer::reanchor(annotation.anchor, blocks);
        if (!found) {
            // Kept with its quote, note and last position, for the user to re-attach.
            lost.bind(1, annotation.id).execute();
            lost.reset();
            continue;
        }
        const Anchor &anchor = found->anchor;
        moved.bind(1, annotation.id)
            .bind(2, anchor.block)
            .bind(3, anchor.start)
            .bind(4, anchor.end)
            .bind(5, anchor.quote)
            .bind(6, anchor.prefix)
            .bind(7, anchor.suffix);
        moved.execute();
        moved.reset();
    }
}

} // namespace duizhao
