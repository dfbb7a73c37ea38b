#pragma once

#include "Importer.h"
#include "Library.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A library in a temporary folder, filled from the project's own samples
// (resources/samples) or files the test writes, imported synchronously.
class ReaderTestLibrary
{
public:
    ReaderTestLibrary() { QStandardPaths::setTestModeEnabled(true); }

    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString dir() const { return m_dir.path(); }

    static QString sample(const QString &name)
    {
        return QStringLiteral(DUIZHAO_SAMPLES_DIR) + u'/' + name;
    }

    // Imports and returns essay ids by file name.
    QHash<QString, qint64> import(const QStringList &paths)
    {
        duizhao::Library library(path());
        QHash<QString, qint64> ids;
        for (const duizhao::ImportResult &result : duizhao::Importer(library).run(paths)) {
            if (result.essayId > 0)
                ids.insert(QFileInfo(result.path).fileName(), result.essayId);
        }
        return ids;
    }

    QHash<QString, qint64> importSamples() { return import({QStringLiteral(DUIZHAO_SAMPLES_DIR)}); }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString file = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        return file;
    }

private:
    QTemporaryDir m_dir;
};
