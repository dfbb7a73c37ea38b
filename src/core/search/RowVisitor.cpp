#include "RowVisitor.h"

#include "DatabaseError.h"
#include "EssayIndex.h"
#include "SearchTokenizer.h"

#include <sqlite3.h>

namespace duizhao {

namespace {

void visitRow(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
              int argumentCount, sqlite3_value **arguments)
{
    auto *visitor = argumentCount > 0 ? static_cast<RowVisitor *>(sqlite3_value_pointer(
                                            arguments[0], RowVisitor::kPointerType))
                                      : nullptr;
    if (!visitor) {
        sqlite3_result_error(context, "duizhao_visit needs a row visitor", -1);
        return;
    }
    try {
        visitor->visit(MatchedRow(api, fts));
        sqlite3_result_null(context);
    } catch (const std::bad_alloc &) {
        sqlite3_result_error_nomem(context);
    } catch (const std::exception &error) {
        sqlite3_result_error(context, error.what(), -1);
    } catch (...) {
        sqlite3_result_error(context, "the search failed on a row", -1);
    }
}

} // namespace

MatchedRow::MatchedRow(const Fts5ExtensionApi *api, Fts5Context *fts)
    : m_api(api)
    , m_fts(fts)
{}

qint64 MatchedRow::rowid() const
{
    return m_api->xRowid(m_fts);
}

bool MatchedRow::weightedCounts(std::vector<float> &counts, bool withBoilerplate, int cap) const
{
    const int phrases = m_api->xPhraseCount(m_fts);
    counts.assign(size_t(phrases), 0.0f);
    bool any = false;
    for (int phrase = 0; phrase < phrases; ++phrase) {
        Fts5PhraseIter iterator;
        int column = 0;
        int position = 0;
        if (m_api->xPhraseFirst(m_fts, phrase, &iterator, &column, &position) != SQLITE_OK)
            throw DatabaseError(QStringLiteral("cannot read the positions of a match"),
                                SQLITE_ERROR);
        // Matches come in column order, boilerplate last.
        for (int counted = 0; column >= 0 && counted < cap; ++counted) {
            if (!withBoilerplate && column == EssayIndex::Boilerplate)
                break;
            counts[size_t(phrase)] += columnWeight(column);
            any = true;
            m_api->xPhraseNext(m_fts, &iterator, &column, &position);
        }
    }
    return any;
}

void MatchedRow::hits(std::vector<Hit> &out) const
{
    out.clear();
    int instances = 0;
    int rc = m_api->xInstCount(m_fts, &instances);
    out.reserve(size_t(instances));
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        Hit hit{};
        rc = m_api->xInst(m_fts, i, &hit.phrase, &hit.column, &hit.position);
        out.push_back(hit);
    }
    if (rc != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot read the positions of a match"), rc);
}

void MatchedRow::forEachPosition(int phrase, const std::function<bool(int, int)> &visit) const
{
    Fts5PhraseIter iterator;
    int column = 0;
    int position = 0;
    if (m_api->xPhraseFirst(m_fts, phrase, &iterator, &column, &position) != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot read the positions of a match"), SQLITE_ERROR);
    for (; column >= 0 && visit(column, position);
         m_api->xPhraseNext(m_fts, &iterator, &column, &position)) {
    }
}

MatchedRow::PhraseCursor::PhraseCursor(const MatchedRow &row, int phrase)
    : m_api(row.m_api)
    , m_fts(row.m_fts)
{
    if (m_api->xPhraseFirst(m_fts, phrase, &m_iterator, &m_column, &m_position) != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot read the positions of a match"), SQLITE_ERROR);
}

float MatchedRow::columnWeight(int column)
{
    switch (column) {
    case EssayIndex::Title:
        return 2.0f;
    case EssayIndex::Heading:
        return 1.5f;
    default:
        return 1.0f;
    }
}

void RowVisitor::registerWith(sqlite3 *db)
{
    fts5_api *api = SearchTokenizer::fts5Of(db);
    if (!api || api->xCreateFunction(api, kFunction, nullptr, visitRow, nullptr) != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot register the search function"), SQLITE_ERROR);
}

} // namespace duizhao
