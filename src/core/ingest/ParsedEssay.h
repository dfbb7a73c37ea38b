#pragma once

#include "Block.h"
#include "DecodedText.h"
#include "Pair.h"

#include <QList>
#include <QString>

namespace duizhao {

// Everything the ingest pipeline learns from one file, before it is stored.
struct ParsedEssay {
    QString title;
    bool titleDerived = false; // no title line: made from the first sentence
    QString author;
    QString outlet;
    QString date; // ISO 8601 (yyyy-MM-dd) when the text names one
    QString url;
    Language script = Language::Undetermined; // dominant script of the Chinese text
    QList<Language> languages;                // distinct block languages, en first, "und" excluded
    QList<Block> blocks;
    QList<Pair> pairs;

    // From decoding.
    QString encoding;
    int encodingConfidence = 0;
    QStringList warnings;
};

} // namespace duizhao
