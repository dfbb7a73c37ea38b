#pragma once

#include <QString>
#include <QStringView>

namespace duizhao {

// Text that goes into XML (REFI-QDA, TMX). XML 1.0 allows tab, LF, CR and the characters
// from U+0020 on, but not the other C0 controls, unpaired surrogates, U+FFFE or U+FFFF;
// QXmlStreamWriter would write them as they are and the file would not parse. Scraped
// text can hold any of them.
namespace XmlText {

// `text` with every character XML 1.0 does not allow replaced by U+FFFD.
//   u"a\u0001b"  →  u"a\uFFFDb";   a surrogate pair stays as it is
QString clean(QStringView text);

} // namespace XmlText
} // namespace duizhao
