#include "OpenccData.h"

#include <QByteArray>
#include <QtGlobal>

namespace duizhao {

QString openccDataDir()
{
    const QByteArray fromEnvironment = qgetenv("DUIZHAO_OPENCC_DATA");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStringLiteral(DUIZHAO_OPENCC_DATA_DIR);
}

} // namespace duizhao
