#pragma once

#include <QString>

#include <optional>

namespace duizhao {

// What a block of an essay is. Only Title, Byline, Heading and Paragraph are essay text;
// the rest is scraping residue that the clean view hides but the library always keeps.
enum class BlockKind {
    Title,
    Byline,
    Heading,
    Paragraph,
    Caption,
    Image,
    Ad,
    Disclaimer,
    Footer,
    Reference,
    Duplicate,
};

// Stable spellings used in the database, JSON and the CLI ("title", "paragraph", ...).
QString blockKindName(BlockKind kind);
std::optional<BlockKind> blockKindFromName(QStringView name);

// True for kinds a reader hides in the clean view and search skips by default.
bool isBoilerplate(BlockKind kind);

} // namespace duizhao
