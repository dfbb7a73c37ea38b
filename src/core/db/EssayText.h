#pragma once

#include "Block.h"
#include "Statement.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace duizhao {

class Database;

// How the blocks' text is stored (schema 8): once per essay, in essay_text.packed —
// the UTF-8 of every block, one after the other in block order, compressed with zlib
// (qCompress) — and each block row says where its text lies in the unpacked bytes
// (block.text_start, block.text_bytes).
//
// Why: the text is most of a library, and a block is too short for zlib to find much
// to share (the 1k corpus: 17.6 MB of UTF-8; 13.6 MB compressed block by block, 8.5 MB
// essay by essay). Compression is lossless: the text read back is byte for byte the
// text stored, exactly as decoded. Every reader of a block's text goes through
// EssayTextReader, which unpacks an essay once for all the blocks read from it.
class EssayText
{
public:
    struct Span {
        int start = 0; // UTF-8 bytes into the essay's unpacked text
        int bytes = 0;
    };
    struct Packed {
        QByteArray bytes;        // what essay_text.packed holds
        std::vector<Span> spans; // one per block, in the order given
    };

    // Cheap enough for the import's parse threads (zlib level 3: a sixth of the
    // default's time for 3% more bytes), which is where Importer calls it.
    static Packed pack(const QList<Block> &blocks);
    // The unpacked UTF-8. Throws DatabaseError (SQLITE_CORRUPT) when the bytes are not
    // what pack() made: damage is reported, never read as empty text.
    static QByteArray unpack(const QByteArray &packed, qint64 essayId);
};

// Reads block texts essay by essay: the essay last asked for stays unpacked, so the
// blocks of one essay cost one read of essay_text and one inflate between them.
// Valid while no one writes the essay's text (within one read or one transaction).
class EssayTextReader
{
public:
    explicit EssayTextReader(Database &db);

    // The text of the block of `essayId` stored at `span`. Throws DatabaseError
    // (SQLITE_CORRUPT) when the essay has no stored text or the span lies outside it.
    QString block(qint64 essayId, EssayText::Span span);
    // The unpacked UTF-8 of the whole essay.
    const QByteArray &essay(qint64 essayId);
    // Every block of the essay as stored, in order: index, line, kind, language, text.
    QList<Block> blocks(qint64 essayId);

private:
    Database &m_db;
    Statement m_select;
    qint64 m_essayId = -1;
    QByteArray m_text;
};

} // namespace duizhao
