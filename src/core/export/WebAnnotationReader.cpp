#include "WebAnnotationReader.h"

#include "WebAnnotationVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace duizhao {

namespace V = WebAnnotationVocabulary;

namespace {

QString key(QStringView term)
{
    return term.toString();
}

// A JSON-LD value that may be one object or an array of them.
QList<QJsonValue> many(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return QList<QJsonValue>(array.begin(), array.end());
    }
    if (value.isUndefined() || value.isNull())
        return {};
    return {value};
}

bool isType(const QJsonObject &object, QStringView type)
{
    for (const QJsonValue &value : many(object.value(QStringLiteral("type")))) {
        if (value.toString() == type)
            return true;
    }
    return false;
}

QString localPath(const QString &source)
{
    const QUrl url(source);
    return url.isLocalFile() ? url.toLocalFile() : source;
}

void readPrimaryTarget(const QJsonObject &target, WebAnnotationReader::Item &item)
{
    Anchor &anchor = item.annotation.anchor;
    anchor.block = -1;
    const QJsonValue source = target.value(QStringLiteral("source"));
    item.source =
        localPath(source.isObject() ? source.toObject().value(QStringLiteral("id")).toString()
                                    : source.toString());
    item.sha256 = target.value(key(V::kSha256)).toString();
    for (const QJsonValue &value : many(target.value(QStringLiteral("selector")))) {
        const QJsonObject selector = value.toObject();
        if (isType(selector, u"TextQuoteSelector")) {
            anchor.quote = selector.value(QStringLiteral("exact")).toString();
            anchor.prefix = selector.value(QStringLiteral("prefix")).toString();
            anchor.suffix = selector.value(QStringLiteral("suffix")).toString();
        } else if (isType(selector, V::kBlockSelector)) {
            anchor.block = selector.value(key(V::kBlock)).toInt(-1);
            const QJsonObject refined = selector.value(QStringLiteral("refinedBy")).toObject();
            if (isType(refined, u"TextPositionSelector")) {
                anchor.start = refined.value(QStringLiteral("start")).toInt();
                anchor.end = refined.value(QStringLiteral("end")).toInt();
            }
        }
    }
}

void readCounterpartTarget(const QJsonObject &target, WebAnnotationReader::Item &item)
{
    for (const QJsonValue &value : many(target.value(QStringLiteral("selector")))) {
        const QJsonObject selector = value.toObject();
        if (!isType(selector, V::kBlockSelector))
            continue;
        item.annotation.counterpartBlock = selector.value(key(V::kBlock)).toInt(-1);
        const QJsonObject refined = selector.value(QStringLiteral("refinedBy")).toObject();
        if (isType(refined, u"TextQuoteSelector"))
            item.annotation.counterpartQuote = refined.value(QStringLiteral("exact")).toString();
    }
}

WebAnnotationReader::Item readAnnotation(const QJsonObject &object)
{
    WebAnnotationReader::Item item;
    Annotation &annotation = item.annotation;
    annotation.anchor.block = -1;
    bool primarySeen = false;
    for (const QJsonValue &value : many(object.value(QStringLiteral("target")))) {
        const QJsonObject target = value.toObject();
        if (target.value(key(V::kRole)).toString() == V::kCounterpartRole)
            readCounterpartTarget(target, item);
        else if (!primarySeen) {
            readPrimaryTarget(target, item);
            primarySeen = true;
        }
    }
    for (const QJsonValue &value : many(object.value(QStringLiteral("body")))) {
        const QJsonObject body = value.toObject();
        const QString text = body.value(QStringLiteral("value")).toString();
        const QString purpose = body.value(QStringLiteral("purpose")).toString();
        if (purpose == u"tagging") {
            annotation.tags << text;
        } else if (isType(body, u"TextualBody") || body.contains(QStringLiteral("value"))) {
            annotation.note =
                annotation.note.isEmpty() ? text : annotation.note + QStringLiteral("\n\n") + text;
        }
    }
    // The W3C shorthand for a plain-text comment.
    if (object.contains(QStringLiteral("bodyValue")) && annotation.note.isEmpty())
        annotation.note = object.value(QStringLiteral("bodyValue")).toString();
    annotation.claimType = object.value(key(V::kClaimType)).toString();
    annotation.verdict = object.value(key(V::kVerdict)).toString();
    if (object.contains(key(V::kColor)))
        annotation.color = object.value(key(V::kColor)).toString();
    annotation.orphaned = object.value(key(V::kOrphaned)).toBool();
    annotation.created =
        QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    annotation.modified =
        QDateTime::fromString(object.value(QStringLiteral("modified")).toString(), Qt::ISODate);

    if (!primarySeen)
        item.problem = QStringLiteral("the annotation has no target");
    else if (annotation.anchor.quote.isEmpty())
        item.problem = QStringLiteral("the target has no TextQuoteSelector quote");
    return item;
}

} // namespace

std::optional<QList<WebAnnotationReader::Item>> WebAnnotationReader::read(const QByteArray &json,
                                                                          QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = QStringLiteral("not JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    QList<QJsonValue> annotations;
    if (document.isArray()) {
        annotations = many(document.array());
    } else {
        const QJsonObject root = document.object();
        if (isType(root, u"Annotation")) {
            annotations = {root};
        } else if (isType(root, u"AnnotationCollection") || isType(root, u"AnnotationPage")) {
            // Embedded pages only: following "next" links would mean reading other files.
            QJsonObject page = isType(root, u"AnnotationPage")
                                   ? root
                                   : root.value(QStringLiteral("first")).toObject();
            annotations = many(page.value(QStringLiteral("items")));
            while (page.value(QStringLiteral("next")).isObject()) {
                page = page.value(QStringLiteral("next")).toObject();
                annotations += many(page.value(QStringLiteral("items")));
            }
            // Lenient: a collection that lists its items directly.
            if (isType(root, u"AnnotationCollection"))
                annotations += many(root.value(QStringLiteral("items")));
        } else {
            *error = QStringLiteral("no Web Annotation (Annotation, AnnotationPage or "
                                    "AnnotationCollection) in the file");
            return std::nullopt;
        }
    }
    QList<Item> items;
    for (const QJsonValue &value : std::as_const(annotations)) {
        if (!value.isObject() || !isType(value.toObject(), u"Annotation")) {
            Item item;
            item.problem = QStringLiteral("not an Annotation");
            items << item;
            continue;
        }
        items << readAnnotation(value.toObject());
    }
    return items;
}

} // namespace duizhao
