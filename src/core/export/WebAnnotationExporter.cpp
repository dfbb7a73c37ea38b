#include "WebAnnotationExporter.h"

#include "ExportText.h"
#include "WebAnnotationVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace duizhao {

namespace V = WebAnnotationVocabulary;

namespace {

QString key(QStringView term)
{
    return term.toString();
}

// Ids are name-based UUIDs: the same library exports the same ids, so exports diff well.
QString urn(QStringView name)
{
    static const QUuid kDuizhaoNamespace(QStringLiteral("{6f1b3c2a-4d5e-4f60-8a7b-9c0d1e2f3a4b}"));
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(kDuizhaoNamespace, name.toString()).toString(QUuid::WithoutBraces);
}

QString fileUri(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
}

QString blockLanguage(const Essay &essay, int block)
{
    return block >= 0 && block < essay.blocks.size() ? languageTag(essay.blocks[block].language)
                                                     : QStringLiteral("und");
}

QJsonObject primaryTarget(const Essay &essay, const Annotation &annotation)
{
    const Anchor &anchor = annotation.anchor;
    const QJsonObject quote{
        {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
        {QStringLiteral("exact"), anchor.quote},
        {QStringLiteral("prefix"), anchor.prefix},
        {QStringLiteral("suffix"), anchor.suffix},
    };
    const QJsonObject block{
        {QStringLiteral("type"), key(V::kBlockSelector)},
        {key(V::kBlock), anchor.block},
        {QStringLiteral("refinedBy"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                     {QStringLiteral("start"), anchor.start},
                     {QStringLiteral("end"), anchor.end}}},
    };
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("source"), fileUri(essay.file)},
        {key(V::kSha256), essay.sha256},
        {key(V::kLanguage), blockLanguage(essay, anchor.block)},
        {QStringLiteral("selector"), QJsonArray{quote, block}},
    };
}

QJsonObject counterpartTarget(const Essay &essay, const Annotation &annotation)
{
    QJsonObject block{
        {QStringLiteral("type"), key(V::kBlockSelector)},
        {key(V::kBlock), annotation.counterpartBlock},
    };
    if (!annotation.counterpartQuote.isEmpty()) {
        block.insert(QStringLiteral("refinedBy"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                 {QStringLiteral("exact"), annotation.counterpartQuote}});
    }
    // For readers that know only W3C selectors: the counterpart text itself.
    const QJsonObject quote{
        {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
        {QStringLiteral("exact"), ExportText::counterpartText(essay, annotation)},
    };
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("source"), fileUri(essay.file)},
        {key(V::kSha256), essay.sha256},
        {key(V::kRole), key(V::kCounterpartRole)},
        {key(V::kLanguage), blockLanguage(essay, annotation.counterpartBlock)},
        {QStringLiteral("selector"), QJsonArray{quote, block}},
    };
}

} // namespace

QJsonObject WebAnnotationExporter::annotation(const Essay &essay, const Annotation &annotation)
{
    QJsonArray bodies;
    if (!annotation.note.isEmpty()) {
        bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                  {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                  {QStringLiteral("format"), QStringLiteral("text/markdown")},
                                  {QStringLiteral("value"), annotation.note}});
    }
    for (const QString &tag : annotation.tags) {
        bodies.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                  {QStringLiteral("purpose"), QStringLiteral("tagging")},
                                  {QStringLiteral("value"), tag}});
    }
    QJsonArray targets{primaryTarget(essay, annotation)};
    if (annotation.counterpartBlock >= 0 && annotation.counterpartBlock < essay.blocks.size())
        targets.append(counterpartTarget(essay, annotation));

    QString motivation = QStringLiteral("highlighting");
    if (annotation.isClaim())
        motivation = QStringLiteral("assessing");
    else if (!annotation.note.isEmpty())
        motivation = QStringLiteral("commenting");
    else if (!annotation.tags.isEmpty())
        motivation = QStringLiteral("tagging");

    QJsonObject object{
        {QStringLiteral("id"), urn(QStringLiteral("%1/%2/%3")
                                       .arg(essay.sha256)
                                       .arg(annotation.id)
                                       .arg(ExportText::timestamp(annotation.created)))},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), motivation},
        {QStringLiteral("created"), ExportText::timestamp(annotation.created)},
        {QStringLiteral("modified"), ExportText::timestamp(annotation.modified)},
        {QStringLiteral("target"), targets},
        {key(V::kColor), ExportText::safeColor(annotation.color)},
    };
    if (!bodies.isEmpty())
        object.insert(QStringLiteral("body"), bodies);
    if (annotation.isClaim()) {
        object.insert(key(V::kClaimType), annotation.claimType);
        object.insert(key(V::kVerdict), annotation.verdict);
    }
    if (annotation.orphaned)
        object.insert(key(V::kOrphaned), true);
    return object;
}

QByteArray WebAnnotationExporter::write(const ExportSet &set) const
{
    QJsonArray items;
    QStringList names;
    for (const ExportedEssay &exported : set.essays) {
        for (const Annotation &one : exported.annotations) {
            const QJsonObject item = annotation(exported.essay, one);
            names << item.value(QStringLiteral("id")).toString();
            items.append(item);
        }
    }
    const QString collection = urn(names.join(u' '));
    const QJsonObject document{
        {QStringLiteral("@context"),
         QJsonArray{key(V::kContext), QJsonObject{{key(V::kPrefix), key(V::kNamespace)}}}},
        {QStringLiteral("id"), collection},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"),
         set.claimsOnly ? QStringLiteral("Duizhao claims") : QStringLiteral("Duizhao notes")},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"),
         QJsonObject{{QStringLiteral("id"), QString(collection + QStringLiteral("#page-1"))},
                     {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                     {QStringLiteral("startIndex"), 0},
                     {QStringLiteral("items"), items}}},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace duizhao
