#include "TmxExporter.h"

#include "CitationKey.h"
#include "CodePoints.h"
#include "XmlText.h"

#include <QStringList>
#include <QXmlStreamWriter>

namespace duizhao {

namespace {

// The Chinese tag of a side: its first Chinese block's script, else the essay's.
QString chineseTag(const Essay &essay, const QList<int> &blocks)
{
    for (int index : blocks) {
        if (index >= 0 && index < essay.blocks.size() && isChinese(essay.blocks[index].language))
            return languageTag(essay.blocks[index].language);
    }
    return languageTag(isChinese(essay.script) ? essay.script : Language::ChineseSimplified);
}

QString segment(const Essay &essay, const QList<int> &blocks, QStringView separator)
{
    QStringList parts;
    for (int index : blocks) {
        if (index >= 0 && index < essay.blocks.size())
            parts << trimmedScraped(essay.blocks[index].text).toString();
    }
    return XmlText::clean(parts.join(separator));
}

QString indexes(const QList<int> &blocks)
{
    QStringList list;
    for (int index : blocks)
        list << QString::number(index);
    return list.join(u',');
}

void prop(QXmlStreamWriter &xml, const QString &type, const QString &value)
{
    xml.writeStartElement(QStringLiteral("prop"));
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeCharacters(XmlText::clean(value));
    xml.writeEndElement();
}

void tuv(QXmlStreamWriter &xml, const QString &language, const QString &text)
{
    xml.writeStartElement(QStringLiteral("tuv"));
    xml.writeAttribute(QStringLiteral("xml:lang"), language);
    xml.writeTextElement(QStringLiteral("seg"), text);
    xml.writeEndElement();
}

} // namespace

QByteArray TmxExporter::write(const ExportSet &set) const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"));
    xml.writeStartElement(QStringLiteral("tmx"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.4"));
    xml.writeEmptyElement(QStringLiteral("header"));
    xml.writeAttribute(QStringLiteral("creationtool"), QStringLiteral("Duizhao"));
    xml.writeAttribute(QStringLiteral("creationtoolversion"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("segtype"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("o-tmf"), QStringLiteral("Duizhao"));
    xml.writeAttribute(QStringLiteral("adminlang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("srclang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeStartElement(QStringLiteral("body"));
    for (const ExportedEssay &exported : set.essays) {
        const Essay &essay = exported.essay;
        const QString key = CitationKey::of(essay);
        for (qsizetype i = 0; i < essay.pairs.size(); ++i) {
            const Pair &pair = essay.pairs[i];
            if (pair.english.isEmpty() || pair.chinese.isEmpty())
                continue; // nothing to translate from or into
            xml.writeStartElement(QStringLiteral("tu"));
            xml.writeAttribute(QStringLiteral("tuid"), QStringLiteral("%1-%2").arg(key).arg(i));
            prop(xml, QStringLiteral("x-title"), essay.title);
            prop(xml, QStringLiteral("x-citation-key"), key);
            prop(xml, QStringLiteral("x-en-block"), indexes(pair.english));
            prop(xml, QStringLiteral("x-zh-block"), indexes(pair.chinese));
            tuv(xml, QStringLiteral("en"), segment(essay, pair.english, u" "));
            tuv(xml, chineseTag(essay, pair.chinese), segment(essay, pair.chinese, u""));
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // tmx
    xml.writeEndDocument();
    return bytes;
}

} // namespace duizhao
