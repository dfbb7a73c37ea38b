#pragma once

#include <QByteArray>
#include <QStringView>

namespace duizhao {

// Sort keys for titles, authors and outlets in a library of Chinese and English
// essays: ICU's `zh` collation, which orders Han characters by pinyin and Latin
// letters alphabetically (case and accents only break ties), numbers by value.
//   安全 (ān) < 北京 (běi) < 中国 (zhōng), although 中 U+4E2D < 北 U+5317 < 安 U+5B89
//   "apple" < "Banana" < "chips 2" < "chips 10"
// Keys compare with memcmp (QByteArray's operator<); computing one per row once makes
// sorting a large table cheap. Thread-safe: the collator is shared and used read-only.
class Collation
{
public:
    static QByteArray sortKey(QStringView text);
    static int compare(QStringView left, QStringView right);
};

} // namespace duizhao
