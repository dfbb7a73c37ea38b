#pragma once

#include "Block.h"
#include "Pair.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

// An essay as the library table shows it: every field here is filled by the one-pass
// listing (Library::essays().listing()) that a cold start reads for every essay.
struct EssaySummary {
    qint64 id = 0;
    QString file;
    QStringList warnings;
    QString title;
    bool titleDerived = false;
    QString author;
    QString outlet;
    QString date;
    QString url;
    QList<Language> languages;
    Language script = Language::Undetermined;
    int blockCount = 0;
    int pairCount = 0;
    int annotationCount = 0;
    QStringList editedFields; // metadata the user corrected ("title", "author", ...)
};

// Everything stored about an essay but its content: the summary plus where the file came
// from and when it was imported (EssayRepository::all, EssayRepository::find).
struct EssayDetails : EssaySummary {
    QString sha256;
    qint64 size = 0;
    QString encoding;
    int encodingConfidence = 0;
    QDateTime importedAt;
    QDateTime updatedAt;
    bool alignmentEdited = false; // pairs are the user's, not the automatic ones
};

// An essay in full: its details, its blocks and its pairs (EssayRepository::find).
struct Essay : EssayDetails {
    QList<Block> blocks;
    QList<Pair> pairs;
};

} // namespace duizhao
