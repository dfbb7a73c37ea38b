#include "GlossaryExport.h"

#include "XmlText.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <stdexcept>

namespace duizhao::GlossaryExport {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

QByteArray csv(const QList<GlossaryTerm> &terms)
{
    QString text = QStringLiteral("id,english,chinese,note\r\n");
    for (const GlossaryTerm &term : terms) {
        text += QString::number(term.id) + u',' + csvField(term.english) + u',' +
                csvField(term.chinese) + u',' + csvField(term.note) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray tbx(const QList<GlossaryTerm> &terms)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeProcessingInstruction(
        QStringLiteral("xml-model"),
        QStringLiteral("href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/"
                       "master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng\" "
                       "type=\"application/xml\" "
                       "schematypens=\"http://relaxng.org/ns/structure/1.0\""));
    xml.writeStartElement(QStringLiteral("tbx"));
    xml.writeDefaultNamespace(QStringLiteral("urn:iso:std:iso:30042:ed-2"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("TBX-Basic"));
    xml.writeAttribute(QStringLiteral("style"), QStringLiteral("dca"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    xml.writeStartElement(QStringLiteral("tbxHeader"));
    xml.writeStartElement(QStringLiteral("fileDesc"));
    xml.writeStartElement(QStringLiteral("sourceDesc"));
    xml.writeTextElement(QStringLiteral("p"), QStringLiteral("Glossary exported by Duizhao"));
    xml.writeEndElement(); // sourceDesc
    xml.writeEndElement(); // fileDesc
    xml.writeEndElement(); // tbxHeader
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeStartElement(QStringLiteral("body"));
    for (const GlossaryTerm &term : terms) {
        xml.writeStartElement(QStringLiteral("conceptEntry"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("c%1").arg(term.id));
        if (!term.note.isEmpty())
            xml.writeTextElement(QStringLiteral("note"), XmlText::clean(term.note));
        for (const auto &[language, text] : {std::pair{QStringLiteral("en"), term.english},
                                             {QStringLiteral("zh"), term.chinese}}) {
            xml.writeStartElement(QStringLiteral("langSec"));
            xml.writeAttribute(QStringLiteral("xml:lang"), language);
            xml.writeStartElement(QStringLiteral("termSec"));
            xml.writeTextElement(QStringLiteral("term"), XmlText::clean(text));
            xml.writeEndElement(); // termSec
            xml.writeEndElement(); // langSec
        }
        xml.writeEndElement(); // conceptEntry
    }
    xml.writeEndDocument();
    return bytes;
}

QList<GlossaryTerm> readTbx(const QByteArray &bytes)
{
    QList<GlossaryTerm> terms;
    QXmlStreamReader xml(bytes);
    GlossaryTerm term;
    QString language;
    bool inConcept = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            // TBX v3 calls it conceptEntry, TBX v2 termEntry.
            if (name == u"conceptEntry" || name == u"termEntry") {
                term = GlossaryTerm{};
                term.id = xml.attributes().value(QLatin1StringView("id")).mid(1).toLongLong();
                inConcept = true;
            } else if (name == u"langSec" || name == u"langSet") {
                language =
                    xml.attributes().value(QLatin1StringView("xml:lang")).toString().toLower();
            } else if (inConcept && name == u"term") {
                const QString text = xml.readElementText();
                if (language.startsWith(u"en") && term.english.isEmpty())
                    term.english = text;
                else if (language.startsWith(u"zh") && term.chinese.isEmpty())
                    term.chinese = text;
            } else if (inConcept && name == u"note" && language.isEmpty()) {
                term.note = xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (name == u"langSec" || name == u"langSet") {
                language.clear();
            } else if (name == u"conceptEntry" || name == u"termEntry") {
                if (!term.english.isEmpty() && !term.chinese.isEmpty())
                    terms << term;
                inConcept = false;
            }
        }
    }
    if (xml.hasError())
        throw std::invalid_argument(QStringLiteral("not a TBX file: %1 (line %2)")
                                        .arg(xml.errorString())
                                        .arg(xml.lineNumber())
                                        .toStdString());
    return terms;
}

} // namespace duizhao::GlossaryExport
