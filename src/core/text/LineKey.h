#pragma once

#include <QString>
#include <QStringView>

namespace duizhao {

// The form in which two lines of different essays count as "the same line": what a
// structure rule matches and what finds site chrome that recurs across a site's essays.
//
// Scraped spaces at the ends are dropped and runs of them inside become one space;
// letters are case-folded and full-width forms narrowed (NFKC), so a line re-typed
// with other spacing still matches. With `foldDigits`, each run of decimal digits, in
// any script, becomes one '#': counters and dates vary where the chrome does not.
//   lineKey(u"  阅读 1,024 次 ", true)  == u"阅读 #,# 次"
//   lineKey(u"Share on Facebook", false) == u"share on facebook"
QString lineKey(QStringView text, bool foldDigits);

// A 64-bit hash of lineKey(text, foldDigits), for counting recurring lines in the
// library without storing their text twice (FNV-1a over the key's UTF-16; collisions
// between two lines of one site are negligible at 2^-64).
qint64 lineHash(QStringView text, bool foldDigits = true);

} // namespace duizhao
