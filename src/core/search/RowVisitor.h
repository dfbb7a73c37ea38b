#pragma once

#include <QtGlobal>

#include <sqlite3.h>

#include <functional>
#include <vector>

namespace duizhao {

// One row FTS5 found for a MATCH, as the search reads it: the positions FTS5 has in hand
// for the row, nothing it would have to look up elsewhere (bm25() reads every row's
// size from another table; that lookup was most of what a search cost).
class MatchedRow
{
public:
    struct Hit {
        int phrase;
        int column;
        int position;
    };

    MatchedRow(const Fts5ExtensionApi *api, Fts5Context *fts);

    qint64 rowid() const;
    // Per phrase of the query, its first `cap` matches weighted by column (columnWeight),
    // leaving out the boilerplate column unless `withBoilerplate`. False when nothing was
    // counted. The cap is BM25's own saturation made a bound: a term's weight barely
    // grows after a dozen matches, and a common character has hundreds per essay.
    bool weightedCounts(std::vector<float> &counts, bool withBoilerplate, int cap) const;
    // Every match, in (column, position) order.
    void hits(std::vector<Hit> &out) const;
    // The matches of one phrase in (column, position) order, until `visit` returns false.
    void forEachPosition(int phrase,
                         const std::function<bool(int column, int position)> &visit) const;

    // The matches of one phrase in (column, position) order, read one at a time: several
    // phrases can be walked side by side.
    class PhraseCursor
    {
    public:
        PhraseCursor(const MatchedRow &row, int phrase);
        bool atEnd() const { return m_column < 0; }
        int column() const { return m_column; }
        int position() const { return m_position; }
        void next() { m_api->xPhraseNext(m_fts, &m_iterator, &m_column, &m_position); }

    private:
        const Fts5ExtensionApi *m_api;
        Fts5Context *m_fts;
        Fts5PhraseIter m_iterator{};
        int m_column = -1;
        int m_position = 0;
    };

    // What one match in `column` of the essay index weighs: a title 2, a heading 1.5,
    // anything else 1.
    static float columnWeight(int column);

private:
    const Fts5ExtensionApi *m_api;
    Fts5Context *m_fts;
};

// Called for each row of `SELECT rowid FROM essay_fts WHERE essay_fts MATCH … AND
// duizhao_visit(essay_fts, ?)`, with the visitor bound as a pointer parameter
// (Statement::bindPointer with kPointerType). The function returns NULL, so the
// statement itself returns no rows. An exception from visit() stops the statement with
// an error.
class RowVisitor
{
public:
    static constexpr const char *kFunction = "duizhao_visit";
    static constexpr const char *kPointerType = "duizhao_row_visitor";

    // Registers duizhao_visit on `db`. Throws DatabaseError without FTS5.
    static void registerWith(sqlite3 *db);

    virtual ~RowVisitor() = default;
    virtual void visit(const MatchedRow &row) = 0;
};

} // namespace duizhao
