#include "TranslationFile.h"

#include "Decoder.h"
#include "SourceFile.h"

namespace duizhao {

TranslationFile TranslationFile::read(const QString &path)
{
    TranslationFile translation;
    const SourceFile source = SourceFile::read(path);
    translation.file = source.path;
    if (!source.ok()) {
        translation.error = source.error;
        return translation;
    }
    const DecodedText decoded = Decoder::decode(source.bytes);
    if (!decoded.ok()) {
        translation.error = decoded.error;
        return translation;
    }
    translation.sha256 = source.sha256;
    translation.text = decoded.text;
    return translation;
}

} // namespace duizhao
