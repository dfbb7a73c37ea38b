#pragma once

#include "AnnotationImporter.h"
#include "RefiQdaReader.h"

#include <QHash>
#include <QList>

namespace duizhao {

class Library;

// A REFI-QDA project's codings brought into the library as annotations: one of Duizhao's
// own .qdpx exports, or what a QDA tool (QualCoder, …) wrote after coding it.
//
// Which essay a text source is: the essay whose file has the source's SHA-256 variable;
// else the essay whose plain text (EssayPlainText) has the same SHA-256 as the source's
// text (a tool that kept the text but not the variables); else none, and each annotation
// is placed by its quote, as a W3C import without a file is (AnnotationImporter: the one
// essay holding the quote word for word). Then AnnotationImporter places each annotation
// (Reanchorer from block and position) and never adds one twice.
//
// Codes become tags: a code an imported annotation uses that the codebook lacks is
// created with its colour, description and parent (a parent code that is not in the
// codebook either is created too). Tags already in the codebook are left as they are.
class RefiQdaImporter
{
public:
    explicit RefiQdaImporter(Library &library);

    QList<AnnotationImporter::Outcome> run(const RefiQdaReader::Project &project);

    // The items to place for each source, each aimed at its essay when one matches.
    QList<WebAnnotationReader::Item> items(const RefiQdaReader::Project &project);

private:
    // The library essay a source is, or 0.
    qint64 match(const RefiQdaReader::Source &source);
    void createTags(const RefiQdaReader::Project &project,
                    const QList<WebAnnotationReader::Item> &items);

    Library &m_library;
    QList<EssayDetails> m_essays;
    QHash<QString, qint64> m_byPlainTextHash; // filled on first need
    bool m_hashed = false;
};

} // namespace duizhao
