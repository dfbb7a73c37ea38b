#include "EssayIndex.h"

#include "Database.h"
#include "DatabaseError.h"
#include "EssayText.h"
#include "SearchTokenizer.h"

#include <QStringList>

#include <algorithm>

#include <sqlite3.h>

namespace duizhao {

namespace {

void appendVarint(std::string &out, quint32 value)
{
    while (value >= 0x80) {
        out.push_back(char(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.push_back(char(value));
}

bool readVarint(std::string_view bytes, size_t &at, quint32 &value)
{
    value = 0;
    for (int shift = 0; at < bytes.size() && shift < 35; shift += 7) {
        const auto byte = quint8(bytes[at++]);
        value |= quint32(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

// The tokenizer's recorder, set only while one row is inserted on this thread.
class Recording
{
public:
    explicit Recording(SearchTokenizer::BlockLayoutRecorder &recorder)
    {
        SearchTokenizer::setRecorder(&recorder);
    }
    Recording(const Recording &) = delete;
    Recording &operator=(const Recording &) = delete;
    ~Recording() { SearchTokenizer::setRecorder(nullptr); }
};

void bindRow(Statement &statement, const EssayIndex::Row &row)
{
    for (int column = 0; column < EssayIndex::ColumnCount; ++column)
        statement.bindUtf8(column + 2, row.columns[column]);
}

} // namespace

EssayIndex::Column EssayIndex::columnOf(BlockKind kind)
{
    if (isBoilerplate(kind))
        return Boilerplate;
    if (kind == BlockKind::Title)
        return Title;
    return kind == BlockKind::Heading ? Heading : Body;
}

int EssayIndex::Layout::columnOf(int place) const
{
    int column = 0;
    while (column + 1 < ColumnCount && place >= columnStart[column + 1])
        ++column;
    return column;
}

// The layout's bytes: the positions of each column, then per block (index, column,
// marker), all varints, blocks in essay order (so in position order within a column).
EssayIndex::Layout EssayIndex::decodeLayout(std::string_view bytes)
{
    Layout layout;
    size_t at = 0;
    quint32 block = 0, column = 0, marker = 0;
    for (int &positions : layout.positions) {
        if (!readVarint(bytes, at, marker))
            return layout;
        positions = int(marker);
    }
    struct Read {
        int block;
        int column;
        int marker;
    };
    thread_local std::vector<Read> read;
    read.clear();
    int count[ColumnCount] = {};
    while (at < bytes.size() && readVarint(bytes, at, block) && readVarint(bytes, at, column) &&
           readVarint(bytes, at, marker)) {
        if (column >= quint32(ColumnCount))
            break;
        read.push_back({int(block), int(column), int(marker)});
        ++count[column];
    }
    for (int of = 0; of < ColumnCount; ++of)
        layout.columnStart[of + 1] = layout.columnStart[of] + count[of];
    layout.places.resize(read.size());
    int next[ColumnCount];
    std::copy(layout.columnStart, layout.columnStart + ColumnCount, next);
    for (const Read &place : read)
        layout.places[size_t(next[place.column]++)] = {place.block, place.marker};
    // A block ends where the next of its column begins, the last at the column's end.
    int readPositions = 0;
    int readBlocks = 0;
    for (int of = 0; of < ColumnCount; ++of) {
        for (int place = layout.columnStart[of]; place < layout.columnStart[of + 1]; ++place) {
            const int end = place + 1 < layout.columnStart[of + 1]
                                ? layout.places[size_t(place + 1)].marker
                                : layout.positions[of];
            BlockPlace &here = layout.places[size_t(place)];
            here.length = std::max(0, end - here.marker - 1);
        }
        if (of != Boilerplate) {
            readPositions += layout.positions[of];
            readBlocks += count[of];
        }
    }
    layout.averageLength = std::max(1.0, double(readPositions) / std::max(1, readBlocks));
    return layout;
}

EssayIndex::Row EssayIndex::rowOf(const QList<Block> &blocks)
{
    Row row;
    const char marker = char(SearchTokenizer::kBlockMarker); // one byte of UTF-8
    for (const Block &block : blocks) {
        std::string &column = row.columns[columnOf(block.kind)];
        column.push_back(marker);
        const size_t from = column.size();
        column += block.text.toStdString();
        // A marker inside a block's own text would split it: a space tokenizes the same
        // (both separate tokens) without opening a block.
        for (size_t i = from; i < column.size(); ++i) {
            if (column[i] == marker)
                column[i] = ' ';
        }
    }
    return row;
}

EssayIndex::EssayIndex(Database &db)
    : m_db(db)
{}

void EssayIndex::add(qint64 essayId, const QList<Block> &blocks)
{
    const Row row = rowOf(blocks);
    SearchTokenizer::BlockLayoutRecorder recorder;
    if (!m_insertRow) {
        m_insertRow = m_db.prepare(u"INSERT INTO essay_fts (rowid, body, title, heading, "
                                   u"boilerplate) VALUES (?1, ?2, ?3, ?4, ?5)");
        m_insertLayout = m_db.prepare(
            u"INSERT INTO essay_search (essay_id, tokens, layout) VALUES (?1, ?2, ?3)");
    }
    m_insertRow->bind(1, essayId);
    bindRow(*m_insertRow, row);
    {
        const Recording recording(recorder);
        m_insertRow->execute();
    }
    m_insertRow->reset();
    if (recorder.columns.size() != size_t(ColumnCount))
        throw DatabaseError(QStringLiteral("the search index saw %1 columns, not %2")
                                .arg(recorder.columns.size())
                                .arg(int(ColumnCount)),
                            SQLITE_INTERNAL);

    std::string layout;
    for (const SearchTokenizer::BlockLayoutRecorder::Column &column : recorder.columns)
        appendVarint(layout, quint32(column.positions));
    size_t nextMarker[ColumnCount] = {};
    for (const Block &block : blocks) {
        const int column = columnOf(block.kind);
        const std::vector<int> &markers = recorder.columns[size_t(column)].markerPositions;
        if (nextMarker[column] >= markers.size())
            throw DatabaseError(QStringLiteral("the search index lost a block boundary"),
                                SQLITE_INTERNAL);
        appendVarint(layout, quint32(block.index));
        appendVarint(layout, quint32(column));
        appendVarint(layout, quint32(markers[nextMarker[column]++]));
    }
    const int tokens = recorder.columns[Title].positions + recorder.columns[Heading].positions +
                       recorder.columns[Body].positions;
    m_insertLayout->bind(1, essayId).bind(2, tokens).bindBlob(3, layout).execute();
    m_insertLayout->reset();
}

void EssayIndex::add(qint64 essayId)
{
    add(essayId, storedBlocks(essayId));
}

void EssayIndex::remove(qint64 essayId)
{
    Statement indexed = m_db.prepare(u"SELECT 1 FROM essay_search WHERE essay_id = ?1");
    indexed.bind(1, essayId);
    if (!indexed.step())
        return;
    const Row row = rowOf(storedBlocks(essayId));
    Statement remove =
        m_db.prepare(u"INSERT INTO essay_fts (essay_fts, rowid, body, title, heading, boilerplate) "
                     u"VALUES ('delete', ?1, ?2, ?3, ?4, ?5)");
    remove.bind(1, essayId);
    bindRow(remove, row);
    remove.execute();
    Statement forget = m_db.prepare(u"DELETE FROM essay_search WHERE essay_id = ?1");
    forget.bind(1, essayId).execute();
}

void EssayIndex::rebuild()
{
    m_db.execute(
        u"INSERT INTO essay_fts (essay_fts) VALUES ('delete-all'); DELETE FROM essay_search;");
    Statement blocks = m_db.prepare(u"SELECT essay_id, position, kind, text_start, text_bytes FROM "
                                    u"block ORDER BY essay_id, position");
    EssayTextReader texts(m_db);
    qint64 essayId = 0;
    QList<Block> essayBlocks;
    const auto flush = [&] {
        if (essayId > 0)
            add(essayId, essayBlocks);
        essayBlocks.clear();
    };
    while (blocks.step()) {
        if (blocks.int64(0) != essayId) {
            flush();
            essayId = blocks.int64(0);
        }
        Block block;
        block.index = blocks.int32(1);
        block.kind = blockKindFromName(blocks.text(2)).value_or(BlockKind::Paragraph);
        block.text = texts.block(essayId, {blocks.int32(3), blocks.int32(4)});
        essayBlocks << block;
    }
    flush();
}

QStringList EssayIndex::check()
{
    QStringList problems;
    try {
        m_db.execute(u"INSERT INTO essay_fts (essay_fts) VALUES ('integrity-check')");
    } catch (const DatabaseError &error) {
        if (!error.isDamage())
            throw;
        problems << QStringLiteral("full-text index: %1").arg(error.message());
    }
    Statement unindexed = m_db.prepare(
        u"SELECT id FROM essay WHERE id NOT IN (SELECT essay_id FROM essay_search) ORDER BY id");
    while (unindexed.step())
        problems << QStringLiteral("essay %1 is not in the search index").arg(unindexed.int64(0));
    Statement layouts =
        m_db.prepare(u"SELECT essay_id, layout FROM essay_search ORDER BY essay_id");
    while (layouts.step()) {
        const qint64 essayId = layouts.int64(0);
        const Layout layout = decodeLayout(layouts.bytes(1));
        const QList<Block> blocks = storedBlocks(essayId);
        // (block, column) of every place, in essay order, against the blocks stored.
        std::vector<std::pair<int, int>> placed;
        for (int place = 0; place < int(layout.places.size()); ++place)
            placed.emplace_back(layout.places[size_t(place)].block, layout.columnOf(place));
        std::sort(placed.begin(), placed.end());
        bool agrees = placed.size() == size_t(blocks.size());
        for (qsizetype i = 0; agrees && i < blocks.size(); ++i)
            agrees = placed[size_t(i)] == std::pair{blocks[i].index, int(columnOf(blocks[i].kind))};
        if (!agrees)
            problems << QStringLiteral("the search index of essay %1 does not match its blocks")
                            .arg(essayId);
    }
    return problems;
}

QList<Block> EssayIndex::storedBlocks(qint64 essayId)
{
    return EssayTextReader(m_db).blocks(essayId);
}

} // namespace duizhao
