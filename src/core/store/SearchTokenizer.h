#pragma once

struct sqlite3;

namespace duizhao {

// The FTS5 tokenizer "duizhao", registered on every library connection through
// fts5_api. It folds with SearchFolder (width, case, script, regional vocabulary) and
// splits the folded text into:
//
//  - words: runs of letters and digits outside CJK ("DeepSeek" → "deepseek"); with
//    the argument "stem" (tokenize = 'duizhao stem') each word, and only words, goes
//    through FTS5's porter stemmer ("controls" → "control")
//  - CJK: every character as a unigram, colocated with the bigram starting at it (the
//    bigram first; document side). A query of one character looks up the unigram
//    (镥 finds an essay that has it once); a longer run becomes a phrase of bigrams
//    (出口管制 → 出口 口管 管制), which is exact and fast.
//
// Every token's offsets point into the original UTF-8 text, so snippet() and
// highlight() quote the essay in its own script.
namespace SearchTokenizer {

inline constexpr const char *kName = "duizhao";

// Registers the tokenizer on `db`. Throws DatabaseError when FTS5 is unavailable.
void registerWith(sqlite3 *db);

} // namespace SearchTokenizer
} // namespace duizhao
