// Cli's dictionary commands: define (CC-CEDICT lookup) and segment (words with their
// pinyin), and the pinyin that `show --pinyin` adds to Chinese blocks. None of them
// opens the library.
#include "Cli.h"

#include "CodePoints.h"
#include "ConsoleOutput.h"
#include "Dictionary.h"
#include "WordSegmenter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duizhao {

namespace {

constexpr int kOk = 0;
constexpr int kSomeFailed = 1;

QJsonObject entryJson(const DictionaryEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("simplified"), entry.simplified},
        {QStringLiteral("traditional"), entry.traditional},
        {QStringLiteral("pinyin"), entry.pinyin()},
        {QStringLiteral("pinyinNumbered"), entry.pinyinNumbered},
        {QStringLiteral("definitions"), QJsonArray::fromStringList(entry.definitions)}};
}

// Says the data is missing (the build could not fetch it) and returns exit code 1.
int dictionaryMissing(const Dictionary &dictionary)
{
    ConsoleOutput::err(QStringLiteral("duizhao-cli: ") + dictionary.error() + u'\n');
    return kSomeFailed;
}

} // namespace

int Cli::define(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!Cli::parseOptions(parser, QStringLiteral("define"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1 ||
        parser.positionalArguments().front().trimmed().isEmpty())
        return usageError(QStringLiteral("define needs one word"));
    const Dictionary &dictionary = Dictionary::instance();
    if (!dictionary.isLoaded())
        return dictionaryMissing(dictionary);

    const QString word = parser.positionalArguments().front().trimmed();
    QList<DictionaryEntry> entries = dictionary.lookup(word);
    const QList<DictionaryMatch::Word> others = dictionary.counterparts(word);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DictionaryEntry &entry : std::as_const(entries))
            array.append(entryJson(entry));
        QJsonArray counterparts;
        for (const DictionaryMatch::Word &other : others) {
            QJsonArray otherEntries;
            for (const DictionaryEntry &entry : other.entries)
                otherEntries.append(entryJson(entry));
            counterparts.append(QJsonObject{{QStringLiteral("word"), other.text},
                                            {QStringLiteral("entries"), otherEntries}});
        }
        ConsoleOutput::json(
            QJsonDocument(QJsonObject{{QStringLiteral("query"), word},
                                      {QStringLiteral("entries"), array},
                                      {QStringLiteral("counterparts"), counterparts}}));
        return kOk;
    }
    if (entries.isEmpty())
        ConsoleOutput::out(QStringLiteral("%1: not in CC-CEDICT\n").arg(word));
    for (const DictionaryEntry &entry : std::as_const(entries)) {
        const QString forms = entry.simplified == entry.traditional
                                  ? entry.simplified
                                  : entry.simplified + u'/' + entry.traditional;
        ConsoleOutput::out(forms + QStringLiteral("  ") + entry.pinyin() + u'\n');
        for (const QString &definition : entry.definitions)
            ConsoleOutput::out(QStringLiteral("  - ") + definition + u'\n');
    }
    for (const DictionaryMatch::Word &other : others) {
        ConsoleOutput::out(
            QStringLiteral("see also %1  %2\n").arg(other.text, other.entries.front().pinyin()));
    }
    return kOk;
}

int Cli::segment(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!Cli::parseOptions(parser, QStringLiteral("segment"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("segment needs a text"));
    const Dictionary &dictionary = Dictionary::instance();
    if (!dictionary.isLoaded())
        return dictionaryMissing(dictionary);

    const QString text = parser.positionalArguments().join(u' ');
    const QList<WordSegmenter::Word> words = WordSegmenter::segment(text, dictionary);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const WordSegmenter::Word &word : words) {
            array.append(
                QJsonObject{{QStringLiteral("text"), text.mid(word.start, word.end - word.start)},
                            {QStringLiteral("start"), utf16OffsetToCodePoint(text, word.start)},
                            {QStringLiteral("end"), utf16OffsetToCodePoint(text, word.end)},
                            {QStringLiteral("pinyin"), word.pinyin}});
        }
        ConsoleOutput::json(QJsonDocument(QJsonObject{{QStringLiteral("words"), array}}));
        return kOk;
    }
    QStringList forms;
    QStringList readings;
    for (const WordSegmenter::Word &word : words) {
        forms << text.mid(word.start, word.end - word.start);
        readings << (word.chinese ? word.pinyin : forms.back());
    }
    ConsoleOutput::out(forms.join(QStringLiteral(" | ")) + u'\n' +
                       readings.join(QStringLiteral(" | ")) + u'\n');
    return kOk;
}

QString Cli::blockPinyin(const QString &text)
{
    const Dictionary &dictionary = Dictionary::instance();
    QStringList words;
    for (const WordSegmenter::Word &word : WordSegmenter::segment(text, dictionary)) {
        words << (word.chinese ? QString(word.pinyin).remove(u' ')
                               : text.mid(word.start, word.end - word.start));
    }
    return words.join(u' ');
}

} // namespace duizhao
