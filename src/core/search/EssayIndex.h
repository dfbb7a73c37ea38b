#pragma once

#include "Block.h"
#include "Statement.h"

#include <QList>

#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace duizhao {

class Database;

// The full-text index, one row per essay (schema 7, columns reordered in 8): FTS5 table
// essay_fts, contentless (the text is stored once, in essay_text), with four columns —
//
//   body (every kind a reader reads but titles and headings), title, heading,
//   boilerplate (ads, disclaimers, footers, duplicated ledes: searched only when asked for)
//
// — body first because FTS5 spells out the column of every match outside column 0 (two
// bytes per term per essay): with most text in the body, that was a fifth of the index.
//
// — and beside it essay_search, which records where each block starts in its column
// (BlockLayout) and how long the essay is for ranking.
//
// Why per essay and not per block: a search lists essays, and a common character is in
// tens of thousands of blocks but at most once per essay row, so the rows a query walks
// are bounded by the number of essays. Which block matched is found from the positions
// of the matches and the layout, only for the essays that need it.
//
// A contentless row is deleted by giving FTS5 the values it was inserted with, so
// remove() must run while the essay's blocks are still those that were indexed.
class EssayIndex
{
public:
    enum Column { Body = 0, Title = 1, Heading = 2, Boilerplate = 3, ColumnCount = 4 };
    static Column columnOf(BlockKind kind);

    // One block's place in the index: the FTS5 position of the marker that opens it in
    // its column (its tokens follow, up to the column's next marker).
    struct BlockPlace {
        int block; // index of the block in the essay
        int marker;
        int length = 0; // positions of its tokens (the marker's excluded)
    };
    // Places are numbered column by column and, within a column, in position order: the
    // order FTS5 lists matches in. One vector per essay: a search that looks at blocks
    // keeps the layout of every essay it matches (at 100k essays, the five vectors of
    // the layout before were 240 MB, most of the time of a first search in allocation).
    struct Layout {
        std::vector<BlockPlace> places;
        int columnStart[ColumnCount + 1] =
            {};                          // places of column c: [columnStart[c], columnStart[c + 1])
        int positions[ColumnCount] = {}; // every position of each column
        double averageLength = 1;        // of the blocks a search reads (boilerplate aside)
        int columnOf(int place) const;
    };
    static Layout decodeLayout(std::string_view bytes);

    // The column texts FTS5 receives: each block of the column preceded by the marker.
    struct Row {
        std::string columns[ColumnCount];
    };
    static Row rowOf(const QList<Block> &blocks);

    explicit EssayIndex(Database &db);

    // Indexes an essay that is not in the index: from the blocks given, or from those
    // stored.
    void add(qint64 essayId, const QList<Block> &blocks);
    void add(qint64 essayId);
    // Takes the essay out, reading its blocks as they are now (they must be the ones
    // indexed). Nothing happens for an essay not in the index.
    void remove(qint64 essayId);
    // Empties the index and indexes every essay again from its stored blocks.
    void rebuild();
    // FTS5's structural check and the layout of every essay against its blocks; one line
    // per problem.
    QStringList check();

private:
    QList<Block> storedBlocks(qint64 essayId);

    Database &m_db;
    // Prepared on first use and reused: an import adds a batch of essays with one index.
    std::optional<Statement> m_insertRow;
    std::optional<Statement> m_insertLayout;
};

} // namespace duizhao
