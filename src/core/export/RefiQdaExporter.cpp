#include "RefiQdaExporter.h"

#include "CitationKey.h"
#include "CodePoints.h"
#include "EssayPlainText.h"
#include "RefiQdaVocabulary.h"
#include "XmlText.h"
#include "ZipWriter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <stdexcept>

namespace duizhao {

namespace V = RefiQdaVocabulary;

namespace {

// Selection names are the quote, cut like other QDA tools cut them.
constexpr qsizetype kNameLength = 60;

QString selectionName(const QString &text)
{
    QString name = text.simplified();
    if (name.size() > kNameLength)
        name = name.left(kNameLength).trimmed() + QChar(0x2026);
    return name;
}

// xsd:dateTime in UTC with milliseconds, as the library keeps them, so a round trip gives
// the same times back; empty for an invalid time.
QString dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool isRgb(const QString &color)
{
    static const QRegularExpression rgb(QStringLiteral("^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"));
    return rgb.match(color).hasMatch();
}

struct Code {
    QString guid;
    QString name;
    QString color;
    QString description;
    bool codable = true;
    QList<int> children; // indexes into the list
};

// The codebook as a forest of Codes: the tags (nested by parent), then "Claim type" and
// "Verdict" with their values. Lookups by lower-cased name for tags, by value for the
// other two.
class CodeBook
{
public:
    explicit CodeBook(const ExportSet &set)
    {
        QHash<qint64, int> byId;
        for (const Tag &tag : set.codebook) {
            Code code;
            code.guid = RefiQdaExporter::guid(QStringLiteral("tag/%1").arg(tag.id));
            code.name = tag.name;
            code.color = isRgb(tag.color) ? tag.color : QString();
            code.description = tag.description;
            byId.insert(tag.id, int(m_codes.size()));
            m_tags.insert(tag.name.toCaseFolded(), int(m_codes.size()));
            m_codes << code;
        }
        for (const Tag &tag : set.codebook) {
            const int index = byId.value(tag.id);
            if (tag.parentId > 0 && byId.contains(tag.parentId) && tag.parentId != tag.id)
                m_codes[byId.value(tag.parentId)].children << index;
            else
                m_roots << index;
        }
        // Tags an annotation carries that the codebook did not list (a set made by hand).
        QStringList claimTypes = Annotation::defaultClaimTypes();
        for (const ExportedEssay &exported : set.essays) {
            for (const Annotation &annotation : exported.annotations) {
                for (const QString &tag : annotation.tags) {
                    if (m_tags.contains(tag.toCaseFolded()))
                        continue;
                    Code code;
                    code.guid = RefiQdaExporter::guid(u"tag-name/" + tag.toCaseFolded());
                    code.name = tag;
                    m_tags.insert(tag.toCaseFolded(), int(m_codes.size()));
                    m_roots << int(m_codes.size());
                    m_codes << code;
                }
                if (annotation.isClaim() && !claimTypes.contains(annotation.claimType))
                    claimTypes << annotation.claimType;
            }
        }
        m_claimTypes = folder(V::kClaimTypeCode, u"claim-type/", claimTypes);
        m_verdicts = folder(V::kVerdictCode, u"verdict/", Annotation::verdicts());
    }

    const QList<Code> &codes() const { return m_codes; }
    const QList<int> &roots() const { return m_roots; }
    QString tag(const QString &name) const
    {
        const int index = m_tags.value(name.toCaseFolded(), -1);
        return index < 0 ? QString() : m_codes[index].guid;
    }
    QString claimType(const QString &value) const { return m_claimTypes.value(value); }
    QString verdict(const QString &value) const { return m_verdicts.value(value); }

private:
    QHash<QString, QString> folder(QStringView name, QStringView prefix, const QStringList &values)
    {
        Code root;
        root.guid = RefiQdaExporter::guid(prefix.toString());
        root.name = name.toString();
        root.codable = false;
        QHash<QString, QString> guids;
        const int rootIndex = int(m_codes.size());
        m_codes << root;
        m_roots << rootIndex;
        for (const QString &value : values) {
            Code code;
            code.guid = RefiQdaExporter::guid(prefix + value);
            code.name = value;
            guids.insert(value, code.guid);
            m_codes[rootIndex].children << int(m_codes.size());
            m_codes << code;
        }
        return guids;
    }

    QList<Code> m_codes;
    QList<int> m_roots;
    QHash<QString, int> m_tags;
    QHash<QString, QString> m_claimTypes;
    QHash<QString, QString> m_verdicts;
};

struct Variable {
    QStringView name;
    QString guid;
};

QList<Variable> variables()
{
    QList<Variable> list;
    for (QStringView name :
         {V::kAuthorVariable, V::kOutletVariable, V::kDateVariable, V::kUrlVariable,
          V::kFileVariable, V::kSha256Variable, V::kLanguagesVariable, V::kCitationKeyVariable})
        list << Variable{name, RefiQdaExporter::guid(u"variable/" + name.toString())};
    return list;
}

// One essay's GUID key: its file's SHA-256, unless another essay of the set has the same
// file (the same bytes imported from two paths), then with the essay id.
QList<QString> sourceKeys(const ExportSet &set)
{
    QHash<QString, int> uses;
    for (const ExportedEssay &exported : set.essays)
        ++uses[exported.essay.sha256];
    QList<QString> keys;
    for (const ExportedEssay &exported : set.essays) {
        const Essay &essay = exported.essay;
        keys << (uses.value(essay.sha256) > 1 || essay.sha256.isEmpty()
                     ? QStringLiteral("%1/%2").arg(essay.sha256).arg(essay.id)
                     : essay.sha256);
    }
    return keys;
}

// Whether the annotation still sits where its anchor says: otherwise it has no place in
// the plain text and is written as a Note.
bool placed(const Essay &essay, const EssayPlainText &plain, const Annotation &annotation)
{
    const Anchor &anchor = annotation.anchor;
    return !annotation.orphaned && anchor.block >= 0 && anchor.block < plain.blockCount() &&
           anchor.start >= 0 && anchor.start < anchor.end &&
           anchor.end <= plain.blockLength(anchor.block) && anchor.block < essay.blocks.size();
}

// The counterpart's span: the user's selection in the counterpart block when it is found
// there, else the whole block. In code points of the block.
std::pair<int, int> counterpartSpan(const Essay &essay, const Annotation &annotation)
{
    const QString &text = essay.blocks[annotation.counterpartBlock].text;
    if (!annotation.counterpartQuote.isEmpty()) {
        const qsizetype at = text.indexOf(annotation.counterpartQuote);
        if (at >= 0) {
            const int start = int(utf16OffsetToCodePoint(text, at));
            return {start, start + int(codePointCount(annotation.counterpartQuote))};
        }
    }
    return {0, int(codePointCount(text))};
}

class ProjectWriter
{
public:
    ProjectWriter(const ExportSet &set, QByteArray *xml)
        : m_set(set)
        , m_codes(set)
        , m_variables(variables())
        , m_user(RefiQdaExporter::guid(QStringLiteral("user/duizhao")))
        , m_xml(xml)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    // Writes project.qde; each source's plain text goes to `sources` (file name → text).
    void write(QList<std::pair<QString, QByteArray>> *sources)
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(V::kNamespace.toString());
        m_xml.writeStartElement(QStringLiteral("Project"));
        m_xml.writeAttribute(QStringLiteral("name"), m_set.claimsOnly
                                                         ? QStringLiteral("Duizhao claims")
                                                         : QStringLiteral("Duizhao notes"));
        m_xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Duizhao"));
        m_xml.writeAttribute(QStringLiteral("creatingUserGUID"), m_user);

        m_xml.writeStartElement(QStringLiteral("Users"));
        m_xml.writeEmptyElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("guid"), m_user);
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Duizhao"));
        m_xml.writeEndElement();

        m_xml.writeStartElement(QStringLiteral("CodeBook"));
        m_xml.writeStartElement(QStringLiteral("Codes"));
        QSet<int> written;
        for (int root : m_codes.roots())
            writeCode(root, written);
        m_xml.writeEndElement();
        m_xml.writeEndElement();

        m_xml.writeStartElement(QStringLiteral("Variables"));
        for (const Variable &variable : std::as_const(m_variables)) {
            m_xml.writeEmptyElement(QStringLiteral("Variable"));
            m_xml.writeAttribute(QStringLiteral("guid"), variable.guid);
            m_xml.writeAttribute(QStringLiteral("name"), variable.name.toString());
            m_xml.writeAttribute(QStringLiteral("typeOfVariable"), QStringLiteral("Text"));
        }
        m_xml.writeEndElement();

        const QList<QString> keys = sourceKeys(m_set);
        if (!m_set.essays.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("Sources"));
            for (qsizetype i = 0; i < m_set.essays.size(); ++i)
                writeSource(m_set.essays[i], keys[i], sources);
            m_xml.writeEndElement();
        }
        if (!m_notes.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("Notes"));
            for (const auto &[guid, note] : std::as_const(m_notes)) {
                m_xml.writeStartElement(QStringLiteral("Note"));
                m_xml.writeAttribute(QStringLiteral("guid"), guid);
                m_xml.writeAttribute(QStringLiteral("name"), note.first);
                m_xml.writeAttribute(QStringLiteral("creatingUser"), m_user);
                m_xml.writeTextElement(QStringLiteral("PlainTextContent"), note.second);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        if (!m_links.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("Links"));
            for (const auto &[origin, target] : std::as_const(m_links)) {
                m_xml.writeEmptyElement(QStringLiteral("Link"));
                m_xml.writeAttribute(QStringLiteral("guid"),
                                     RefiQdaExporter::guid(u"link/" + origin + u'/' + target));
                m_xml.writeAttribute(QStringLiteral("name"), V::kCounterpartLink.toString());
                m_xml.writeAttribute(QStringLiteral("direction"), QStringLiteral("OneWay"));
                m_xml.writeAttribute(QStringLiteral("originGUID"), origin);
                m_xml.writeAttribute(QStringLiteral("targetGUID"), target);
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // Project
        m_xml.writeEndDocument();
    }

private:
    void text(const QString &name, const QString &value)
    {
        m_xml.writeTextElement(name, XmlText::clean(value));
    }

    void attribute(const QString &name, const QString &value)
    {
        m_xml.writeAttribute(name, XmlText::clean(value));
    }

    void writeCode(int index, QSet<int> &written)
    {
        if (written.contains(index))
            return; // a cycle in the parents: every code once
        written.insert(index);
        const Code &code = m_codes.codes()[index];
        m_xml.writeStartElement(QStringLiteral("Code"));
        m_xml.writeAttribute(QStringLiteral("guid"), code.guid);
        attribute(QStringLiteral("name"), code.name);
        m_xml.writeAttribute(QStringLiteral("isCodable"),
                             code.codable ? QStringLiteral("true") : QStringLiteral("false"));
        if (!code.color.isEmpty())
            m_xml.writeAttribute(QStringLiteral("color"), code.color);
        if (!code.description.isEmpty())
            text(QStringLiteral("Description"), code.description);
        for (int child : code.children)
            writeCode(child, written);
        m_xml.writeEndElement();
    }

    void dates(const Annotation &annotation)
    {
        m_xml.writeAttribute(QStringLiteral("creatingUser"), m_user);
        const QString created = dateTime(annotation.created);
        if (!created.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), created);
        m_xml.writeAttribute(QStringLiteral("modifyingUser"), m_user);
        const QString modified = dateTime(annotation.modified);
        if (!modified.isEmpty())
            m_xml.writeAttribute(QStringLiteral("modifiedDateTime"), modified);
    }

    void coding(const QString &selection, const QString &code, const Annotation &annotation)
    {
        if (code.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("Coding"));
        m_xml.writeAttribute(QStringLiteral("guid"),
                             RefiQdaExporter::guid(u"coding/" + selection + u'/' + code));
        m_xml.writeAttribute(QStringLiteral("creatingUser"), m_user);
        const QString created = dateTime(annotation.created);
        if (!created.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), created);
        m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
        m_xml.writeAttribute(QStringLiteral("targetGUID"), code);
        m_xml.writeEndElement();
    }

    void writeSource(const ExportedEssay &exported, const QString &key,
                     QList<std::pair<QString, QByteArray>> *sources)
    {
        const Essay &essay = exported.essay;
        const EssayPlainText plain(essay.blocks);
        const QString source = RefiQdaExporter::guid(u"source/" + key);
        const QString file = source + QStringLiteral(".txt");
        sources->append({V::kSourcesFolder + file, plain.text().toUtf8()});

        m_xml.writeStartElement(QStringLiteral("TextSource"));
        m_xml.writeAttribute(QStringLiteral("guid"), source);
        attribute(QStringLiteral("name"),
                  essay.title.isEmpty() ? essay.file.section(u'/', -1) : essay.title);
        m_xml.writeAttribute(QStringLiteral("plainTextPath"), V::kInternalScheme + file);
        m_xml.writeAttribute(QStringLiteral("creatingUser"), m_user);

        QStringList noteRefs;
        for (const Annotation &annotation : exported.annotations) {
            const QString selection = RefiQdaExporter::guid(
                QStringLiteral("selection/%1/%2").arg(key).arg(annotation.id));
            if (!placed(essay, plain, annotation)) {
                const QString note = RefiQdaExporter::guid(
                    QStringLiteral("orphaned/%1/%2").arg(key).arg(annotation.id));
                QString content = QStringLiteral("Orphaned annotation (its text was not found "
                                                 "again after the file changed): \u00ab") +
                                  annotation.anchor.quote + QStringLiteral("\u00bb");
                if (!annotation.note.isEmpty())
                    content += QStringLiteral("\n\n") + annotation.note;
                m_notes.append({note,
                                {XmlText::clean(selectionName(annotation.anchor.quote)),
                                 XmlText::clean(content)}});
                noteRefs << note;
                continue;
            }
            const Anchor &anchor = annotation.anchor;
            m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
            m_xml.writeAttribute(QStringLiteral("guid"), selection);
            attribute(QStringLiteral("name"), selectionName(anchor.quote));
            m_xml.writeAttribute(QStringLiteral("startPosition"),
                                 QString::number(plain.toPlain(anchor.block, anchor.start)));
            m_xml.writeAttribute(QStringLiteral("endPosition"),
                                 QString::number(plain.toPlain(anchor.block, anchor.end)));
            dates(annotation);
            if (!annotation.note.isEmpty())
                text(QStringLiteral("Description"), annotation.note);
            for (const QString &tag : annotation.tags)
                coding(selection, m_codes.tag(tag), annotation);
            if (annotation.isClaim()) {
                coding(selection, m_codes.claimType(annotation.claimType), annotation);
                coding(selection, m_codes.verdict(annotation.verdict), annotation);
            }
            m_xml.writeEndElement();

            if (annotation.counterpartBlock >= 0 &&
                annotation.counterpartBlock < essay.blocks.size() &&
                annotation.counterpartBlock != anchor.block) {
                const auto [start, end] = counterpartSpan(essay, annotation);
                if (start < end) {
                    const QString counterpart = RefiQdaExporter::guid(
                        QStringLiteral("counterpart/%1/%2").arg(key).arg(annotation.id));
                    const QString &block = essay.blocks[annotation.counterpartBlock].text;
                    const qsizetype from = codePointToUtf16Offset(block, start);
                    const QString quote =
                        block.mid(from, codePointToUtf16Offset(block, end) - from);
                    m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
                    m_xml.writeAttribute(QStringLiteral("guid"), counterpart);
                    attribute(QStringLiteral("name"), selectionName(quote));
                    m_xml.writeAttribute(
                        QStringLiteral("startPosition"),
                        QString::number(plain.toPlain(annotation.counterpartBlock, start)));
                    m_xml.writeAttribute(
                        QStringLiteral("endPosition"),
                        QString::number(plain.toPlain(annotation.counterpartBlock, end)));
                    dates(annotation);
                    m_xml.writeEndElement();
                    m_links.append({selection, counterpart});
                }
            }
        }
        for (const QString &note : std::as_const(noteRefs)) {
            m_xml.writeEmptyElement(QStringLiteral("NoteRef"));
            m_xml.writeAttribute(QStringLiteral("targetGUID"), note);
        }

        QStringList languages;
        for (Language language : essay.languages)
            languages << languageTag(language);
        const QStringList values{essay.author,
                                 essay.outlet,
                                 essay.date,
                                 essay.url,
                                 essay.file,
                                 essay.sha256,
                                 languages.join(QStringLiteral(", ")),
                                 CitationKey::of(essay)};
        for (qsizetype i = 0; i < m_variables.size(); ++i) {
            if (values[i].isEmpty())
                continue;
            m_xml.writeStartElement(QStringLiteral("VariableValue"));
            m_xml.writeEmptyElement(QStringLiteral("VariableRef"));
            m_xml.writeAttribute(QStringLiteral("targetGUID"), m_variables[i].guid);
            text(QStringLiteral("TextValue"), values[i]);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // TextSource
    }

    const ExportSet &m_set;
    CodeBook m_codes;
    QList<Variable> m_variables;
    QString m_user;
    QXmlStreamWriter m_xml;
    QList<std::pair<QString, std::pair<QString, QString>>> m_notes; // guid, (name, content)
    QList<std::pair<QString, QString>> m_links;                     // origin, target
};

} // namespace

QString RefiQdaExporter::guid(const QString &key)
{
    static const QUuid kNamespace(QStringLiteral("{3c9e2b71-5a04-4d8e-9f61-2b7d0c4e8a15}"));
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

QByteArray RefiQdaExporter::projectXml(const ExportSet &set)
{
    QByteArray xml;
    QList<std::pair<QString, QByteArray>> sources;
    ProjectWriter(set, &xml).write(&sources);
    return xml;
}

QByteArray RefiQdaExporter::write(const ExportSet &set) const
{
    QByteArray xml;
    QList<std::pair<QString, QByteArray>> sources;
    ProjectWriter(set, &xml).write(&sources);
    ZipWriter zip;
    zip.add(V::kProjectFile.toString(), xml);
    for (const auto &[name, bytes] : std::as_const(sources)) {
        // REFI-QDA 1.5 §8.5: an internal file is at most 2^31 - 1 bytes.
        if (bytes.size() > 0x7FFFFFFF)
            throw std::runtime_error("an essay is larger than REFI-QDA's 2 GB limit for a file");
        zip.add(name, bytes);
    }
    return zip.finish();
}

} // namespace duizhao
