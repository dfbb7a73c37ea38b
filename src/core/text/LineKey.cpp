#include "LineKey.h"

#include "CodePoints.h"

namespace duizhao {

QString lineKey(QStringView text, bool foldDigits)
{
    const QString normalised =
        trimmedScraped(text).toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(normalised.size());
    bool inSpace = false;
    bool inDigits = false;
    for (QChar c : normalised) {
        if (isScrapedSpace(c)) {
            inSpace = true;
            inDigits = false;
            continue;
        }
        if (inSpace && !key.isEmpty())
            key += u' ';
        inSpace = false;
        if (foldDigits && c.isDigit()) {
            if (!inDigits)
                key += u'#';
            inDigits = true;
            continue;
        }
        inDigits = false;
        key += c;
    }
    return key;
}

qint64 lineHash(QStringView text, bool foldDigits)
{
    quint64 hash = 14695981039346656037ull;
    for (QChar c : lineKey(text, foldDigits)) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return qint64(hash);
}

} // namespace duizhao
