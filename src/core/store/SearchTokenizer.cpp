#include "SearchTokenizer.h"

#include "DatabaseError.h"
#include "text/SearchFolder.h"

#include <sqlite3.h>

#include <string>
#include <vector>

namespace duizhao::SearchTokenizer {

namespace {

using CharClass = SearchFolder::CharClass;

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Words longer than this are cut: no real word is, and FTS5 keys stay small.
constexpr size_t kMaxWordCodePoints = 64;

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
             TokenCallback onToken)
{
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

    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    size_t i = 0;
    while (i < chars.size()) {
        const CharClass kind = classes[i];
        if (kind == CharClass::Separator) {
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
            const int rc = onToken(context, 0, token.data(), int(token.size()), chars[i].begin,
                                chars[end - 1].end);
            if (rc != SQLITE_OK)
                return rc;
        } else if (query && end - i > 1) {
            for (size_t k = i; k + 1 < end; ++k) {
                token.clear();
                appendUtf8(token, chars[k].codePoint);
                appendUtf8(token, chars[k + 1].codePoint);
                const int rc = onToken(context, 0, token.data(), int(token.size()), chars[k].begin,
                                    chars[k + 1].end);
                if (rc != SQLITE_OK)
                    return rc;
            }
        } else {
            // The bigram comes first at each position: FTS5 highlights a match with the
            // offsets of the first token at a position, so a phrase of bigrams is marked
            // whole (a one-character match is marked with its neighbour: word precision).
            for (size_t k = i; k < end; ++k) {
                token.clear();
                appendUtf8(token, chars[k].codePoint);
                const size_t unigramBytes = token.size();
                int rc = SQLITE_OK;
                if (k + 1 < end) {
                    appendUtf8(token, chars[k + 1].codePoint);
                    rc = onToken(context, 0, token.data(), int(token.size()), chars[k].begin,
                                 chars[k + 1].end);
                }
                if (rc == SQLITE_OK)
                    rc = onToken(context, k + 1 < end ? FTS5_TOKEN_COLOCATED : 0, token.data(),
                                 int(unigramBytes), chars[k].begin, chars[k].end);
                if (rc != SQLITE_OK)
                    return rc;
            }
        }
        i = end;
    }
    return SQLITE_OK;
}

// The tokenizer has no per-instance state; FTS5 still wants a distinct handle.
int create(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) {}

fts5_api *fts5(sqlite3 *db)
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

} // namespace

void registerWith(sqlite3 *db)
{
    fts5_api *api = fts5(db);
    if (!api)
        throw DatabaseError(QStringLiteral("this SQLite has no FTS5 full-text search"), SQLITE_ERROR);
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    const int rc = api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot register the search tokenizer"), rc);
}

} // namespace duizhao::SearchTokenizer
