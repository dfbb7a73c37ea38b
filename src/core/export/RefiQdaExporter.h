#pragma once

#include "Exporter.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace duizhao {

// A REFI-QDA 1.5 project (.qdpx) for QDA tools (QualCoder, MAXQDA, ATLAS.ti, NVivo): a ZIP
// holding project.qde, valid against Project-mrt2019.xsd, and sources/ with one UTF-8
// plain text per essay.
//
//  - essay → TextSource (name: the title; plainTextPath internal://GUID.txt holding the
//    EssayPlainText; variables Author, Outlet, Date, URL, File, SHA-256, Languages,
//    Citation key);
//  - tag codebook → Codes, nested as the tags are, with their colours and descriptions;
//    claim types and verdicts → codable Codes under the non-codable "Claim type" and
//    "Verdict";
//  - annotation → PlainTextSelection [start, end) in code points of the plain text, with
//    the note as its Description and one Coding per tag, claim type and verdict;
//  - counterpart → a second PlainTextSelection (no codings) and a Link "counterpart"
//    from the annotation's selection to it;
//  - orphaned annotation (no place in the text) → a Note on the TextSource with the
//    quote and the note.
//
// GUIDs are name-based (UUID v5) of stable keys: the essay's SHA-256 (and id when two
// essays share a file), annotation ids, tag ids. The same library exports the same GUIDs,
// and the same bytes: no clock is read.
class RefiQdaExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;
    bool isBinary() const override { return true; }

    // project.qde alone (the XML), for tests and the schema check.
    static QByteArray projectXml(const ExportSet &set);

    // A GUID of this export's namespace for `key`.
    static QString guid(const QString &key);
};

} // namespace duizhao
