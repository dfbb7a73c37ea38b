#include "Collation.h"

#include <QString>

#include <unicode/ucol.h>

#include <memory>

namespace duizhao {

namespace {

struct CollatorCloser {
    void operator()(UCollator *collator) const { ucol_close(collator); }
};

// nullptr when ICU has no data for `zh` (then keys fall back to case-folded UTF-16).
const UCollator *collator()
{
    static const std::unique_ptr<UCollator, CollatorCloser> shared = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *opened = ucol_open("zh", &status);
        if (U_FAILURE(status)) {
            ucol_close(opened);
            return std::unique_ptr<UCollator, CollatorCloser>();
        }
        ucol_setAttribute(opened, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
        return std::unique_ptr<UCollator, CollatorCloser>(opened);
    }();
    return shared.get();
}

} // namespace

QByteArray Collation::sortKey(QStringView text)
{
    const UCollator *zh = collator();
    if (!zh) {
        const QString folded = text.toString().toCaseFolded();
        return QByteArray(reinterpret_cast<const char *>(folded.utf16()),
                          folded.size() * qsizetype(sizeof(char16_t)));
    }
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(zh, chars, length, reinterpret_cast<uint8_t *>(key.data()),
                                     int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(zh, chars, length, reinterpret_cast<uint8_t *>(key.data()),
                                 int32_t(key.size()));
    }
    // The key ends in a NUL that memcmp need not see.
    key.resize(needed > 0 ? needed - 1 : 0);
    return key;
}

int Collation::compare(QStringView left, QStringView right)
{
    const UCollator *zh = collator();
    if (!zh)
        return left.compare(right, Qt::CaseInsensitive);
    return int(ucol_strcoll(zh, reinterpret_cast<const UChar *>(left.utf16()), int32_t(left.size()),
                            reinterpret_cast<const UChar *>(right.utf16()), int32_t(right.size())));
}

} // namespace duizhao
