#pragma once

#include "ingest/Block.h"
#include "ingest/Pair.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace duizhao {

// An essay as the library holds it: what `list` shows, plus blocks and pairs when
// loaded in full (Library::essay).
struct EssayRecord {
    qint64 id = 0;
    QString file;
    QString sha256;
    qint64 size = 0;
    QString encoding;
    int encodingConfidence = 0;
    QStringList warnings;
    QString title;
    bool titleDerived = false;
    QString author;
    QString outlet;
    QString date;
    QString url;
    QList<Language> languages;
    Language script = Language::Undetermined;
    QDateTime importedAt;
    QDateTime updatedAt;
    int blockCount = 0;
    int pairCount = 0;
    int annotationCount = 0;
    QStringList editedFields;     // metadata the user corrected ("title", "author", ...)
    bool alignmentEdited = false; // pairs are the user's, not the automatic ones

    QList<Block> blocks; // empty in listings
    QList<Pair> pairs;   // empty in listings
};

} // namespace duizhao
