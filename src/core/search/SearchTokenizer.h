#pragma once

#include <functional>
#include <string_view>
#include <vector>

struct sqlite3;
struct Fts5Tokenizer;
struct fts5_api;

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
// Every token's offsets point into the original UTF-8 text, so a match can be marked in
// the essay's own script.
//
// An essay is indexed as one row whose columns join its blocks, each block preceded by
// kBlockMarker. In a document the marker is a token of its own (kMarkerToken), so that
// no phrase runs from one block into the next, and its position tells where a block
// begins: while a row is inserted, a BlockLayoutRecorder set on the inserting thread
// collects those positions column by column (EssayIndex stores them).
namespace SearchTokenizer {

inline constexpr const char *kName = "duizhao";
inline constexpr char32_t kBlockMarker = 0x1E; // ASCII RECORD SEPARATOR
inline constexpr std::string_view kMarkerToken = "\x1e";

// Registers the tokenizer on `db`. Throws DatabaseError when FTS5 is unavailable.
void registerWith(sqlite3 *db);
// FTS5's extension API on `db`, or nullptr without FTS5.
fts5_api *fts5Of(sqlite3 *db);

// What one row's tokenization looked like, one entry per column tokenized (FTS5
// tokenizes every column of a row in order).
struct BlockLayoutRecorder {
    struct Column {
        std::vector<int> markerPositions; // FTS5 position of each block marker
        int positions = 0;                // positions in the whole column
    };
    std::vector<Column> columns;
};

// Documents tokenized on this thread are recorded into `recorder` until it is set back
// to nullptr.
void setRecorder(BlockLayoutRecorder *recorder);

// One token as FTS5 sees it: its bytes, the byte span of the original UTF-8 it came
// from, and whether it shares the position of the token before (a CJK unigram under its
// bigram).
struct Token {
    std::string_view text;
    int begin;
    int end;
    bool colocated;
};

// The tokenizer used directly, outside FTS5: the same tokens, stems included, for
// query terms and for the few blocks whose matches a search marks.
class Session
{
public:
    explicit Session(sqlite3 *db);
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;
    ~Session();

    // `query`: as FTS5 tokenizes a query term (CJK runs as bigrams only); otherwise as a
    // document. `prefix`: the term is a prefix (the last token is not stemmed).
    void tokenize(std::string_view utf8, bool query, bool prefix,
                  const std::function<void(const Token &)> &onToken) const;

private:
    Fts5Tokenizer *m_instance = nullptr;
};

} // namespace SearchTokenizer
} // namespace duizhao
