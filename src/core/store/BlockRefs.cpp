#include "BlockRefs.h"

#include <QCryptographicHash>

namespace duizhao::BlockRefs {

QList<QString> refsOf(const QList<Block> &blocks)
{
    QList<QString> refs;
    refs.reserve(blocks.size());
    QHash<QString, int> seen;
    for (const Block &block : blocks) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(block.text.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16));
        refs << hash + u':' + QString::number(seen[hash]++);
    }
    return refs;
}

QHash<QString, int> indexOf(const QList<Block> &blocks)
{
    QHash<QString, int> index;
    const QList<QString> refs = refsOf(blocks);
    for (int i = 0; i < refs.size(); ++i)
        index.insert(refs[i], i);
    return index;
}

} // namespace duizhao::BlockRefs
