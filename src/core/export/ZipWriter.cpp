#include "ZipWriter.h"

#include "ZipFormat.h"

#include <QtEndian>

#include <zlib.h>

#include <limits>
#include <stdexcept>

namespace duizhao {

namespace {

using namespace ZipFormat;

void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

// Raw deflate (no zlib header), as ZIP method 8 wants it.
QByteArray deflateRaw(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        throw std::runtime_error("zlib could not start deflate");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        throw std::runtime_error("zlib could not deflate an entry");
    out.truncate(written);
    return out;
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    constexpr qint64 kMax = std::numeric_limits<quint32>::max();
    if (data.size() >= kMax || m_data.size() >= kMax)
        throw std::runtime_error("the archive would need ZIP64 (an entry or the whole over 4 GiB)");
    if (m_entries.size() >= 0xFFFF)
        throw std::runtime_error("the archive would need ZIP64 (more than 65,535 entries)");

    Entry entry;
    entry.name = name.toUtf8();
    entry.size = quint32(data.size());
    entry.crc =
        quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()),
                      uInt(data.size())));
    QByteArray stored = data;
    entry.method = kStored;
    if (method == Method::Deflated && !data.isEmpty()) {
        QByteArray deflated = deflateRaw(data);
        // Incompressible data is stored: smaller, and what other writers do.
        if (deflated.size() < data.size()) {
            stored = std::move(deflated);
            entry.method = kDeflated;
        }
    }
    entry.compressedSize = quint32(stored.size());
    entry.offset = quint32(m_data.size());

    put32(m_data, kLocalHeaderSignature);
    put16(m_data, kVersionNeeded);
    put16(m_data, kFlagUtf8Names);
    put16(m_data, entry.method);
    put16(m_data, kDosTime);
    put16(m_data, kDosDate);
    put32(m_data, entry.crc);
    put32(m_data, entry.compressedSize);
    put32(m_data, entry.size);
    put16(m_data, quint16(entry.name.size()));
    put16(m_data, 0); // extra field length
    m_data += entry.name;
    m_data += stored;
    m_entries << entry;
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const qint64 directoryOffset = out.size();
    for (const Entry &entry : m_entries) {
        put32(out, kCentralHeaderSignature);
        put16(out, kVersionMadeBy);
        put16(out, kVersionNeeded);
        put16(out, kFlagUtf8Names);
        put16(out, entry.method);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, entry.crc);
        put32(out, entry.compressedSize);
        put32(out, entry.size);
        put16(out, quint16(entry.name.size()));
        put16(out, 0); // extra field length
        put16(out, 0); // comment length
        put16(out, 0); // disk number start
        put16(out, 0); // internal attributes
        put32(out, kRegularFileAttributes);
        put32(out, entry.offset);
        out += entry.name;
    }
    const qint64 directorySize = out.size() - directoryOffset;
    if (out.size() >= std::numeric_limits<quint32>::max())
        throw std::runtime_error("the archive would need ZIP64 (over 4 GiB)");
    put32(out, kEndSignature);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the central directory
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directorySize));
    put32(out, quint32(directoryOffset));
    put16(out, 0); // comment length
    return out;
}

} // namespace duizhao
