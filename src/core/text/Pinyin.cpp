#include "Pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace duizhao {

namespace {

constexpr char16_t kToneMark[5] = {0, u'\u0304', u'\u0301', u'\u030C', u'\u0300'};

bool isVowel(QChar c)
{
    switch (c.toLower().unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'\u00FC': // ü
        return true;
    default:
        return false;
    }
}

// Where the tone mark goes in a syllable without its digit; -1 for none.
qsizetype markPosition(const QString &syllable)
{
    const QString lower = syllable.toLower();
    if (const qsizetype a = lower.indexOf(u'a'); a >= 0)
        return a;
    if (const qsizetype e = lower.indexOf(u'e'); e >= 0)
        return e;
    if (const qsizetype ou = lower.indexOf(u"ou"); ou >= 0)
        return ou;
    for (qsizetype i = syllable.size() - 1; i >= 0; --i) {
        if (isVowel(syllable[i]))
            return i;
    }
    // m2, n2, ng4, hm5: the first m or n carries it.
    for (qsizetype i = 0; i < syllable.size(); ++i) {
        if (lower[i] == u'm' || lower[i] == u'n')
            return i;
    }
    return -1;
}

bool isPinyinLetters(QStringView letters)
{
    if (letters.isEmpty())
        return false;
    for (const QChar c : letters) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u':' || c == u'\u00FC' ||
              c == u'\u00DC'))
            return false;
    }
    return true;
}

Pinyin::Syllable markSyllable(QStringView token)
{
    const QChar last = token.isEmpty() ? QChar() : token.back();
    if (last < u'1' || last > u'5' || !isPinyinLetters(token.chopped(1)))
        return {token.toString(), 0};
    const int tone = last.unicode() - u'0';
    QString syllable = token.chopped(1).toString();
    syllable.replace(QStringLiteral("u:"), QStringLiteral("\u00FC"))
        .replace(QStringLiteral("U:"), QStringLiteral("\u00DC"));
    // v for ü, but only where it cannot be a letter of its own (lv3, nv3)
    if (syllable.size() > 1) {
        syllable.replace(u'v', u'\u00FC');
        syllable.replace(u'V', u'\u00DC');
    }
    if (tone == 5)
        return {syllable, tone};
    const qsizetype at = markPosition(syllable);
    if (at < 0)
        return {syllable, tone};
    syllable.insert(at + 1, QChar(kToneMark[tone]));
    return {syllable.normalized(QString::NormalizationForm_C), tone};
}

} // namespace

QList<Pinyin::Syllable> Pinyin::syllables(QStringView numbered)
{
    QList<Syllable> result;
    for (const QStringView token : numbered.tokenize(u' ', Qt::SkipEmptyParts))
        result << markSyllable(token);
    return result;
}

QString Pinyin::toneMarks(QStringView numbered)
{
    QString text;
    for (const Syllable &syllable : syllables(numbered)) {
        if (!text.isEmpty())
            text += u' ';
        text += syllable.text;
    }
    return text;
}

QString Pinyin::numbered(QStringView toneMarked)
{
    const QString decomposed = toneMarked.toString().normalized(QString::NormalizationForm_D);
    QString letters;
    int tone = 5;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const char16_t c = decomposed[i].unicode();
        if (c == u'\u0308') { // the diaeresis of ü
            letters += u':';
            continue;
        }
        bool isMark = false;
        for (int t = 1; t <= 4; ++t) {
            if (c == kToneMark[t]) {
                tone = t;
                isMark = true;
            }
        }
        if (!isMark)
            letters += decomposed[i];
    }
    if (!isPinyinLetters(letters))
        return toneMarked.toString();
    return letters + QChar(u'0' + tone);
}

QString Pinyin::fromHan(QStringView text)
{
    static std::mutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    static bool failed = false;
    const std::lock_guard lock(mutex);
    if (!transliterator && !failed) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Han-Latin"),
                                                                 UTRANS_FORWARD, status));
        failed = U_FAILURE(status) || !transliterator;
    }
    if (failed)
        return text.toString();
    icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(unicode);
    return QString(reinterpret_cast<const QChar *>(unicode.getBuffer()), unicode.length())
        .simplified();
}

} // namespace duizhao
