#pragma once

#include "DecodedText.h"

#include <QByteArray>

namespace duizhao {

// Bytes → text, the way a careful reader of scraped files wants it:
//
//  1. A byte order mark decides: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE.
//  2. Valid UTF-8 is UTF-8 (most files): strict validation by ICU, linear in the size.
//  3. UTF-8 with a few invalid sequences (at most one per 50 well-formed non-ASCII
//     characters) is still UTF-8: each bad sequence becomes U+FFFD and a warning says
//     how many there were. The essay is imported, not rejected.
//  4. NUL bytes without a BOM: UTF-16 in whichever byte order reads as text (≥ 95% of
//     characters letters, digits, punctuation or spaces); otherwise binary.
//  5. Anything else goes to ICU's charset detector (GB18030, Big5, ...) and is
//     converted with the ICU converter it names.
//
// Refused with a reason: empty files, whitespace-only files, and binary data (NUL bytes
// that do not read as UTF-16, or more than 1% control characters after decoding, and more
// than eight of them). A few stray controls ("a BEL in a small note") give a warning and
// stay in the text.
class Decoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
};

} // namespace duizhao
