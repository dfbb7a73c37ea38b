#pragma once

#include "BlockKind.h"
#include "Language.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace duizhao {

struct SearchOptions {
    int limit = 20;                  // essays returned (the total counts them all)
    bool foldVocabulary = true;      // off: --exact-vocabulary (芯片 no longer finds 晶片)
    bool foldScript = true;          // off: --exact-script (美国 no longer finds 美國)
    bool includeBoilerplate = false; // ads, disclaimers, footers, duplicates
    qint64 essayId = 0;              // 0: every essay
    std::optional<Language> language;
    std::optional<BlockKind> kind;
    int threads = 0; // 0: one per core, for a library big enough to gain (SearchShards)
};

// One essay that matches: its best block, with a snippet of that block in the original
// script. Highlights are [start, end) in code points of the block's original text.
struct SearchHit {
    qint64 essayId = 0;
    QString title;
    int block = 0; // block index in the essay
    BlockKind kind = BlockKind::Paragraph;
    Language language = Language::Undetermined;
    double score = 0; // higher is better (BM25 over essays; title matches ×2, headings ×1.5)
    int matchingBlocks = 0; // blocks of this essay that match
    QString snippet;        // the match marked «like this»
    QList<QPair<int, int>> highlights;
};

// One block that satisfies a query, with the places of it where the index holds a match
// of a positive term (a concordance lists one line for each).
struct MatchedBlock {
    qint64 essayId = 0;
    int block = 0;
    int matches = 0;
};

struct SearchResults {
    QString query;
    int total = 0; // essays that match
    QList<SearchHit> hits;
};

} // namespace duizhao
