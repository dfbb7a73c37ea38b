#include "AnnotationImporter.h"

#include "ExportText.h"
#include "Library.h"

#include <stdexcept>

namespace duizhao {

AnnotationImporter::AnnotationImporter(Library &library)
    : m_library(library)
    , m_summaries(library.essays().all())
{}

const Essay &AnnotationImporter::essay(qint64 id)
{
    auto found = m_loaded.find(id);
    if (found == m_loaded.end())
        found = m_loaded.insert(id, m_library.essays().find(id).value_or(Essay{}));
    return *found;
}

QList<qint64> AnnotationImporter::candidates(const WebAnnotationReader::Item &item)
{
    QList<qint64> byHash, byPath;
    for (const EssayDetails &summary : std::as_const(m_summaries)) {
        if (!item.sha256.isEmpty() &&
            summary.sha256.compare(item.sha256, Qt::CaseInsensitive) == 0) {
            // The same bytes at the same path first.
            if (summary.file == item.source)
                byHash.prepend(summary.id);
            else
                byHash << summary.id;
        } else if (!item.source.isEmpty() && summary.file == item.source) {
            byPath << summary.id;
        }
    }
    return byHash + byPath;
}

qint64 AnnotationImporter::existingAnnotation(qint64 essayId, const Anchor &anchor)
{
    auto existing = m_existing.find(essayId);
    if (existing == m_existing.end())
        existing = m_existing.insert(essayId, m_library.annotations().ofEssay(essayId));
    for (const Annotation &present : std::as_const(*existing)) {
        const Anchor &a = present.anchor;
        if (a.block == anchor.block && a.start == anchor.start && a.end == anchor.end &&
            a.quote == anchor.quote)
            return present.id;
    }
    return 0;
}

QList<AnnotationImporter::Outcome>
AnnotationImporter::run(const QList<WebAnnotationReader::Item> &items)
{
    QList<Outcome> outcomes;
    for (const WebAnnotationReader::Item &item : items)
        outcomes << place(item);
    return outcomes;
}

AnnotationImporter::Outcome AnnotationImporter::place(const WebAnnotationReader::Item &item)
{
    Outcome outcome;
    outcome.source = item.source;
    outcome.anchor = item.annotation.anchor;
    if (!item.problem.isEmpty()) {
        outcome.reason = item.problem;
        return outcome;
    }

    qint64 essayId = 0;
    std::optional<Reanchorer::Result> found;
    const QList<qint64> named = candidates(item);
    for (qint64 id : named) {
        found = Reanchorer::reanchor(item.annotation.anchor, essay(id).blocks);
        if (found) {
            essayId = id;
            break;
        }
    }
    if (!found && !named.isEmpty()) {
        outcome.essayId = named.front();
        outcome.reason = QStringLiteral("the quote is no longer in essay %1").arg(named.front());
        return outcome;
    }
    if (!found) {
        // No essay has this file: look for the quote itself, word for word.
        QList<std::pair<qint64, Reanchorer::Result>> holders;
        for (const EssayDetails &summary : std::as_const(m_summaries)) {
            const auto result =
                Reanchorer::reanchor(item.annotation.anchor, essay(summary.id).blocks);
            if (result && (result->method == Reanchorer::Method::Exact ||
                           result->method == Reanchorer::Method::Quote))
                holders.append({summary.id, *result});
        }
        if (holders.isEmpty()) {
            outcome.reason = QStringLiteral("no essay in the library has this file or this quote");
            return outcome;
        }
        // Imported before into one of them: present, whatever else has the quote.
        for (const auto &[id, result] : std::as_const(holders)) {
            if (const qint64 present = existingAnnotation(id, result.anchor)) {
                outcome.status = Status::Present;
                outcome.essayId = id;
                outcome.annotationId = present;
                outcome.anchor = result.anchor;
                return outcome;
            }
        }
        if (holders.size() > 1) {
            outcome.reason = QStringLiteral("the quote is in %1 essays and the file is in none")
                                 .arg(holders.size());
            return outcome;
        }
        essayId = holders.front().first;
        found = holders.front().second;
    }

    outcome.essayId = essayId;
    outcome.anchor = found->anchor;
    if (const qint64 present = existingAnnotation(essayId, found->anchor)) {
        outcome.status = Status::Present;
        outcome.annotationId = present;
        return outcome;
    }

    Annotation annotation = item.annotation;
    annotation.id = 0;
    annotation.essayId = essayId;
    annotation.anchor = found->anchor;
    annotation.orphaned = false;
    annotation.color = ExportText::safeColor(annotation.color);
    // A counterpart block index is only trusted in the text it was taken from; after a
    // move the library derives it again from the essay's pairs.
    const Essay &target = essay(essayId);
    if (found->method != Reanchorer::Method::Exact ||
        annotation.counterpartBlock >= target.blocks.size())
        annotation.counterpartBlock = -1;
    try {
        outcome.annotationId = m_library.annotations().add(annotation);
    } catch (const std::invalid_argument &error) {
        outcome.reason = QString::fromUtf8(error.what());
        return outcome;
    }
    outcome.status = Status::Placed;
    m_existing[essayId] << *m_library.annotations().find(outcome.annotationId);
    return outcome;
}

} // namespace duizhao
