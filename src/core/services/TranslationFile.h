#pragma once

#include <QString>

namespace duizhao {

// The translation file of a one-language essay, read and decoded as an import reads any
// file (SourceFile, Decoder), ready for Corrections::attachTranslation.
struct TranslationFile {
    QString file; // canonical, absolute
    QString sha256;
    QString text;  // decoded
    QString error; // why it cannot be attached, for the user

    bool ok() const { return error.isEmpty(); }

    static TranslationFile read(const QString &path);
};

} // namespace duizhao
