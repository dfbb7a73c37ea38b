#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

// Reads a ZIP archive held in memory: what other tools (QualCoder, MAXQDA, ATLAS.ti,
// Python's zipfile, Info-ZIP) write, stored or deflated, with or without data descriptors.
//
// The central directory is the truth: it is read from the end record, and each entry's
// sizes and CRC-32 come from it, so an entry whose local header leaves them zero (flag
// bit 3, sizes in a data descriptor after the data, as streaming writers do) reads like
// any other. Every entry is checked against its CRC-32 and size when read.
//
// Refused with a reason: no end record, a directory outside the file, ZIP64, encrypted
// entries, methods other than stored and deflate, and entries larger than `maxEntrySize`
// (a deflate bomb would otherwise expand without bound). Names are UTF-8 when flag bit 11
// says so, else read as Latin-1 (CP437 for the ASCII that matters here).
class ZipReader
{
public:
    struct Entry {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localHeaderOffset = 0;
    };

    static constexpr qint64 kDefaultMaxEntrySize = 512ll * 1024 * 1024;

    // nullopt with `error` set when the bytes are not a ZIP archive this reader handles.
    static std::optional<ZipReader> open(const QByteArray &bytes, QString *error,
                                         qint64 maxEntrySize = kDefaultMaxEntrySize);

    const QList<Entry> &entries() const { return m_entries; }
    QStringList names() const;
    // The entry named exactly `name`; nullptr for none.
    const Entry *find(const QString &name) const;
    // The entry's bytes, inflated and checked; nullopt with `error` set when they are
    // damaged or the entry cannot be read.
    std::optional<QByteArray> read(const Entry &entry, QString *error) const;

private:
    explicit ZipReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}

    QByteArray m_bytes;
    QList<Entry> m_entries;
    qint64 m_maxEntrySize = kDefaultMaxEntrySize;
};

} // namespace duizhao
