#include "BlockKindLabel.h"

#include <QCoreApplication>

namespace duizhao {

const QList<BlockKind> &allBlockKinds()
{
    static const QList<BlockKind> kinds = {
        BlockKind::Title,   BlockKind::Byline,    BlockKind::Heading,   BlockKind::Paragraph,
        BlockKind::Caption, BlockKind::Image,     BlockKind::Ad,        BlockKind::Disclaimer,
        BlockKind::Footer,  BlockKind::Reference, BlockKind::Duplicate,
    };
    return kinds;
}

QString blockKindLabel(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title:
        return QCoreApplication::translate("BlockKind", "Title");
    case BlockKind::Byline:
        return QCoreApplication::translate("BlockKind", "Byline");
    case BlockKind::Heading:
        return QCoreApplication::translate("BlockKind", "Heading");
    case BlockKind::Paragraph:
        return QCoreApplication::translate("BlockKind", "Paragraph");
    case BlockKind::Caption:
        return QCoreApplication::translate("BlockKind", "Caption");
    case BlockKind::Image:
        return QCoreApplication::translate("BlockKind", "Image");
    case BlockKind::Ad:
        return QCoreApplication::translate("BlockKind", "Advertisement");
    case BlockKind::Disclaimer:
        return QCoreApplication::translate("BlockKind", "Disclaimer");
    case BlockKind::Footer:
        return QCoreApplication::translate("BlockKind", "Footer");
    case BlockKind::Reference:
        return QCoreApplication::translate("BlockKind", "Reference");
    case BlockKind::Duplicate:
        return QCoreApplication::translate("BlockKind", "Duplicate");
    }
    return blockKindName(kind);
}

} // namespace duizhao
