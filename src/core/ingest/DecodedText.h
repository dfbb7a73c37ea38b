#pragma once

#include <QString>
#include <QStringList>

namespace duizhao {

// The outcome of turning a file's bytes into text. Either `error` is empty and `text`
// holds the whole file (byte order mark removed, line ends untouched), or `error` says
// in one sentence why the file is not text.
struct DecodedText {
    QString text;
    QString encoding;   // ICU converter name: "UTF-8", "UTF-16LE", "GB18030", "Big5", ...
    int confidence = 0; // 0–100; 100 when a BOM or strict UTF-8 validation decided
    bool byteOrderMark = false;
    qsizetype invalidSequences = 0; // replaced by U+FFFD
    QStringList warnings;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace duizhao
