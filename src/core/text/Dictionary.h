#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace duizhao {

namespace DictionaryFormat {
struct Header;
struct Entry;
struct Key;
} // namespace DictionaryFormat

// One CC-CEDICT entry: both scripts, the numbered pinyin as CC-CEDICT writes it, and
// its definitions. 長 has two: {長, 长, "chang2", [long, …]} and {長, 长, "zhang3", [chief, …]}.
struct DictionaryEntry {
    QString traditional;
    QString simplified;
    QString pinyinNumbered; // "Mei3 guo2"
    QStringList definitions;
    bool commonReading = false; // the form's most common reading (ICU's, at build time)

    QString pinyin() const; // tone marks: "Měi guó"
    friend bool operator==(const DictionaryEntry &, const DictionaryEntry &) = default;
};

// The words a reader finds at one position of a text: the longest word the dictionary
// has there, the shorter words the longest match passed through (美国人 passes 美国 and
// 美), and the same word in the other region's vocabulary, found through search's
// folding (晶片 notes 芯片, 芯片 notes 晶片; docs/normalisation.md).
struct DictionaryMatch {
    struct Word {
        QString text;
        QList<DictionaryEntry> entries;
    };
    qsizetype start = 0;  // UTF-16 offset into the text looked in
    qsizetype length = 0; // 0: no word of the dictionary starts there
    QList<DictionaryEntry> entries;
    QList<Word> shorter;      // longest first
    QList<Word> counterparts; // regional equivalents, each with its entries
};

// CC-CEDICT (CC BY-SA 4.0), as the compact index the build writes (DictionaryFormat.h),
// mapped read-only: opening costs a map and a bounds check of the tables, a lookup a
// binary search over every simplified and traditional form, so a form is found in
// either script (积体电路 and 積體電路 both find the Taiwan entry).
class Dictionary
{
public:
    // The process's dictionary, opened on first use from defaultPath().
    static const Dictionary &instance();
    // DUIZHAO_CEDICT when set; else the installed copy beside the program
    // (../share/duizhao/cedict.dzd); else the one the build wrote.
    static QString defaultPath();
    // What the data is and under which licence, for About boxes and --version.
    static QString attribution();

    explicit Dictionary(const QString &path);
    ~Dictionary();
    Dictionary(const Dictionary &) = delete;
    Dictionary &operator=(const Dictionary &) = delete;

    bool isLoaded() const { return m_header != nullptr; }
    // Why the dictionary is not loaded ("the dictionary data is missing: …").
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString dataVersion() const; // "cc-cedict 1.1.1, 2026-01-04"
    qsizetype entryCount() const;
    qsizetype maxWordLength() const; // UTF-16 units

    // Entries whose simplified or traditional form is exactly `word`, in CC-CEDICT's order.
    QList<DictionaryEntry> lookup(QStringView word) const;
    bool contains(QStringView word) const;
    // The lengths (UTF-16 units, ascending) of every word that starts at `from`.
    QList<qsizetype> prefixLengths(QStringView text, qsizetype from) const;
    // The longest word at `from` (0 when none).
    qsizetype longestMatch(QStringView text, qsizetype from) const;
    // What a popup shows for the word at `from`.
    DictionaryMatch matchAt(QStringView text, qsizetype from) const;
    // The other regional forms of `word` that the dictionary has: folded with
    // SearchFolder (script and vocabulary), and the Taiwan phrases that fold to it.
    QList<DictionaryMatch::Word> counterparts(QStringView word) const;
    // The reading a reader is shown for a word, numbered: of several entries that are
    // not a proper name, a surname or a variant, the common reading; else the first.
    // Empty when not found.
    QString preferredPinyin(QStringView word) const;

private:
    DictionaryEntry entry(quint32 index) const;
    std::u16string_view keyText(const DictionaryFormat::Key &key) const;
    bool open();

    QString m_path;
    QString m_error;
    QFile m_file;
    const uchar *m_data = nullptr;
    const DictionaryFormat::Header *m_header = nullptr;
    const DictionaryFormat::Entry *m_entries = nullptr;
    const DictionaryFormat::Key *m_keys = nullptr;
    const char16_t *m_text = nullptr;
    const char *m_bytes = nullptr;
};

} // namespace duizhao
