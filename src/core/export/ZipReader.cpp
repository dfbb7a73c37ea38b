#include "ZipReader.h"

#include "ZipFormat.h"

#include <QtEndian>

#include <zlib.h>

namespace duizhao {

namespace {

using namespace ZipFormat;

quint16 get16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 get32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// Raw deflate → exactly `size` bytes, or nullopt.
std::optional<QByteArray> inflateRaw(const char *data, qsizetype length, quint32 size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    stream.avail_in = uInt(length);
    // One byte more than announced, so an entry that holds more than its size says is
    // caught rather than cut.
    QByteArray spare(1, '\0');
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    int result = inflate(&stream, Z_FINISH);
    if (result == Z_BUF_ERROR && stream.avail_out == 0) {
        stream.next_out = reinterpret_cast<Bytef *>(spare.data());
        stream.avail_out = 1;
        result = inflate(&stream, Z_FINISH);
    }
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    if (result != Z_STREAM_END || produced != size)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<ZipReader> ZipReader::open(const QByteArray &bytes, QString *error,
                                         qint64 maxEntrySize)
{
    ZipReader reader(bytes);
    reader.m_maxEntrySize = maxEntrySize;
    // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
    qsizetype end = -1;
    const qsizetype lowest = qMax<qsizetype>(0, bytes.size() - kEndSize - 0xFFFF);
    for (qsizetype at = bytes.size() - kEndSize; at >= lowest; --at) {
        if (get32(bytes, at) == kEndSignature) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        *error = QStringLiteral("not a ZIP archive (no end of central directory record)");
        return std::nullopt;
    }
    const quint16 count = get16(bytes, end + 10);
    const quint32 directorySize = get32(bytes, end + 12);
    const quint32 directoryOffset = get32(bytes, end + 16);
    if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFu) {
        *error = QStringLiteral("ZIP64 archives are not supported");
        return std::nullopt;
    }
    if (qint64(directoryOffset) + directorySize > end) {
        *error = QStringLiteral("damaged ZIP archive (central directory outside the file)");
        return std::nullopt;
    }
    qsizetype at = directoryOffset;
    for (quint16 i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end || get32(bytes, at) != kCentralHeaderSignature) {
            *error = QStringLiteral("damaged ZIP archive (central directory entry %1)").arg(i);
            return std::nullopt;
        }
        Entry entry;
        entry.flags = get16(bytes, at + 8);
        entry.method = get16(bytes, at + 10);
        entry.crc = get32(bytes, at + 16);
        entry.compressedSize = get32(bytes, at + 20);
        entry.size = get32(bytes, at + 24);
        const quint16 nameLength = get16(bytes, at + 28);
        const quint16 extraLength = get16(bytes, at + 30);
        const quint16 commentLength = get16(bytes, at + 32);
        entry.localHeaderOffset = get32(bytes, at + 42);
        const qsizetype next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > end) {
            *error = QStringLiteral("damaged ZIP archive (central directory entry %1)").arg(i);
            return std::nullopt;
        }
        const QByteArray name = bytes.mid(at + kCentralHeaderSize, nameLength);
        entry.name =
            (entry.flags & kFlagUtf8Names) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        if (entry.size == 0xFFFFFFFFu || entry.compressedSize == 0xFFFFFFFFu ||
            entry.localHeaderOffset == 0xFFFFFFFFu) {
            *error = QStringLiteral("ZIP64 archives are not supported");
            return std::nullopt;
        }
        reader.m_entries << entry;
        at = next;
    }
    return reader;
}

QStringList ZipReader::names() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        names << entry.name;
    return names;
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

std::optional<QByteArray> ZipReader::read(const Entry &entry, QString *error) const
{
    const auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        *error = QStringLiteral("%1: %2").arg(entry.name, why);
        return std::nullopt;
    };
    if (entry.flags & kFlagEncrypted)
        return fail(QStringLiteral("encrypted entries are not supported"));
    if (entry.method != kStored && entry.method != kDeflated)
        return fail(QStringLiteral("compression method %1 is not supported").arg(entry.method));
    if (qint64(entry.size) > m_maxEntrySize)
        return fail(QStringLiteral("larger than %1 bytes").arg(m_maxEntrySize));
    const qsizetype header = entry.localHeaderOffset;
    if (header + kLocalHeaderSize > m_bytes.size() ||
        get32(m_bytes, header) != kLocalHeaderSignature)
        return fail(QStringLiteral("damaged local header"));
    // The local header's own name and extra lengths place the data; its sizes may be
    // zero (data descriptor) and are not used.
    const qsizetype data =
        header + kLocalHeaderSize + get16(m_bytes, header + 26) + get16(m_bytes, header + 28);
    if (data + qint64(entry.compressedSize) > m_bytes.size())
        return fail(QStringLiteral("the data runs past the end of the file"));

    std::optional<QByteArray> content;
    if (entry.method == kStored) {
        if (entry.compressedSize != entry.size)
            return fail(QStringLiteral("stored entry with two different sizes"));
        content = m_bytes.mid(data, entry.size);
    } else {
        content = inflateRaw(m_bytes.constData() + data, entry.compressedSize, entry.size);
        if (!content)
            return fail(QStringLiteral("damaged deflate data"));
    }
    const quint32 crc =
        quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(content->constData()),
                      uInt(content->size())));
    if (crc != entry.crc)
        return fail(QStringLiteral("CRC-32 mismatch"));
    return content;
}

} // namespace duizhao
