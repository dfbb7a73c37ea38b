#include "HitsFunction.h"

#include "DatabaseError.h"
#include "EssayIndex.h"
#include "SearchTokenizer.h"

#include <sqlite3.h>

#include <cstring>

namespace duizhao::HitsFunction {

namespace {

void hitsOfRow(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount,
               sqlite3_value **arguments)
{
    const int mode = argumentCount > 0 ? sqlite3_value_int(arguments[0]) : 0;
    const int phrases = api->xPhraseCount(fts);
    if (mode == 0) {
        thread_local std::vector<float> counts;
        counts.assign(size_t(phrases), 0.0f);
        for (int phrase = 0; phrase < phrases; ++phrase) {
            Fts5PhraseIter iterator;
            int column = 0;
            int position = 0;
            int rc = api->xPhraseFirst(fts, phrase, &iterator, &column, &position);
            if (rc != SQLITE_OK) {
                sqlite3_result_error_code(context, rc);
                return;
            }
            for (; column >= 0; api->xPhraseNext(fts, &iterator, &column, &position))
                counts[size_t(phrase)] += columnWeight(column);
        }
        sqlite3_result_blob(context, counts.data(), int(counts.size() * sizeof(float)), SQLITE_TRANSIENT);
        return;
    }
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    thread_local std::vector<qint32> triples;
    triples.clear();
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, position = 0;
        rc = api->xInst(fts, i, &phrase, &column, &position);
        triples.insert(triples.end(), {phrase, column, position});
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_blob(context, triples.data(), int(triples.size() * sizeof(qint32)), SQLITE_TRANSIENT);
}

} // namespace

void registerWith(sqlite3 *db)
{
    fts5_api *api = SearchTokenizer::fts5Of(db);
    if (!api || api->xCreateFunction(api, kName, nullptr, hitsOfRow, nullptr) != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot register the search function"), SQLITE_ERROR);
}

float columnWeight(int column)
{
    switch (column) {
    case EssayIndex::Title: return 2.0f;
    case EssayIndex::Heading: return 1.5f;
    default: return 1.0f;
    }
}

std::vector<float> weightedCounts(std::string_view blob)
{
    std::vector<float> counts(blob.size() / sizeof(float));
    std::memcpy(counts.data(), blob.data(), counts.size() * sizeof(float));
    return counts;
}

std::vector<Hit> hits(std::string_view blob)
{
    std::vector<qint32> triples(blob.size() / sizeof(qint32));
    std::memcpy(triples.data(), blob.data(), triples.size() * sizeof(qint32));
    std::vector<Hit> out;
    out.reserve(triples.size() / 3);
    for (size_t i = 0; i + 2 < triples.size(); i += 3)
        out.push_back({triples[i], triples[i + 1], triples[i + 2]});
    return out;
}

} // namespace duizhao::HitsFunction
