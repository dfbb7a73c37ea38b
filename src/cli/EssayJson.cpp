#include "EssayJson.h"

#include <QJsonArray>

namespace duizhao::EssayJson {

namespace {
QJsonArray languageArray(const QList<Language> &languages)
{
    QJsonArray array;
    for (Language language : languages)
        array.append(languageTag(language));
    return array;
}

QJsonArray indexArray(const QList<int> &indexes)
{
    QJsonArray array;
    for (int index : indexes)
        array.append(index);
    return array;
}
} // namespace

QJsonObject summary(const EssayDetails &essay)
{
    return QJsonObject{
        {QStringLiteral("id"), essay.id},
        {QStringLiteral("title"), essay.title},
        {QStringLiteral("titleDerived"), essay.titleDerived},
        {QStringLiteral("author"), essay.author},
        {QStringLiteral("source"), essay.outlet},
        {QStringLiteral("date"), essay.date},
        {QStringLiteral("url"), essay.url},
        {QStringLiteral("languages"), languageArray(essay.languages)},
        {QStringLiteral("script"), languageTag(essay.script)},
        {QStringLiteral("file"), essay.file},
        {QStringLiteral("encoding"), essay.encoding},
        {QStringLiteral("blocks"), essay.blockCount},
        {QStringLiteral("pairs"), essay.pairCount},
        {QStringLiteral("annotations"), essay.annotationCount},
    };
}

QJsonObject full(const Essay &essay, ScriptView view)
{
    QJsonObject object = summary(essay);
    object.insert(QStringLiteral("sha256"), essay.sha256);
    object.insert(QStringLiteral("encodingConfidence"), essay.encodingConfidence);
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(essay.warnings));
    const ScriptConverter &converter = ScriptConverter::instance();
    QJsonArray blocks;
    for (const Block &block : essay.blocks) {
        blocks.append(QJsonObject{
            {QStringLiteral("index"), block.index},
            {QStringLiteral("line"), block.line},
            {QStringLiteral("kind"), blockKindName(block.kind)},
            {QStringLiteral("lang"), languageTag(block.language)},
            {QStringLiteral("text"), converter.toView(block.text, block.language, view)},
        });
    }
    object.insert(QStringLiteral("blocks"), blocks);
    QJsonArray pairs;
    for (const Pair &pair : essay.pairs) {
        pairs.append(QJsonObject{{QStringLiteral("en"), indexArray(pair.english)},
                                 {QStringLiteral("zh"), indexArray(pair.chinese)}});
    }
    object.insert(QStringLiteral("pairs"), pairs);
    return object;
}

QJsonObject annotation(const Annotation &annotation)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return QJsonObject{
        {QStringLiteral("id"), annotation.id},
        {QStringLiteral("essay"), annotation.essayId},
        {QStringLiteral("block"), annotation.anchor.block},
        {QStringLiteral("start"), annotation.anchor.start},
        {QStringLiteral("end"), annotation.anchor.end},
        {QStringLiteral("quote"), annotation.anchor.quote},
        {QStringLiteral("prefix"), annotation.anchor.prefix},
        {QStringLiteral("suffix"), annotation.anchor.suffix},
        {QStringLiteral("counterpart"),
         annotation.counterpartBlock < 0
             ? QJsonValue()
             : QJsonValue(
                   QJsonObject{{QStringLiteral("block"), annotation.counterpartBlock},
                               {QStringLiteral("quote"), orNull(annotation.counterpartQuote)}})},
        {QStringLiteral("color"), annotation.color},
        {QStringLiteral("tags"), QJsonArray::fromStringList(annotation.tags)},
        {QStringLiteral("claim"), orNull(annotation.claimType)},
        {QStringLiteral("verdict"), orNull(annotation.verdict)},
        {QStringLiteral("note"), annotation.note},
        {QStringLiteral("orphaned"), annotation.orphaned},
        {QStringLiteral("created"), annotation.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("modified"), annotation.modified.toString(Qt::ISODateWithMs)},
    };
}

QJsonObject importResult(const ImportResult &result)
{
    return QJsonObject{
        {QStringLiteral("path"), result.path},
        {QStringLiteral("status"), importStatusName(result.status)},
        {QStringLiteral("essay"), result.essayId > 0 ? QJsonValue(result.essayId) : QJsonValue()},
        {QStringLiteral("error"), result.error.isEmpty() ? QJsonValue() : QJsonValue(result.error)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
    };
}

} // namespace duizhao::EssayJson
