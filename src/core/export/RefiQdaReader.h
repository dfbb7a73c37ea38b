#pragma once

#include "WebAnnotationReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace duizhao {

// Reads a REFI-QDA project (.qdpx): Duizhao's own export (RefiQdaExporter) and what QDA
// tools make of it or write themselves (QualCoder, MAXQDA, ATLAS.ti). Pure: bytes in,
// the project's text sources, codes and codings out; which essay a source is, is the
// caller's question (services/RefiQdaImporter).
//
// Read leniently, as other tools write it: any element's namespace, GUIDs in any case
// and with or without braces, the project file under any name ending .qde, the sources
// folder as "sources/" or "Sources/", source files with or without a UTF-8 BOM,
// a source's text inline (PlainTextContent) or in a file (plainTextPath internal://…).
// Sources other than TextSource (PDF, pictures, audio, video) are counted and skipped.
class RefiQdaReader
{
public:
    struct Code {
        QString guid;
        QString name;
        QString color;
        QString description;
        QString parentGuid; // empty at the top
        bool codable = true;
    };
    struct Selection {
        QString guid;
        qint64 start = 0; // code points of the source's plain text, [start, end)
        qint64 end = 0;
        QString name;
        QString description;
        QStringList codes; // GUIDs of the codes of its codings
        QStringList notes; // GUIDs of its NoteRefs
        QDateTime created;
        QDateTime modified;
    };
    struct Source {
        QString guid;
        QString name;
        QString text;                      // the plain text, without a BOM
        QHash<QString, QString> variables; // variable name → text value
        QList<Selection> selections;
        QStringList notes; // GUIDs of its NoteRefs
    };
    struct Note {
        QString guid;
        QString name;
        QString text;
        QList<Selection> selections; // QualCoder writes annotations as notes with a span
    };
    struct Link {
        QString name;
        QString origin;
        QString target;
    };
    struct Project {
        QList<Code> codes; // parents before children
        QList<Source> sources;
        QHash<QString, Note> notes;
        QList<Link> links;
        int skippedSources = 0; // not text
    };

    // nullopt with `error` set when the bytes are not a .qdpx (no ZIP, no .qde, XML that
    // does not parse, no Project). A source whose text file is missing is kept with an
    // empty text (its selections then cannot be placed).
    static std::optional<Project> read(const QByteArray &qdpx, QString *error);
    // project.qde alone, with the sources' files looked up by `file` (may return nullopt).
    static std::optional<Project>
    readXml(const QByteArray &xml, const std::function<std::optional<QByteArray>(QString)> &file,
            QString *error);

    // One source's codings as annotations to place, anchored in the blocks of its plain
    // text (EssayPlainText: one block a line). Selections with the same span are one
    // annotation (QualCoder writes one selection per code); a selection that is the
    // target of a "counterpart" Link is the counterpart of its origin, not an annotation;
    // a selection that crosses a line ends at the end of its first line. Codes under the
    // "Claim type" and "Verdict" folders give the claim type and verdict, other codes
    // the tags; the note is the Description, then the text of referenced notes. `source`
    // and `sha256` of each item come from the File and SHA-256 variables.
    static QList<WebAnnotationReader::Item> items(const Project &project, const Source &source);

    // What a code stands for: codes under the top-level, non-codable "Claim type" and
    // "Verdict" folders
    // are claim types and verdicts, other codable codes tags; non-codable codes elsewhere
    // are folders (they may still be a tag's parent). By code GUID.
    enum class CodeKind { Tag, ClaimType, Verdict, Folder };
    static QHash<QString, CodeKind> codeKinds(const Project &project);

    // "{ABC-…}" → "abc-…": GUIDs as compared.
    static QString normalGuid(QStringView guid);
};

} // namespace duizhao
