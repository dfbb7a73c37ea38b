#include "SearchTokenizer.h"

#include "DatabaseError.h"
#include "SearchFolder.h"

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace duizhao::SearchTokenizer {

namespace {

using CharClass = SearchFolder::CharClass;

// Writes the UTF-8 of `c` to `out` (room for 4 bytes); returns the length.
int encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

void appendUtf8(std::string &out, char32_t c)
{
    char bytes[4];
    out.append(bytes, size_t(encodeUtf8(c, bytes)));
}

// Words longer than this are cut: no real word is, and FTS5 keys stay small.
constexpr size_t kMaxWordCodePoints = 64;

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// An instance of "duizhao". With the argument "stem" it stems words itself, through
// FTS5's own porter tokenizer (fed one word at a time by "duizhao_word"), so that CJK
// tokens, most of what is indexed, skip the porter pass that wrapping the whole
// tokenizer in porter costs them. The stems are the same either way: porter leaves a
// token with no ASCII letters as it is.
struct Instance {
    Instance() = default;
    Instance(const Instance &) = delete;
    Instance &operator=(const Instance &) = delete;
    ~Instance()
    {
        if (porterInstance)
            porter.xDelete(porterInstance);
    }

    fts5_tokenizer porter{};
    Fts5Tokenizer *porterInstance = nullptr;
};

// Where a stemmed word goes: porter reports offsets within the word; the index wants
// them in the original text.
struct StemTarget {
    void *context;
    TokenCallback onToken;
    int begin;
    int end;
};

int forwardStem(void *target, int flags, const char *token, int length, int, int)
{
    auto *stem = static_cast<StemTarget *>(target);
    return stem->onToken(stem->context, flags, token, length, stem->begin, stem->end);
}

int emitWord(const Instance *instance, void *context, int flags, const std::string &word, int begin,
             int end, TokenCallback onToken)
{
    if (!instance->porterInstance)
        return onToken(context, 0, word.data(), int(word.size()), begin, end);
    StemTarget target{context, onToken, begin, end};
    return instance->porter.xTokenize(instance->porterInstance, &target, flags, word.data(),
                                      int(word.size()), forwardStem);
}

thread_local BlockLayoutRecorder *t_recorder = nullptr;

// Counts the positions FTS5 assigns (every token not colocated with the one before),
// so that the recorder sees the same numbers the index stores.
struct Counted {
    void *context;
    TokenCallback onToken;
    int positions = 0;
};

int countToken(void *target, int flags, const char *token, int length, int begin, int end)
{
    auto *counted = static_cast<Counted *>(target);
    if (!(flags & FTS5_TOKEN_COLOCATED))
        ++counted->positions;
    return counted->onToken(counted->context, flags, token, length, begin, end);
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int length,
             TokenCallback callback)
{
    const auto *instance = reinterpret_cast<const Instance *>(tokenizer);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    BlockLayoutRecorder::Column *recorded = nullptr;
    if (t_recorder && (flags & FTS5_TOKENIZE_DOCUMENT)) {
        t_recorder->columns.emplace_back();
        recorded = &t_recorder->columns.back();
    }
    Counted counted{context, callback};
    const TokenCallback onToken = countToken;
    context = &counted;

    thread_local std::vector<FoldedChar> chars;
    thread_local std::vector<CharClass> classes;
    thread_local std::string token;
    chars.clear();
    if (text == nullptr || length <= 0)
        return SQLITE_OK;
    SearchFolder::instance().fold(std::string_view(text, size_t(length)), {}, chars);
    classes.resize(chars.size());
    for (size_t i = 0; i < chars.size(); ++i)
        classes[i] = SearchFolder::charClass(chars[i].codePoint);

    size_t i = 0;
    int rc = SQLITE_OK;
    while (i < chars.size() && rc == SQLITE_OK) {
        const CharClass kind = classes[i];
        if (kind == CharClass::Separator) {
            if (chars[i].codePoint == kBlockMarker && !query) {
                if (recorded)
                    recorded->markerPositions.push_back(counted.positions);
                rc = onToken(context, 0, kMarkerToken.data(), int(kMarkerToken.size()),
                             chars[i].begin, chars[i].end);
            }
            ++i;
            continue;
        }
        size_t end = i;
        while (end < chars.size() && classes[end] == kind)
            ++end;
        if (kind == CharClass::Word) {
            token.clear();
            for (size_t k = i; k < end && k - i < kMaxWordCodePoints; ++k)
                appendUtf8(token, chars[k].codePoint);
            rc = emitWord(instance, context, flags, token, chars[i].begin, chars[end - 1].end,
                          onToken);
        } else if (query && end - i > 1) {
            for (size_t k = i; k + 1 < end && rc == SQLITE_OK; ++k) {
                token.clear();
                appendUtf8(token, chars[k].codePoint);
                appendUtf8(token, chars[k + 1].codePoint);
                rc = onToken(context, 0, token.data(), int(token.size()), chars[k].begin,
                             chars[k + 1].end);
            }
        } else {
            // The bigram comes first at each position, the unigram colocated with it.
            // This loop runs for every Chinese character indexed: fixed buffers, and each
            // character encoded once (it is the second half of one bigram and the first
            // half of the next).
            char bigram[8];
            int firstBytes = encodeUtf8(chars[i].codePoint, bigram);
            for (size_t k = i; k < end && rc == SQLITE_OK; ++k) {
                int secondBytes = 0;
                if (k + 1 < end) {
                    secondBytes = encodeUtf8(chars[k + 1].codePoint, bigram + firstBytes);
                    rc = onToken(context, 0, bigram, firstBytes + secondBytes, chars[k].begin,
                                 chars[k + 1].end);
                }
                if (rc == SQLITE_OK)
                    rc = onToken(context, k + 1 < end ? FTS5_TOKEN_COLOCATED : 0, bigram,
                                 firstBytes, chars[k].begin, chars[k].end);
                std::memmove(bigram, bigram + firstBytes, size_t(secondBytes));
                firstBytes = secondBytes;
            }
        }
        i = end;
    }
    if (recorded)
        recorded->positions = counted.positions;
    return rc;
}

constexpr const char *kWordTokenizerName = "duizhao_word";

int create(void *userData, const char **arguments, int argumentCount, Fts5Tokenizer **out)
{
    auto instance = std::make_unique<Instance>();
    for (int i = 0; i < argumentCount; ++i) {
        if (std::string_view(arguments[i]) != "stem" || instance->porterInstance)
            return SQLITE_ERROR;
        auto *api = static_cast<fts5_api *>(userData);
        void *porterData = nullptr;
        int rc = api->xFindTokenizer(api, "porter", &porterData, &instance->porter);
        const char *parent[] = {kWordTokenizerName};
        if (rc == SQLITE_OK)
            rc = instance->porter.xCreate(porterData, parent, 1, &instance->porterInstance);
        if (rc != SQLITE_OK)
            return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(instance.release());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Instance *>(tokenizer);
}

// "duizhao_word": the whole input as one token. Only as porter's parent inside
// "duizhao stem", which hands it one word at a time.
int createWord(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroyWord(Fts5Tokenizer *)
{}

int tokenizeWord(Fts5Tokenizer *, void *context, int, const char *text, int length,
                 TokenCallback onToken)
{
    return length > 0 ? onToken(context, 0, text, length, 0, length) : SQLITE_OK;
}

} // namespace

fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

void setRecorder(BlockLayoutRecorder *recorder)
{
    t_recorder = recorder;
}

Session::Session(sqlite3 *db)
{
    fts5_api *api = fts5Of(db);
    void *userData = nullptr;
    fts5_tokenizer methods{};
    const char *arguments[] = {"stem"};
    if (!api || api->xFindTokenizer(api, kName, &userData, &methods) != SQLITE_OK ||
        create(userData, arguments, 1, &m_instance) != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot start the search tokenizer"), SQLITE_ERROR);
}

Session::~Session()
{
    destroy(m_instance);
}

void Session::tokenize(std::string_view utf8, bool query, bool prefix,
                       const std::function<void(const Token &)> &onToken) const
{
    struct Target {
        const std::function<void(const Token &)> &onToken;
    } target{onToken};
    const int flags =
        query ? FTS5_TOKENIZE_QUERY | (prefix ? FTS5_TOKENIZE_PREFIX : 0) : FTS5_TOKENIZE_AUX;
    SearchTokenizer::tokenize(
        m_instance, &target, flags, utf8.data(), int(utf8.size()),
        [](void *context, int tokenFlags, const char *text, int length, int begin, int end) {
            static_cast<Target *>(context)->onToken(
                Token{std::string_view(text, size_t(length)), begin, end,
                      (tokenFlags & FTS5_TOKEN_COLOCATED) != 0});
            return SQLITE_OK;
        });
}

void registerWith(sqlite3 *db)
{
    fts5_api *api = fts5Of(db);
    if (!api)
        throw DatabaseError(QStringLiteral("this SQLite has no FTS5 full-text search"),
                            SQLITE_ERROR);
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    static fts5_tokenizer wordTokenizer{createWord, destroyWord, tokenizeWord};
    int rc = api->xCreateTokenizer(api, kWordTokenizerName, nullptr, &wordTokenizer, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateTokenizer(api, kName, api, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot register the search tokenizer"), rc);
}

} // namespace duizhao::SearchTokenizer
