#pragma once

#include "Block.h"

#include <QList>
#include <QString>

namespace duizhao {

struct EssayMetadata {
    QString title;
    bool titleDerived = false;
    QString author;
    QString outlet;
    QString date; // yyyy-MM-dd
    QString url;
};

// Title, author, outlet, date and URL from classified blocks.
//
//  title   the first title block, trimmed; without one, derived from the first
//          paragraph: its first sentence (ICU sentence break), cut to its first clause
//          when longer than 24 code points, then to 24 code points with "…".
//          "昨天提到了日本的齒輪,有粉絲回復要…" → "昨天提到了日本的齒輪"
//  author  from bylines first, then footers:
//          "【文/观察者网专栏作者 刘典】" → author 刘典, outlet 观察者网
//          "No.6270 原創首發文章|作者 米磊" → author 米磊 ("作者簡介:" is not a byline)
//          "By Jane Doe" → Jane Doe
//  outlet  the part before a role word in a byline, or a "来源:" / "Source:" line
//  date    "2025年1月13日", "2025-01-13", "2025/1/13" in a byline or footer
//  url     the first http(s) URL in a byline or footer
class MetadataExtractor
{
public:
    static EssayMetadata extract(const QList<Block> &blocks);
    static QString deriveTitle(QStringView paragraph);
};

} // namespace duizhao
