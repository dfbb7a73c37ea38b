#pragma once

#include <QByteArray>
#include <QString>

namespace duizhao {

// A file's bytes as an import reads them: size-capped, read whole, hashed. The one reader
// of source files, for the importer and for an attached translation.
struct SourceFile {
    // Largest file accepted; a scraped essay is kilobytes, a 30 MB single line is fine.
    static constexpr qint64 kMaxBytes = 256ll * 1024 * 1024;

    QString path; // as the library records it: canonical and absolute when the file exists
    QByteArray bytes;
    qint64 size = 0;
    QString sha256; // lower-case hex of the bytes
    QString error;  // why the file could not be read, for the user ("cannot read: …")

    bool ok() const { return error.isEmpty(); }

    static SourceFile read(const QString &path);
    static QString sha256Of(const QByteArray &bytes);
};

} // namespace duizhao
