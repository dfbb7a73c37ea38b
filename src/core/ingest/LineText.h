#pragma once

#include <QString>
#include <QStringView>

namespace duizhao {

// What a reader sees of one scraped line once its Markdown and HTML are rendered.
// Scraped pages arrive as Markdown conversions, HTML fragments or plain text; the rules
// that judge a line (its length, its language, whether it is a sentence) look at the
// visible text, while the block keeps the line exactly as it was. Examples:
//
//   visible("## 一、市场的分裂")                      → "一、市场的分裂"
//   visible("> **Export** controls [bite](https://…)") → "Export controls bite"
//   visible("![cover](https://…)")                      → ""        (alt text is not text)
//   visible("<figcaption>港口一隅。</figcaption>")       → "港口一隅。"
//   visible("见 https://example.com/a 的说明")           → "见  的说明" (URLs are not words)
//   headingLevel("### Notes") == 3, headingLevel("#hashtag") == 0
//   isLinkOnly("* [Blog](https://…)") and isLinkOnly("[Home](/)[News](/news)") are true;
//   isLinkOnly("1、[新工具](https://…)") is false (a numbered item, see ResidueRules).
namespace LineText {

QString visible(QStringView trimmed);
// The same, as a view of `trimmed` when there is no inline markup to render (most lines)
// and of `storage` otherwise.
QStringView visibleView(QStringView trimmed, QString &storage);
int headingLevel(QStringView trimmed);
// The whole line is one bold or italic span: "**结语**", "****FTC：全面禁止****".
bool isEmphasisOnly(QStringView trimmed);
bool hasLink(QStringView trimmed);
bool hasImage(QStringView trimmed);
// Nothing but links, images, list markers and separators.
bool isLinkOnly(QStringView trimmed);

} // namespace LineText
} // namespace duizhao
