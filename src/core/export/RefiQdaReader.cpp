#include "RefiQdaReader.h"

#include "CodePoints.h"
#include "EssayPlainText.h"
#include "RefiQdaVocabulary.h"
#include "ZipReader.h"

#include <QMap>
#include <QSet>
#include <QXmlStreamReader>

namespace duizhao {

namespace V = RefiQdaVocabulary;

namespace {

QString textOf(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

QString decodeSource(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

class ProjectParser
{
public:
    ProjectParser(const QByteArray &xml,
                  const std::function<std::optional<QByteArray>(QString)> &file)
        : m_xml(xml)
        , m_file(file)
    {}

    std::optional<RefiQdaReader::Project> parse(QString *error)
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != u"Project") {
            *error = m_xml.hasError() ? xmlError()
                                      : QStringLiteral("project.qde has no Project element");
            return std::nullopt;
        }
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"CodeBook")
                codeBook();
            else if (name == u"Sources")
                sources();
            else if (name == u"Notes")
                notes();
            else if (name == u"Links")
                links();
            else
                m_xml.skipCurrentElement();
        }
        if (m_xml.hasError()) {
            *error = xmlError();
            return std::nullopt;
        }
        return m_project;
    }

private:
    QString xmlError() const
    {
        return QStringLiteral("project.qde is not well-formed XML: %1 (line %2)")
            .arg(m_xml.errorString())
            .arg(m_xml.lineNumber());
    }

    QString attribute(QStringView name) const
    {
        return m_xml.attributes().value(name.toString()).toString();
    }

    void codeBook()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Codes") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"Code")
                        code(QString());
                    else
                        m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void code(const QString &parent)
    {
        RefiQdaReader::Code code;
        code.guid = RefiQdaReader::normalGuid(attribute(u"guid"));
        code.name = attribute(u"name");
        code.color = attribute(u"color");
        code.codable = attribute(u"isCodable") != u"false";
        code.parentGuid = parent;
        const qsizetype index = m_project.codes.size();
        m_project.codes << code;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Description")
                m_project.codes[index].description = textOf(m_xml);
            else if (m_xml.name() == u"Code")
                this->code(code.guid);
            else
                m_xml.skipCurrentElement();
        }
    }

    QString fileText(const QString &path)
    {
        if (!path.startsWith(V::kInternalScheme))
            return {}; // relative:// and absolute:// sources are outside the archive
        const std::optional<QByteArray> bytes = m_file(path.mid(V::kInternalScheme.size()));
        return bytes ? decodeSource(*bytes) : QString();
    }

    RefiQdaReader::Selection selection()
    {
        RefiQdaReader::Selection selection;
        selection.guid = RefiQdaReader::normalGuid(attribute(u"guid"));
        selection.name = attribute(u"name");
        selection.start = attribute(u"startPosition").toLongLong();
        selection.end = attribute(u"endPosition").toLongLong();
        selection.created = QDateTime::fromString(attribute(u"creationDateTime"), Qt::ISODate);
        selection.modified = QDateTime::fromString(attribute(u"modifiedDateTime"), Qt::ISODate);
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Description") {
                selection.description = textOf(m_xml);
            } else if (name == u"Coding") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"CodeRef")
                        selection.codes << RefiQdaReader::normalGuid(attribute(u"targetGUID"));
                    m_xml.skipCurrentElement();
                }
            } else if (name == u"NoteRef") {
                selection.notes << RefiQdaReader::normalGuid(attribute(u"targetGUID"));
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return selection;
    }

    void sources()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"TextSource") {
                ++m_project.skippedSources;
                m_xml.skipCurrentElement();
                continue;
            }
            RefiQdaReader::Source source;
            source.guid = RefiQdaReader::normalGuid(attribute(u"guid"));
            source.name = attribute(u"name");
            const QString path = attribute(u"plainTextPath");
            while (m_xml.readNextStartElement()) {
                const QStringView name = m_xml.name();
                if (name == u"PlainTextContent") {
                    source.text = textOf(m_xml);
                } else if (name == u"PlainTextSelection") {
                    source.selections << selection();
                } else if (name == u"NoteRef") {
                    source.notes << RefiQdaReader::normalGuid(attribute(u"targetGUID"));
                    m_xml.skipCurrentElement();
                } else if (name == u"VariableValue") {
                    variableValue(source);
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            if (source.text.isEmpty() && !path.isEmpty())
                source.text = fileText(path);
            m_project.sources << source;
        }
    }

    void variableValue(RefiQdaReader::Source &source)
    {
        QString variable;
        QString value;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"VariableRef") {
                variable = RefiQdaReader::normalGuid(attribute(u"targetGUID"));
                m_xml.skipCurrentElement();
            } else {
                value = textOf(m_xml);
            }
        }
        // Variables are declared before the sources; their names are known by now.
        source.variables.insert(m_variableNames.value(variable, variable), value);
    }

    void notes()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Note") {
                m_xml.skipCurrentElement();
                continue;
            }
            RefiQdaReader::Note note;
            note.guid = RefiQdaReader::normalGuid(attribute(u"guid"));
            note.name = attribute(u"name");
            const QString path = attribute(u"plainTextPath");
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"PlainTextContent")
                    note.text = textOf(m_xml);
                else if (m_xml.name() == u"PlainTextSelection")
                    note.selections << selection();
                else
                    m_xml.skipCurrentElement();
            }
            if (note.text.isEmpty() && !path.isEmpty())
                note.text = fileText(path);
            m_project.notes.insert(note.guid, note);
        }
    }

    void links()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Link") {
                m_project.links << RefiQdaReader::Link{
                    attribute(u"name"), RefiQdaReader::normalGuid(attribute(u"originGUID")),
                    RefiQdaReader::normalGuid(attribute(u"targetGUID"))};
            }
            m_xml.skipCurrentElement();
        }
    }

public:
    void variables(const QByteArray &xml)
    {
        // A first pass for the variables' names, wherever the Variables element is.
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement &&
                reader.name() == u"Variable") {
                m_variableNames.insert(
                    RefiQdaReader::normalGuid(reader.attributes().value(QStringLiteral("guid"))),
                    reader.attributes().value(QStringLiteral("name")).toString());
            }
        }
    }

private:
    QXmlStreamReader m_xml;
    std::function<std::optional<QByteArray>(QString)> m_file;
    RefiQdaReader::Project m_project;
    QHash<QString, QString> m_variableNames;
};

} // namespace

QString RefiQdaReader::normalGuid(QStringView guid)
{
    QString text = guid.trimmed().toString().toLower();
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2);
    return text;
}

std::optional<RefiQdaReader::Project>
RefiQdaReader::readXml(const QByteArray &xml,
                       const std::function<std::optional<QByteArray>(QString)> &file,
                       QString *error)
{
    ProjectParser parser(xml, file);
    parser.variables(xml);
    return parser.parse(error);
}

std::optional<RefiQdaReader::Project> RefiQdaReader::read(const QByteArray &qdpx, QString *error)
{
    const std::optional<ZipReader> zip = ZipReader::open(qdpx, error);
    if (!zip)
        return std::nullopt;
    const ZipReader::Entry *project = zip->find(V::kProjectFile.toString());
    for (const ZipReader::Entry &entry : zip->entries()) {
        if (!project && !entry.name.contains(u'/') &&
            entry.name.endsWith(u".qde", Qt::CaseInsensitive))
            project = &entry;
    }
    if (!project) {
        *error = QStringLiteral("not a REFI-QDA project: the archive holds no project.qde");
        return std::nullopt;
    }
    const std::optional<QByteArray> xml = zip->read(*project, error);
    if (!xml)
        return std::nullopt;
    // Source files by name, folder case ignored ("sources/" or "Sources/").
    QHash<QString, const ZipReader::Entry *> files;
    for (const ZipReader::Entry &entry : zip->entries()) {
        const qsizetype slash = entry.name.indexOf(u'/');
        if (slash > 0 &&
            entry.name.left(slash + 1).compare(V::kSourcesFolder, Qt::CaseInsensitive) == 0)
            files.insert(entry.name.mid(slash + 1).toLower(), &entry);
    }
    QString fileError;
    const auto file = [&](const QString &name) -> std::optional<QByteArray> {
        const ZipReader::Entry *entry = files.value(name.toLower());
        if (!entry)
            return std::nullopt;
        return zip->read(*entry, &fileError);
    };
    std::optional<Project> result = readXml(*xml, file, error);
    if (result && !fileError.isEmpty()) {
        *error = fileError;
        return std::nullopt;
    }
    return result;
}

namespace {

struct Span {
    int block = 0;
    int start = 0; // code points of the block
    int end = 0;
};

// A selection of the plain text as a span of one block; nullopt when it has no text.
std::optional<Span> spanOf(const EssayPlainText &plain, qint64 start, qint64 end)
{
    if (end <= start)
        return std::nullopt;
    std::optional<EssayPlainText::Place> from = plain.place(start);
    if (!from)
        return std::nullopt;
    // A selection that starts on a line's newline starts on the next line.
    if (from->position == plain.blockLength(from->block) && from->block + 1 < plain.blockCount())
        from = EssayPlainText::Place{from->block + 1, 0};
    const qint64 blockEnd = plain.blockStart(from->block) + plain.blockLength(from->block);
    const qint64 clipped = qMin(end, blockEnd);
    if (clipped <= plain.toPlain(from->block, from->position))
        return std::nullopt;
    return Span{from->block, from->position, int(clipped - plain.blockStart(from->block))};
}

QString slice(const QString &text, int start, int end)
{
    const qsizetype from = codePointToUtf16Offset(text, start);
    return text.mid(from, codePointToUtf16Offset(text, end) - from);
}

} // namespace

QHash<QString, RefiQdaReader::CodeKind> RefiQdaReader::codeKinds(const Project &project)
{
    QHash<QString, const Code *> codes;
    for (const Code &code : project.codes)
        codes.insert(code.guid, &code);
    QHash<QString, CodeKind> kinds;
    for (const Code &code : project.codes) {
        const Code *top = &code;
        QSet<QString> seen; // a cycle of parents ends the walk
        while (!top->parentGuid.isEmpty() && codes.contains(top->parentGuid) &&
               !seen.contains(top->guid)) {
            seen.insert(top->guid);
            top = codes.value(top->parentGuid);
        }
        CodeKind kind = code.codable ? CodeKind::Tag : CodeKind::Folder;
        if (top != &code && !top->codable &&
            top->name.compare(V::kClaimTypeCode, Qt::CaseInsensitive) == 0)
            kind = CodeKind::ClaimType;
        else if (top != &code && !top->codable &&
                 top->name.compare(V::kVerdictCode, Qt::CaseInsensitive) == 0)
            kind = CodeKind::Verdict;
        kinds.insert(code.guid, kind);
    }
    return kinds;
}

QList<WebAnnotationReader::Item> RefiQdaReader::items(const Project &project, const Source &source)
{
    QHash<QString, const Code *> codes;
    for (const Code &code : project.codes)
        codes.insert(code.guid, &code);
    const QHash<QString, CodeKind> kinds = codeKinds(project);

    QHash<QString, QString> counterpartOf; // origin selection → target selection
    QSet<QString> counterparts;
    for (const Link &link : project.links) {
        if (link.name.compare(V::kCounterpartLink, Qt::CaseInsensitive) == 0) {
            counterpartOf.insert(link.origin, link.target);
            counterparts.insert(link.target);
        }
    }
    QHash<QString, const Selection *> byGuid;
    for (const Selection &selection : source.selections)
        byGuid.insert(selection.guid, &selection);

    // QualCoder's annotations: notes the source refers to, each with a span of it.
    QList<Selection> selections = source.selections;
    for (const QString &guid : source.notes) {
        const auto note = project.notes.constFind(guid);
        if (note == project.notes.cend())
            continue;
        for (Selection selection : note->selections) {
            selection.description = note->text;
            selections << selection;
        }
    }

    const EssayPlainText plain(source.text);
    // Same span, one annotation, in text order.
    QMap<std::pair<qint64, qint64>, WebAnnotationReader::Item> merged;
    for (const Selection &selection : std::as_const(selections)) {
        if (counterparts.contains(selection.guid))
            continue;
        const std::pair<qint64, qint64> key{selection.start, selection.end};
        const bool first = !merged.contains(key);
        WebAnnotationReader::Item &item = merged[key];
        Annotation &annotation = item.annotation;
        if (first) {
            item.source = source.variables.value(V::kFileVariable.toString());
            item.sha256 = source.variables.value(V::kSha256Variable.toString());
            annotation.created = selection.created;
            annotation.modified = selection.modified;
            const std::optional<Span> span = spanOf(plain, selection.start, selection.end);
            if (!span) {
                annotation.anchor.block = -1;
                annotation.anchor.quote = selection.name;
                item.problem = QStringLiteral("the selection [%1, %2) is not in the text of "
                                              "source \u00ab%3\u00bb")
                                   .arg(selection.start)
                                   .arg(selection.end)
                                   .arg(source.name);
            } else {
                const QString block = plain.blockText(span->block);
                annotation.anchor.block = span->block;
                annotation.anchor.start = span->start;
                annotation.anchor.end = span->end;
                annotation.anchor.quote = slice(block, span->start, span->end);
                annotation.anchor.prefix =
                    slice(block, qMax(0, span->start - Anchor::kContextLength), span->start);
                annotation.anchor.suffix =
                    slice(block, span->end,
                          int(qMin<qint64>(plain.blockLength(span->block),
                                           span->end + Anchor::kContextLength)));
            }
        }
        QStringList notes;
        if (!selection.description.trimmed().isEmpty())
            notes << selection.description;
        for (const QString &guid : selection.notes) {
            const auto note = project.notes.constFind(guid);
            if (note != project.notes.cend() && !note->text.trimmed().isEmpty())
                notes << note->text;
        }
        for (const QString &text : std::as_const(notes)) {
            if (!annotation.note.split(QStringLiteral("\n\n")).contains(text))
                annotation.note = annotation.note.isEmpty()
                                      ? text
                                      : annotation.note + QStringLiteral("\n\n") + text;
        }
        for (const QString &guid : selection.codes) {
            const Code *code = codes.value(guid);
            if (!code)
                continue;
            switch (kinds.value(guid, CodeKind::Folder)) {
            case CodeKind::Tag:
                if (!annotation.tags.contains(code->name, Qt::CaseInsensitive))
                    annotation.tags << code->name;
                break;
            case CodeKind::ClaimType:
                annotation.claimType = code->name;
                break;
            case CodeKind::Verdict:
                annotation.verdict = code->name;
                break;
            case CodeKind::Folder:
                break;
            }
        }
        if (const QString target = counterpartOf.value(selection.guid); byGuid.contains(target)) {
            const Selection *other = byGuid.value(target);
            if (const std::optional<Span> span = spanOf(plain, other->start, other->end)) {
                annotation.counterpartBlock = span->block;
                const bool whole = span->start == 0 && span->end == plain.blockLength(span->block);
                if (!whole)
                    annotation.counterpartQuote =
                        slice(plain.blockText(span->block), span->start, span->end);
            }
        }
    }
    QList<WebAnnotationReader::Item> items;
    for (const WebAnnotationReader::Item &item : std::as_const(merged))
        items << item;
    return items;
}

} // namespace duizhao
