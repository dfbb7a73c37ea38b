#include "SourceFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace duizhao {

SourceFile SourceFile::read(const QString &path)
{
    SourceFile source;
    const QFileInfo info(path);
    source.path =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    if (info.size() > kMaxBytes) {
        source.error = QStringLiteral("file too large (%1 MB; the limit is %2 MB)")
                           .arg(info.size() / (1024 * 1024))
                           .arg(kMaxBytes / (1024 * 1024));
        return source;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        source.error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return source;
    }
    source.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        source.error = QStringLiteral("cannot read: %1").arg(file.errorString());
        source.bytes.clear();
        return source;
    }
    source.size = source.bytes.size();
    source.sha256 = sha256Of(source.bytes);
    return source;
}

QString SourceFile::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace duizhao
