#pragma once

#include "Database.h"
#include "LibraryBackups.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace duizhao {

class Exporter;
class Library;

// duizhao-cli: the scripting and testing face of the core. Parses the command line,
// runs one command, returns the exit code of the contract:
// 0 success; 1 some inputs failed (the rest were processed); 2 bad usage, bad query or
// a library that cannot be opened, with one line on stderr.
class Cli
{
public:
    // The exporter for a --format name, nullptr for an unknown one. duizhao-cli offers the
    // text formats (Exporter::forTextFormat) and hands PDF exports to duizhao-cli-pdf,
    // which alone links QtGui and passes Exporters::create.
    using ExporterFactory = std::function<std::unique_ptr<Exporter>(QStringView format)>;

    explicit Cli(ExporterFactory createExporter);
    ~Cli();
    int run(const QStringList &arguments);

    // True when these arguments export PDF, which needs QtGui and a QGuiApplication:
    // main() must know before it creates the application object.
    static bool needsGui(const QStringList &arguments);

    // A command's own options parsed from its arguments (single-dash words as long
    // options); false with the reason on bad usage.
    static bool parseOptions(QCommandLineParser &parser, const QString &command,
                             const QStringList &arguments, QString *error);

private:
    int import(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int search(const QStringList &arguments);
    int reindex(const QStringList &arguments);
    int check(const QStringList &arguments);
    int annotate(const QStringList &arguments);
    int annotations(const QStringList &arguments);
    int exportAnnotations(const QStringList &arguments);
    int importAnnotations(const QStringList &arguments);
    int tags(const QStringList &arguments);    // CliTags.cpp
    int rules(const QStringList &arguments);   // CliRules.cpp
    int backup(const QStringList &arguments);  // CliBackups.cpp
    int backups(const QStringList &arguments); // CliBackups.cpp
    int restore(const QStringList &arguments); // CliBackups.cpp

    int concordance(const QStringList &arguments); // CliConcordance.cpp
    int stats(const QStringList &arguments);       // CliStats.cpp
    int define(const QStringList &arguments);      // CliDictionary.cpp
    int segment(const QStringList &arguments);     // CliDictionary.cpp
    int glossary(const QStringList &arguments);    // CliGlossary.cpp
    // A Chinese block's pinyin for show --pinyin: a word's syllables written together,
    // words apart ("Měiguó xiànzhì xīnpiàn"); CliDictionary.cpp.
    static QString blockPinyin(const QString &text);

    Library &library();
    // Before a command that changes the library: refuses a read-only library (throws
    // DatabaseError::readOnly), else makes the day's automatic backup if it is due.
    void prepareToWrite(const QString &command);
    // Says on stderr that the library is read-only (reading commands still work).
    void noteReadOnly();
    QString libraryPath() const;
    int usageError(const QString &reason) const;

    ExporterFactory m_createExporter;
    QString m_libraryPath;
    DatabaseOptions m_databaseOptions; // hidden --max-page-count (tests)
    qint64 m_commitBytes = 0;          // hidden --commit-bytes (tests); 0: the default
    BackupPolicy m_backupPolicy;       // --keep-daily, --keep-weekly
    bool m_autoBackup = true;          // --no-auto-backup turns it off
    std::unique_ptr<Library> m_library;
};

} // namespace duizhao
