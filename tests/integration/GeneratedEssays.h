#pragma once

#include "EssayParser.h"
#include "Library.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

// Essays for fault tests, made from the project's own sample essays: each file is a
// sample with a numbered paragraph of its own added, so every file is distinct and a
// few hundred of them take a clean import a few seconds.
namespace GeneratedEssays {

inline QStringList sampleNames()
{
    return {QStringLiteral("sample-bilingual-chips.txt"),
            QStringLiteral("sample-hans-export-controls.txt"),
            QStringLiteral("sample-hant-open-source.txt"),
            QStringLiteral("sample-hant-standards.txt")};
}

inline QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(DUIZHAO_SAMPLES_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `count` essays as <folder>/essay-NNNN.txt and returns their canonical paths.
inline QStringList write(const QString &folder, int count, int firstNumber = 0)
{
    QDir().mkpath(folder);
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QStringList names = sampleNames();
    QStringList paths;
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        QByteArray bytes = sample(names[i % names.size()]);
        bytes +=
            QStringLiteral(
                "\n\u7b2c %1 \u7bc7\u6d4b\u8bd5\u6587\u7ae0\u7684\u7f16\u53f7\u6bb5\u843d\uff0c"
                "\u7528\u6765\u533a\u5206\u6bcf\u4e00\u4e2a\u6587\u4ef6\u3002\n")
                .arg(i)
                .toUtf8();
        const QString path =
            canonical + QStringLiteral("/essay-%1.txt").arg(i, 4, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        paths << path;
    }
    return paths;
}

// An essay's stored content, comparable between libraries: kind, language, line and
// original text of every block, then the pairs.
inline QString fingerprint(const duizhao::Essay &essay)
{
    QString text;
    for (const duizhao::Block &block : essay.blocks)
        text += QStringLiteral("%1|%2|%3|%4\n")
                    .arg(duizhao::blockKindName(block.kind), duizhao::languageTag(block.language))
                    .arg(block.line)
                    .arg(block.text);
    for (const duizhao::Pair &pair : essay.pairs) {
        QStringList en, zh;
        for (int index : pair.english)
            en << QString::number(index);
        for (int index : pair.chinese)
            zh << QString::number(index);
        text += QStringLiteral("pair %1 / %2\n").arg(en.join(u','), zh.join(u','));
    }
    return text;
}

// file → fingerprint of every essay in the library.
inline QHash<QString, QString> contents(duizhao::Library &library)
{
    QHash<QString, QString> byFile;
    for (const duizhao::EssayDetails &summary : library.essays().all()) {
        if (const auto essay = library.essays().find(summary.id))
            byFile.insert(essay->file, fingerprint(*essay));
    }
    return byFile;
}

} // namespace GeneratedEssays
