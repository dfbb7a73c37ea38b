#include "ReadingPositions.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace duizhao {

ReadingPositions::ReadingPositions(const QString &libraryPath)
{
    const QByteArray path = QFileInfo(libraryPath).absoluteFilePath().toUtf8();
    const QByteArray key =
        QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16);
    m_group = QStringLiteral("readingPositions/") + QString::fromLatin1(key);
}

std::optional<int> ReadingPositions::block(qint64 essayId) const
{
    const QVariant value = QSettings().value(m_group + u'/' + QString::number(essayId), QVariant());
    bool ok = false;
    const int block = value.toInt(&ok);
    if (!ok || block <= 0)
        return std::nullopt;
    return block;
}

void ReadingPositions::setBlock(qint64 essayId, int block)
{
    QSettings settings;
    const QString key = m_group + u'/' + QString::number(essayId);
    if (block <= 0)
        settings.remove(key);
    else
        settings.setValue(key, block);
}

} // namespace duizhao
