#include "BlockAnchor.h"

namespace duizhao {

QString BlockAnchor::toString() const
{
    if (!isValid())
        return {};
    return (m_copy ? u'c' : u'b') + QString::number(m_block);
}

BlockAnchor BlockAnchor::fromString(QStringView text)
{
    if (text.size() < 2 || (text[0] != u'b' && text[0] != u'c') || !text[1].isDigit())
        return {};
    bool ok = false;
    const int index = text.mid(1).toInt(&ok);
    return ok ? BlockAnchor(index, text[0] == u'c') : BlockAnchor();
}

} // namespace duizhao
