#include "BlockKind.h"

#include <array>

namespace duizhao {

namespace {
struct KindName {
    BlockKind kind;
    const char16_t *name;
};
constexpr std::array<KindName, 11> kKindNames{{
    {BlockKind::Title, u"title"},
    {BlockKind::Byline, u"byline"},
    {BlockKind::Heading, u"heading"},
    {BlockKind::Paragraph, u"paragraph"},
    {BlockKind::Caption, u"caption"},
    {BlockKind::Image, u"image"},
    {BlockKind::Ad, u"ad"},
    {BlockKind::Disclaimer, u"disclaimer"},
    {BlockKind::Footer, u"footer"},
    {BlockKind::Reference, u"reference"},
    {BlockKind::Duplicate, u"duplicate"},
}};
} // namespace

QString blockKindName(BlockKind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return QStringLiteral("paragraph");
}

std::optional<BlockKind> blockKindFromName(QStringView name)
{
    for (const auto &entry : kKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

bool isBoilerplate(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Ad:
    case BlockKind::Disclaimer:
    case BlockKind::Footer:
    case BlockKind::Duplicate:
        return true;
    default:
        return false;
    }
}

} // namespace duizhao
