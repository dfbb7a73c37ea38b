#include "Cli.h"

#include "ConsoleOutput.h"
#include "DatabaseError.h"
#include "Dictionary.h"
#include "EssayJson.h"
#include "Importer.h"
#include "Library.h"
#include "Reanchorer.h"
#include "SearchQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <stdexcept>

namespace duizhao {

namespace {

constexpr int kOk = 0;
constexpr int kSomeFailed = 1;
constexpr int kUsage = 2;

// Raised for a library that cannot be opened; turned into exit code 2.
struct LibraryUnavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const QString kUsageText = QStringLiteral(
    "Usage: duizhao-cli [--db FILE] [--read-only] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  import [--json] PATH...        import files or folders (recursive)\n"
    "  list [--json]                  list the essays in the library\n"
    "  show ID [--json] [--script original|hans|hant|tw|hk] [--pinyin]\n"
    "                                 show one essay's blocks and pairs\n"
    "  search [--json] [--limit N] [--exact-vocabulary] [--exact-script] [--all-kinds]\n"
    "         [--essay ID] [--lang TAG] [--kind KIND] QUERY\n"
    "                                 full-text search in any script; words, \"phrases\",\n"
    "                                 OR, -term / NOT, prefix*, (grouping)\n"
    "  reindex                        rebuild the full-text index and check it\n"
    "  check [--json]                 check the library file: SQLite integrity, foreign\n"
    "                                 keys, full-text index; exit 1 when damaged\n"
    "  annotate ID (--quote TEXT | --block N --start S --end E) [--tag T]...\n"
    "           [--claim TYPE] [--verdict V] [--note TEXT] [--color #RRGGBB] [--json]\n"
    "                                 highlight a span (code points) and annotate it\n"
    "  annotations [ID] [--json]      list annotations (of one essay, or all)\n"
    "  export (--essay ID... | --all | --claims) [--claims] [--notes-only]\n"
    "         --format md|html|json|csv|pdf|qdpx|tmx|csl-json -o FILE\n"
    "                                 write annotated notes (JSON: W3C Web Annotations;\n"
    "                                 qdpx: REFI-QDA; tmx: aligned pairs; csl-json: metadata)\n"
    "  import-annotations [--json] FILE.json|FILE.qdpx\n"
    "                                 re-anchor exported annotations (or a QDA tool's\n"
    "                                 codings) into this library\n"
    "  tags [--json]                  list the tag codebook with usage counts\n"
    "  tags rename OLD NEW | merge FROM INTO | delete NAME [--untag]\n"
    "  tags set NAME [--color #RRGGBB] [--description TEXT] [--parent NAME | --top]\n"
    "                                 edit the codebook; delete refuses a tag in use\n"
    "                                 unless --untag (annotations are never deleted)\n"
    "  rules [--json]                 list the structure rules taught to the importer\n"
    "  rules add TEXT --kind KIND [--digits] [--site SITE]\n"
    "                                 every line like TEXT is KIND (--digits: numbers are\n"
    "                                 wildcards; --site: only essays of that site)\n"
    "  rules set ID --kind KIND | remove ID | import FILE (what rules --json printed)\n"
    "  backup [-o FILE]               copy the library now (SQLite backup API) into its\n"
    "                                 backups folder, or to FILE\n"
    "  backups [--json]               list the library's backups with their counts\n"
    "  restore FILE                   replace the library with a backup; the library as\n"
    "                                 it was is kept as <library>.before-restore-<time>\n"
    "  concordance [--json] [--width N] [--limit N] [--sort essay|date|left|right]\n"
    "              [--exact-vocabulary] [--exact-script] [--all-kinds] [--essay ID]\n"
    "              [--lang TAG] [--kind KIND] [--outlet NAME] [--from DATE] [--to DATE] QUERY\n"
    "                                 every match of a search query as a line in context\n"
    "  stats [--json] [--term QUERY] [--outlet NAME] [--from DATE] [--to DATE]\n"
    "                                 essays by language, outlet, month; claims by verdict,\n"
    "                                 type, tag; a term's matches by essay, outlet, month\n"
    "  define WORD [--json]           look a Chinese word up in CC-CEDICT (either script)\n"
    "  segment TEXT [--json]          cut a text into words, with pinyin\n"
    "  glossary [list] [--json] | add EN ZH [--note TEXT] | remove ID\n"
    "  glossary export --format csv|tbx -o FILE\n"
    "                                 the EN-ZH term base\n"
    "\n"
    "Global options:\n"
    "  --read-only                    open for reading only; commands that change the\n"
    "                                 library are refused\n"
    "  --no-auto-backup               no daily backup before a command that writes\n"
    "  --keep-daily N, --keep-weekly N  how many automatic backups rotation keeps (7, 4)\n"
    "\n"
    "Without --db the library lives in the platform's app-data folder; its backups in\n"
    "the folder \"backups\" beside it.\n"
    "Exit codes: 0 success, 1 some inputs failed, 2 bad usage.\n");

void printJson(const QJsonDocument &document)
{
    ConsoleOutput::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

// Parses a subcommand's own options; returns false (after printing why) on bad usage.
bool parseSubcommand(QCommandLineParser &parser, const QString &command,
                     const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli ") + command} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

// The dictionary's source and licence, and whether its data is there.
QString dictionaryCredit()
{
    const Dictionary &dictionary = Dictionary::instance();
    return Dictionary::attribution() + u'\n' +
           (dictionary.isLoaded() ? QStringLiteral("Dictionary data: %1, %2 entries")
                                        .arg(dictionary.dataVersion())
                                        .arg(dictionary.entryCount())
                                  : dictionary.error());
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\t', u' ');
}

} // namespace

Cli::Cli(ExporterFactory createExporter)
    : m_createExporter(std::move(createExporter))
{}

Cli::~Cli() = default;

int Cli::usageError(const QString &reason) const
{
    ConsoleOutput::err(QStringLiteral("duizhao-cli: ") + oneLine(reason) + u'\n');
    return kUsage;
}

QString Cli::libraryPath() const
{
    return m_libraryPath.isEmpty() ? Library::defaultPath() : m_libraryPath;
}

bool Cli::parseOptions(QCommandLineParser &parser, const QString &command,
                       const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("duizhao-cli ") + command} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

Library &Cli::library()
{
    if (!m_library) {
        const QString path = libraryPath();
        try {
            m_library = std::make_unique<Library>(path, m_databaseOptions);
        } catch (const DatabaseError &error) {
            throw LibraryUnavailable(QStringLiteral("cannot open library %1: %2")
                                         .arg(path, error.message())
                                         .toStdString());
        }
    }
    return *m_library;
}

void Cli::prepareToWrite(const QString &command)
{
    Library &open = library();
    open.requireWritable(command);
    if (!m_autoBackup)
        return;
    // The day's backup comes before the day's first change, from any front end. It is a
    // safety net, not the command: when it cannot be made the command still runs.
    try {
        open.dailyBackup(m_backupPolicy);
    } catch (const std::exception &error) {
        ConsoleOutput::err(QStringLiteral("duizhao-cli: warning: no automatic backup: ") +
                           oneLine(QString::fromLocal8Bit(error.what())) + u'\n');
    }
}

void Cli::noteReadOnly()
{
    if (library().isReadOnly())
        ConsoleOutput::err(QStringLiteral("duizhao-cli: note: library %1 is read-only (reading, "
                                          "search and export only)\n")
                               .arg(library().path()));
}

int Cli::run(const QStringList &arguments)
{
    QStringList rest;
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!command.isEmpty()) {
            rest << argument;
        } else if (argument == u"--db") {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("--db needs a file name"));
            m_libraryPath = arguments[++i];
        } else if (argument.startsWith(u"--db=")) {
            m_libraryPath = argument.mid(5);
        } else if (argument.startsWith(u"--max-page-count=")) {
            // Hidden test flag: the library file cannot grow past this many pages, so a
            // write beyond it fails exactly as on a full disk.
            m_databaseOptions.maxPageCount = argument.mid(17).toLongLong();
        } else if (argument.startsWith(u"--commit-bytes=")) {
            // Hidden test flag: an import commits after this many bytes of input, so a
            // kill test sees many commits in a short import.
            m_commitBytes = argument.mid(15).toLongLong();
        } else if (argument == u"--read-only") {
            m_databaseOptions.readOnly = true;
        } else if (argument == u"--no-auto-backup") {
            m_autoBackup = false;
        } else if (argument == u"--keep-daily" || argument == u"--keep-weekly") {
            bool ok = false;
            const int count = i + 1 < arguments.size() ? arguments[i + 1].toInt(&ok) : -1;
            if (!ok || count < 0)
                return usageError(QStringLiteral("%1 needs a number").arg(argument));
            ++i;
            (argument == u"--keep-daily" ? m_backupPolicy.daily : m_backupPolicy.weekly) = count;
        } else if (argument == u"--help" || argument == u"-h" || argument == u"help") {
            ConsoleOutput::out(kUsageText);
            return kOk;
        } else if (argument == u"--version") {
            ConsoleOutput::out(QStringLiteral("duizhao-cli ") +
                               QCoreApplication::applicationVersion() + u'\n' + dictionaryCredit() +
                               u'\n');
            return kOk;
        } else if (argument.startsWith(u'-')) {
            return usageError(QStringLiteral("unknown option %1 (see --help)").arg(argument));
        } else {
            command = argument;
        }
    }
    if (command.isEmpty())
        return usageError(QStringLiteral("no command given (see --help)"));

    // The commands that change the library, and the words of tags and rules that do.
    static const QStringList kWriting = {QStringLiteral("import"), QStringLiteral("reindex"),
                                         QStringLiteral("annotate"),
                                         QStringLiteral("import-annotations")};
    static const QStringList kWritingTags = {QStringLiteral("rename"), QStringLiteral("merge"),
                                             QStringLiteral("delete"), QStringLiteral("set")};
    static const QStringList kWritingRules = {QStringLiteral("add"), QStringLiteral("set"),
                                              QStringLiteral("remove"), QStringLiteral("import")};
    const QString word = rest.value(0);
    const bool writes = kWriting.contains(command) ||
                        (command == u"tags" && kWritingTags.contains(word)) ||
                        (command == u"rules" && kWritingRules.contains(word));
    try {
        if (writes && !rest.contains(u"--help"))
            prepareToWrite(command == u"tags" || command == u"rules" ? command + u' ' + word
                                                                     : command);
        if (command == u"import")
            return import(rest);
        if (command == u"list")
            return list(rest);
        if (command == u"show")
            return show(rest);
        if (command == u"search")
            return search(rest);
        if (command == u"reindex")
            return reindex(rest);
        if (command == u"check")
            return check(rest);
        if (command == u"annotate")
            return annotate(rest);
        if (command == u"annotations")
            return annotations(rest);
        if (command == u"export")
            return exportAnnotations(rest);
        if (command == u"import-annotations")
            return importAnnotations(rest);
        if (command == u"tags")
            return tags(rest);
        if (command == u"rules")
            return rules(rest);
        if (command == u"backup")
            return backup(rest);
        if (command == u"backups")
            return backups(rest);
        if (command == u"restore")
            return restore(rest);
        if (command == u"concordance")
            return concordance(rest);
        if (command == u"stats")
            return stats(rest);
        if (command == u"define")
            return define(rest);
        if (command == u"segment")
            return segment(rest);
        if (command == u"glossary")
            return glossary(rest);
    } catch (const LibraryUnavailable &error) {
        return usageError(QString::fromStdString(error.what()));
    } catch (const std::invalid_argument &error) {
        return usageError(QString::fromStdString(error.what()));
    } catch (const DatabaseError &error) {
        // A refused change of a read-only library is a usage matter: nothing was tried.
        if (error.isReadOnly())
            return usageError(
                QStringLiteral("library %1: %2")
                    .arg(m_library ? m_library->path() : libraryPath(), error.message()));
        // A damaged file is found by the first read that touches the bad pages, which may
        // come after opening: it is the same "cannot use this library" as a failed open.
        if (error.isDamage())
            return usageError(
                QStringLiteral("library %1 is damaged: %2")
                    .arg(m_library ? m_library->path() : m_libraryPath, error.message()));
        ConsoleOutput::err(QStringLiteral("duizhao-cli: library error: ") +
                           oneLine(error.message()) + u'\n');
        return kSomeFailed;
    }
    return usageError(QStringLiteral("unknown command '%1' (see --help)").arg(command));
}

int Cli::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseSubcommand(parser, QStringLiteral("import"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("import needs at least one file or folder"));

    const bool asJson = parser.isSet(json);
    Importer importer(library());
    if (m_commitBytes > 0)
        importer.setCommitBytes(m_commitBytes);
    const QList<ImportResult> results =
        importer.run(parser.positionalArguments(), [&](const ImportResult &result, int, int) {
            if (asJson)
                return;
            QString line = importStatusName(result.status).leftJustified(10) + result.path;
            if (result.essayId > 0)
                line += QStringLiteral("  (essay %1)").arg(result.essayId);
            if (!result.error.isEmpty())
                line += QStringLiteral(": ") + oneLine(result.error);
            for (const QString &warning : result.warnings)
                line += QStringLiteral("  [warning: %1]").arg(oneLine(warning));
            ConsoleOutput::out(line + u'\n');
        });

    int counts[5] = {0, 0, 0, 0, 0};
    for (const ImportResult &result : results)
        ++counts[int(result.status)];
    const bool anyFailed = counts[int(ImportResult::Status::Failed)] > 0;
    if (asJson) {
        QJsonArray files;
        for (const ImportResult &result : results)
            files.append(EssayJson::importResult(result));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}));
    } else {
        ConsoleOutput::out(
            QStringLiteral("%1 imported, %2 updated, %3 unchanged, %4 failed, %5 skipped\n")
                .arg(counts[int(ImportResult::Status::Imported)])
                .arg(counts[int(ImportResult::Status::Updated)])
                .arg(counts[int(ImportResult::Status::Unchanged)])
                .arg(counts[int(ImportResult::Status::Failed)])
                .arg(counts[int(ImportResult::Status::Skipped)]));
    }
    return anyFailed ? kSomeFailed : kOk;
}

int Cli::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseSubcommand(parser, QStringLiteral("list"), arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("list takes no arguments"));

    const QList<EssayDetails> essays = library().essays().all();
    noteReadOnly();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const EssayDetails &essay : essays)
            array.append(EssayJson::summary(essay));
        printJson(QJsonDocument(array));
        return kOk;
    }
    for (const EssayDetails &essay : essays) {
        QStringList languages;
        for (Language language : essay.languages)
            languages << languageTag(language);
        ConsoleOutput::out(
            QStringLiteral("%1  %2  %3 blocks  %4 pairs  %5%6\n")
                .arg(essay.id, 4)
                .arg(languages.join(u',').leftJustified(15))
                .arg(essay.blockCount, 3)
                .arg(essay.pairCount, 3)
                .arg(essay.title)
                .arg(essay.author.isEmpty() ? QString() : QStringLiteral("  — ") + essay.author));
    }
    if (essays.isEmpty())
        ConsoleOutput::out(
            QStringLiteral("The library is empty. Import with: duizhao-cli import PATH...\n"));
    return kOk;
}

int Cli::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption script(QStringLiteral("script"),
                                    QStringLiteral("original, hans, hant, tw or hk"),
                                    QStringLiteral("SCRIPT"), QStringLiteral("original"));
    const QCommandLineOption pinyin(QStringLiteral("pinyin"));
    parser.addOption(json);
    parser.addOption(script);
    parser.addOption(pinyin);
    QString error;
    if (!parseSubcommand(parser, QStringLiteral("show"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("show needs exactly one essay id"));
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().front().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return usageError(
            QStringLiteral("'%1' is not an essay id").arg(parser.positionalArguments().front()));
    const auto view = scriptViewFromName(parser.value(script));
    if (!view)
        return usageError(QStringLiteral("unknown script '%1' (original, hans, hant, tw, hk)")
                              .arg(parser.value(script)));

    const std::optional<Essay> essay = library().essays().find(id);
    if (!essay)
        return usageError(QStringLiteral("no essay with id %1").arg(id));
    QJsonObject object = EssayJson::full(*essay, *view);
    if (parser.isSet(pinyin)) {
        if (!Dictionary::instance().isLoaded())
            ConsoleOutput::err(QStringLiteral("duizhao-cli: ") + Dictionary::instance().error() +
                               u'\n');
        QJsonArray blocks = object.value(QStringLiteral("blocks")).toArray();
        for (QJsonValueRef value : blocks) {
            QJsonObject block = value.toObject();
            if (block.value(QStringLiteral("lang")).toString().startsWith(u"zh")) {
                block.insert(QStringLiteral("pinyin"),
                             blockPinyin(block.value(QStringLiteral("text")).toString()));
                value = block;
            }
        }
        object.insert(QStringLiteral("blocks"), blocks);
    }
    if (parser.isSet(json)) {
        printJson(QJsonDocument(object));
        return kOk;
    }
    ConsoleOutput::out(
        QStringLiteral("%1\n%2%3\n%4 · %5 blocks · %6 pairs\n\n")
            .arg(essay->title,
                 essay->author.isEmpty() ? QStringLiteral("(no author)") : essay->author,
                 essay->outlet.isEmpty() ? QString() : QStringLiteral(" · ") + essay->outlet,
                 essay->file)
            .arg(essay->blockCount)
            .arg(essay->pairCount));
    for (const QJsonValue &value : object.value(QStringLiteral("blocks")).toArray()) {
        const QJsonObject block = value.toObject();
        ConsoleOutput::out(
            QStringLiteral("[%1] %2 %3: %4\n")
                .arg(block.value(QStringLiteral("index")).toInt(), 3)
                .arg(block.value(QStringLiteral("kind")).toString().leftJustified(10),
                     block.value(QStringLiteral("lang")).toString().leftJustified(7),
                     block.value(QStringLiteral("text")).toString()));
        if (block.contains(QStringLiteral("pinyin")))
            ConsoleOutput::out(QStringLiteral("                         ") +
                               block.value(QStringLiteral("pinyin")).toString() + u'\n');
    }
    return kOk;
}

} // namespace duizhao

namespace duizhao {

int Cli::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("essays to show"),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption exactVocabulary(QStringLiteral("exact-vocabulary"));
    const QCommandLineOption exactScript(QStringLiteral("exact-script"));
    const QCommandLineOption allKinds(QStringLiteral("all-kinds"));
    const QCommandLineOption essay(QStringLiteral("essay"), QStringLiteral("essay id"),
                                   QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("en, zh-Hans, zh-Hant"),
                                  QStringLiteral("TAG"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("block kind"),
                                  QStringLiteral("KIND"));
    parser.addOptions({json, limit, exactVocabulary, exactScript, allKinds, essay, lang, kind});
    QString error;
    if (!parseSubcommand(parser, QStringLiteral("search"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("search needs a query"));

    SearchOptions options;
    bool ok = false;
    options.limit = parser.value(limit).toInt(&ok);
    if (!ok || options.limit <= 0)
        return usageError(QStringLiteral("--limit takes a positive whole number"));
    options.foldVocabulary = !parser.isSet(exactVocabulary);
    options.foldScript = !parser.isSet(exactScript);
    options.includeBoilerplate = parser.isSet(allKinds);
    if (parser.isSet(essay)) {
        options.essayId = parser.value(essay).toLongLong(&ok);
        if (!ok || options.essayId <= 0)
            return usageError(QStringLiteral("'%1' is not an essay id").arg(parser.value(essay)));
    }
    if (parser.isSet(lang)) {
        options.language = languageFromTag(parser.value(lang));
        if (!options.language)
            return usageError(QStringLiteral("unknown language '%1' (en, zh-Hans, zh-Hant, und)")
                                  .arg(parser.value(lang)));
    }
    if (parser.isSet(kind)) {
        options.kind = blockKindFromName(parser.value(kind));
        if (!options.kind)
            return usageError(QStringLiteral("unknown block kind '%1'").arg(parser.value(kind)));
        options.includeBoilerplate = options.includeBoilerplate || isBoilerplate(*options.kind);
    }

    const QString text = parser.positionalArguments().join(u' ');
    const std::optional<SearchQuery> query = SearchQuery::parse(text, &error);
    if (!query)
        return usageError(QStringLiteral("bad query: ") + error);

    const SearchResults results = library().search().run(*query, options);
    if (parser.isSet(json)) {
        QJsonArray hits;
        for (const SearchHit &hit : results.hits) {
            QJsonArray highlights;
            for (const auto &range : hit.highlights)
                highlights.append(QJsonArray{range.first, range.second});
            hits.append(QJsonObject{
                {QStringLiteral("essay"), hit.essayId},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("block"), hit.block},
                {QStringLiteral("kind"), blockKindName(hit.kind)},
                {QStringLiteral("lang"), languageTag(hit.language)},
                {QStringLiteral("score"), hit.score},
                {QStringLiteral("matches"), hit.matchingBlocks},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("highlights"), highlights},
            });
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("query"), text},
                                            {QStringLiteral("total"), results.total},
                                            {QStringLiteral("hits"), hits}}));
        return kOk;
    }
    ConsoleOutput::out(QStringLiteral("%1 essay(s) match\n").arg(results.total));
    for (const SearchHit &hit : results.hits) {
        ConsoleOutput::out(
            QStringLiteral("\n%1  %2  (block %3, %4 matching block(s), score %5)\n    %6\n")
                .arg(hit.essayId, 4)
                .arg(hit.title)
                .arg(hit.block)
                .arg(hit.matchingBlocks)
                .arg(hit.score, 0, 'f', 2)
                .arg(oneLine(hit.snippet)));
    }
    return kOk;
}

int Cli::reindex(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(QStringLiteral("reindex takes no arguments"));
    library().search().reindex();
    library().search().checkIndex();
    ConsoleOutput::out(QStringLiteral("full-text index rebuilt and checked\n"));
    return kOk;
}

int Cli::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseSubcommand(parser, QStringLiteral("check"), arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("check takes no arguments"));

    QStringList problems = library().maintenance().checkIntegrity();
    QList<EssayDetails> essays;
    try {
        essays = library().essays().all();
    } catch (const DatabaseError &failure) {
        if (!failure.isDamage())
            throw;
        problems << QStringLiteral("cannot read the essay list: ") + failure.message();
    }
    qint64 blocks = 0, annotations = 0;
    for (const EssayDetails &essay : std::as_const(essays)) {
        blocks += essay.blockCount;
        annotations += essay.annotationCount;
    }
    if (parser.isSet(json)) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("ok"), problems.isEmpty()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("essays"), qint64(essays.size())},
            {QStringLiteral("blocks"), blocks},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("readOnly"), library().isReadOnly()},
        }));
    } else {
        for (const QString &problem : problems)
            ConsoleOutput::out(QStringLiteral("problem: ") + oneLine(problem) + u'\n');
        if (library().isReadOnly())
            ConsoleOutput::out(
                QStringLiteral("note: the library is read-only; the full-text "
                               "index was not checked (FTS5 checks with a write)\n"));
        ConsoleOutput::out(QStringLiteral("%1: %2 essays, %3 blocks, %4 annotations\n")
                               .arg(problems.isEmpty()
                                        ? QStringLiteral("ok")
                                        : QStringLiteral("%1 problem(s)").arg(problems.size()))
                               .arg(essays.size())
                               .arg(blocks)
                               .arg(annotations));
    }
    return problems.isEmpty() ? kOk : kSomeFailed;
}

} // namespace duizhao

namespace duizhao {

int Cli::annotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption quote(QStringLiteral("quote"), QStringLiteral("text to find"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption block(QStringLiteral("block"), QStringLiteral("block index"),
                                   QStringLiteral("N"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("code point"),
                                   QStringLiteral("S"));
    const QCommandLineOption end(QStringLiteral("end"), QStringLiteral("code point"),
                                 QStringLiteral("E"));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("tag (repeatable)"),
                                 QStringLiteral("T"));
    const QCommandLineOption claim(QStringLiteral("claim"), QStringLiteral("claim type"),
                                   QStringLiteral("TYPE"));
    const QCommandLineOption verdict(QStringLiteral("verdict"), QStringLiteral("verdict"),
                                     QStringLiteral("V"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("note"),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption color(QStringLiteral("color"), QStringLiteral("#RRGGBB"),
                                   QStringLiteral("C"));
    parser.addOptions({json, quote, block, start, end, tag, claim, verdict, note, color});
    QString error;
    if (!parseSubcommand(parser, QStringLiteral("annotate"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("annotate needs exactly one essay id"));
    bool ok = false;
    const qint64 essayId = parser.positionalArguments().front().toLongLong(&ok);
    if (!ok || essayId <= 0)
        return usageError(
            QStringLiteral("'%1' is not an essay id").arg(parser.positionalArguments().front()));
    const std::optional<Essay> essay = library().essays().find(essayId);
    if (!essay)
        return usageError(QStringLiteral("no essay with id %1").arg(essayId));

    Annotation annotation;
    annotation.essayId = essayId;
    const bool byQuote = parser.isSet(quote);
    const bool byPosition = parser.isSet(block) || parser.isSet(start) || parser.isSet(end);
    if (byQuote == byPosition)
        return usageError(
            QStringLiteral("give either --quote TEXT or --block N --start S --end E"));
    if (byQuote) {
        const QString text = parser.value(quote);
        // The essay's own text first: the same words in a duplicated lede or a footer
        // are not what the user means. Blanked blocks keep their indexes.
        QList<Block> textBlocks = essay->blocks;
        for (Block &candidate : textBlocks) {
            if (isBoilerplate(candidate.kind))
                candidate.text.clear();
        }
        int occurrences = 0;
        for (const Block &candidate : std::as_const(textBlocks))
            occurrences += int(candidate.text.count(text));
        if (occurrences > 1)
            return usageError(
                QStringLiteral(
                    "the quote occurs %1 times in essay %2; give --block, --start and --end")
                    .arg(occurrences)
                    .arg(essayId));
        Anchor wanted;
        wanted.block = -1;
        wanted.quote = text;
        auto found = Reanchorer::reanchor(wanted, textBlocks);
        if (!found)
            found = Reanchorer::reanchor(wanted, essay->blocks);
        if (text.isEmpty() || !found || found->method == Reanchorer::Method::Fuzzy)
            return usageError(QStringLiteral("the quote is not in essay %1").arg(essayId));
        annotation.anchor = found->anchor;
    } else {
        if (!parser.isSet(block) || !parser.isSet(start) || !parser.isSet(end))
            return usageError(QStringLiteral("--block, --start and --end go together"));
        bool okBlock = false, okStart = false, okEnd = false;
        annotation.anchor.block = parser.value(block).toInt(&okBlock);
        annotation.anchor.start = parser.value(start).toInt(&okStart);
        annotation.anchor.end = parser.value(end).toInt(&okEnd);
        if (!okBlock || !okStart || !okEnd)
            return usageError(QStringLiteral("--block, --start and --end take whole numbers"));
    }
    annotation.tags = parser.values(tag);
    annotation.claimType = parser.value(claim).trimmed();
    annotation.verdict = parser.value(verdict).trimmed();
    annotation.note = parser.value(note);
    if (parser.isSet(color)) {
        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hex.match(parser.value(color)).hasMatch())
            return usageError(QStringLiteral("--color takes #RRGGBB"));
        annotation.color = parser.value(color);
    }
    if (!annotation.verdict.isEmpty() && !Annotation::verdicts().contains(annotation.verdict))
        return usageError(
            QStringLiteral("unknown verdict '%1' (%2)")
                .arg(annotation.verdict, Annotation::verdicts().join(QStringLiteral(", "))));
    if (!annotation.verdict.isEmpty() && annotation.claimType.isEmpty())
        return usageError(QStringLiteral("--verdict goes with --claim"));

    const qint64 id = library().annotations().add(annotation);
    const Annotation stored = *library().annotations().find(id);
    if (parser.isSet(json)) {
        printJson(QJsonDocument(EssayJson::annotation(stored)));
    } else {
        ConsoleOutput::out(QStringLiteral("annotation %1 on essay %2, block %3 [%4, %5): %6\n")
                               .arg(id)
                               .arg(essayId)
                               .arg(stored.anchor.block)
                               .arg(stored.anchor.start)
                               .arg(stored.anchor.end)
                               .arg(oneLine(stored.anchor.quote)));
    }
    return kOk;
}

int Cli::annotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parseSubcommand(parser, QStringLiteral("annotations"), arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() > 1)
        return usageError(QStringLiteral("annotations takes at most one essay id"));
    qint64 essayId = 0;
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        essayId = parser.positionalArguments().front().toLongLong(&ok);
        if (!ok || essayId <= 0)
            return usageError(QStringLiteral("'%1' is not an essay id")
                                  .arg(parser.positionalArguments().front()));
        if (!library().essays().find(essayId))
            return usageError(QStringLiteral("no essay with id %1").arg(essayId));
    }
    const QList<Annotation> list = library().annotations().ofEssay(essayId);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Annotation &annotation : list)
            array.append(EssayJson::annotation(annotation));
        printJson(QJsonDocument(array));
        return kOk;
    }
    for (const Annotation &annotation : list) {
        ConsoleOutput::out(
            QStringLiteral("%1  essay %2 block %3 [%4, %5)%6  «%7»%8%9\n")
                .arg(annotation.id, 4)
                .arg(annotation.essayId)
                .arg(annotation.anchor.block)
                .arg(annotation.anchor.start)
                .arg(annotation.anchor.end)
                .arg(annotation.orphaned ? QStringLiteral("  ORPHANED") : QString())
                .arg(oneLine(annotation.anchor.quote))
                .arg(annotation.tags.isEmpty()
                         ? QString()
                         : QStringLiteral("  #") + annotation.tags.join(QStringLiteral(" #")))
                .arg(
                    annotation.isClaim()
                        ? QStringLiteral("  [%1: %2]").arg(annotation.claimType, annotation.verdict)
                        : QString()));
        if (!annotation.note.isEmpty())
            ConsoleOutput::out(QStringLiteral("      ") + oneLine(annotation.note) + u'\n');
    }
    return kOk;
}

} // namespace duizhao
