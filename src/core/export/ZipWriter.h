#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace duizhao {

// Writes a ZIP archive in memory (PKWARE APPNOTE 6.3: local headers, central directory,
// end record; no ZIP64, no encryption). Qt has no public ZIP API; zlib gives CRC-32 and
// raw deflate. Names are stored as UTF-8 (flag bit 11) with "/" between folders.
//
// The bytes depend only on what was added: every entry has the same fixed modification
// time (1980-01-01 00:00, the earliest DOS time), because exporters never read the clock
// and the same library must give the same file.
//
// An entry of 4 GiB or more, or more than 65,535 entries, would need ZIP64: add() and
// finish() throw std::runtime_error instead of writing a file other tools misread.
class ZipWriter
{
public:
    enum class Method { Stored, Deflated };

    void add(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    QByteArray finish() const;

private:
    struct Entry {
        QByteArray name; // UTF-8
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };

    QByteArray m_data; // local headers and entry data, in order
    QList<Entry> m_entries;
};

} // namespace duizhao
