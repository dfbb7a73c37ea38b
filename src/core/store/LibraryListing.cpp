// The library list, read cheaply: what the app's library table shows at start-up, for
// every essay, without the per-essay subqueries of Library::essays() (which also reads
// hashes, import dates and corrections the table does not show).
#include "Library.h"

#include <QSet>

#include <algorithm>

namespace duizhao {

QList<EssayRecord> Library::essayListing()
{
    // Corrections and annotation counts: small tables, read once each rather than
    // looked up per essay.
    QHash<qint64, QHash<QString, QString>> edits;
    Statement edited = m_db.prepare(u"SELECT essay_id, field, value FROM essay_edit");
    while (edited.step())
        edits[edited.int64(0)].insert(edited.text(1), edited.text(2));
    QHash<qint64, int> annotationCounts;
    Statement annotated =
        m_db.prepare(u"SELECT essay_id, count(*) FROM annotation GROUP BY essay_id");
    while (annotated.step())
        annotationCounts.insert(annotated.int64(0), annotated.int32(1));

    // Blocks and pairs are stored at positions 0..n-1 of their essay (the block's index,
    // the pair's place in the alignment), so a count is the largest position plus one:
    // one seek in the (essay_id, position) index instead of a walk over every entry of
    // the essay (at 10,000 essays: ~15 ms against ~80 ms for the blocks).
    Statement rows = m_db.prepare(
        u"SELECT e.id, e.file, e.warnings, e.title, e.title_derived, e.author, e.outlet, "
        u"e.date, e.languages, e.script, "
        u"coalesce((SELECT max(b.position) + 1 FROM block b WHERE b.essay_id = e.id), 0), "
        u"coalesce((SELECT max(p.position) + 1 FROM pair p WHERE p.essay_id = e.id), 0) "
        u"FROM essay e ORDER BY e.id");
    QList<EssayRecord> records;
    {
        Statement largestId = m_db.prepare(u"SELECT max(id) FROM essay"); // ids are dense
        if (largestId.step())
            records.reserve(qsizetype(std::max<qint64>(0, largestId.int64(0))));
    }
    // Most essays share a handful of language lists ("en,zh-Hant"): each is parsed once.
    QHash<QString, QList<Language>> languageLists;
    while (rows.step()) {
        EssayRecord record;
        record.id = rows.int64(0);
        record.file = rows.text(1);
        record.warnings = rows.text(2).split(u'\n', Qt::SkipEmptyParts);
        record.title = rows.text(3);
        record.titleDerived = rows.int32(4) != 0;
        record.author = rows.text(5);
        record.outlet = rows.text(6);
        record.date = rows.text(7);
        const QString languageTags = rows.text(8);
        auto languages = languageLists.constFind(languageTags);
        if (languages == languageLists.cend())
            languages = languageLists.insert(languageTags, languagesFromTagList(languageTags));
        record.languages = *languages;
        record.script = languageFromTag(rows.text(9)).value_or(Language::Undetermined);
        record.blockCount = rows.int32(10);
        record.pairCount = rows.int32(11);
        record.annotationCount = annotationCounts.value(record.id);
        const auto corrections = edits.constFind(record.id);
        if (corrections != edits.cend()) {
            for (auto it = corrections->cbegin(); it != corrections->cend(); ++it) {
                const std::optional<MetadataField> field = metadataFieldFromName(it.key());
                if (field == MetadataField::Title)
                    record.title = it.value();
                else if (field == MetadataField::Author)
                    record.author = it.value();
                else if (field == MetadataField::Outlet)
                    record.outlet = it.value();
                else if (field == MetadataField::Date)
                    record.date = it.value();
                else if (field == MetadataField::Url)
                    record.url = it.value();
                record.editedFields << it.key();
            }
            // A title the user wrote is not derived from the text.
            record.titleDerived = record.titleDerived && !corrections->contains(QStringLiteral("title"));
        }
        records.append(std::move(record));
    }
    return records;
}

QHash<qint64, QString> Library::essayTitles(const QList<qint64> &essayIds)
{
    QHash<qint64, QString> titles;
    Statement title = m_db.prepare(
        u"SELECT coalesce((SELECT value FROM essay_edit x WHERE x.essay_id = e.id AND "
        u"x.field = 'title'), e.title) FROM essay e WHERE e.id = ?1");
    for (qint64 id : QSet<qint64>(essayIds.cbegin(), essayIds.cend())) {
        title.reset();
        title.bind(1, id);
        if (title.step())
            titles.insert(id, title.text(0));
    }
    return titles;
}

} // namespace duizhao
