#include "Importer.h"

#include "SourceFile.h"

#include "DatabaseError.h"
#include "EssayParser.h"
#include "Library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace duizhao {

QString importStatusName(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Imported:
        return QStringLiteral("imported");
    case ImportResult::Status::Updated:
        return QStringLiteral("updated");
    case ImportResult::Status::Unchanged:
        return QStringLiteral("unchanged");
    case ImportResult::Status::Skipped:
        return QStringLiteral("skipped");
    case ImportResult::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

namespace {

constexpr int kMaxDepth = 64;
constexpr qsizetype kBatchSize = 32;
// A transaction is committed after Importer::kDefaultCommitBytes of input or this much
// time, whichever comes first.
constexpr qint64 kCommitMilliseconds = 1000;

// A path found by the walk: either a file to import or a result decided already.
struct Candidate {
    QString path;
    std::optional<ImportResult> decided;
};

bool looksLikeTextFile(const QFileInfo &info)
{
    static const QSet<QString> extensions{QStringLiteral("txt"), QStringLiteral("text"),
                                          QStringLiteral("md"), QStringLiteral("markdown")};
    const QString suffix = info.suffix().toLower();
    return suffix.isEmpty() || extensions.contains(suffix);
}

Candidate decided(const QString &path, ImportResult::Status status, const QString &reason)
{
    ImportResult result;
    result.path = path;
    result.status = status;
    result.error = reason;
    return {path, result};
}

class Walker
{
public:
    QList<Candidate> candidates;

    void addArgument(const QString &argument)
    {
        const QFileInfo info(argument);
        if (info.isSymLink() && !info.exists()) {
            candidates << decided(argument, ImportResult::Status::Failed,
                                  QStringLiteral("broken symbolic link"));
        } else if (!info.exists()) {
            candidates << decided(argument, ImportResult::Status::Failed,
                                  QStringLiteral("no such file or folder"));
        } else if (info.isDir()) {
            walk(info, 0);
        } else if (!info.isFile()) {
            // A FIFO or device would block the reader or never end.
            candidates << decided(info.absoluteFilePath(), ImportResult::Status::Skipped,
                                  QStringLiteral("not a regular file"));
        } else {
            candidates << Candidate{info.absoluteFilePath(), std::nullopt};
        }
    }

private:
    void walk(const QFileInfo &folder, int depth)
    {
        const QString canonical = folder.canonicalFilePath();
        if (m_open.contains(canonical)) {
            candidates << decided(
                folder.absoluteFilePath(), ImportResult::Status::Skipped,
                QStringLiteral("symbolic link loop: leads back to %1").arg(canonical));
            return;
        }
        if (m_done.contains(canonical))
            return; // reached twice through links; its files are already listed
        if (depth > kMaxDepth) {
            candidates << decided(
                folder.absoluteFilePath(), ImportResult::Status::Skipped,
                QStringLiteral("folder nested more than %1 levels deep").arg(kMaxDepth));
            return;
        }
        const QDir dir(folder.absoluteFilePath());
        if (!dir.isReadable()) {
            candidates << decided(folder.absoluteFilePath(), ImportResult::Status::Failed,
                                  QStringLiteral("cannot read folder: permission denied"));
            return;
        }
        m_open.insert(canonical);
        const QFileInfoList entries =
            dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isSymLink() && !entry.exists()) {
                candidates << decided(entry.absoluteFilePath(), ImportResult::Status::Failed,
                                      QStringLiteral("broken symbolic link"));
            } else if (entry.isDir()) {
                walk(entry, depth + 1);
            } else if (!entry.isFile()) {
                candidates << decided(entry.absoluteFilePath(), ImportResult::Status::Skipped,
                                      QStringLiteral("not a regular file"));
            } else if (!looksLikeTextFile(entry)) {
                candidates << decided(entry.absoluteFilePath(), ImportResult::Status::Skipped,
                                      QStringLiteral("not a text file (.%1)").arg(entry.suffix()));
            } else {
                candidates << Candidate{entry.absoluteFilePath(), std::nullopt};
            }
        }
        m_open.remove(canonical);
        m_done.insert(canonical);
    }

    QSet<QString> m_open; // folders on the current walk path
    QSet<QString> m_done;
};

// Work done off the calling thread for one file.
struct Prepared {
    QString path; // as the library records it: canonical and absolute
    QString sha256;
    qint64 size = 0;
    std::optional<ParsedEssay> essay;
    EssayText::Packed packed; // of essay's blocks: compressed here, not on the writing thread
    bool unchanged = false;
    qint64 knownId = 0;
    QString error;
};

Prepared prepare(const QString &path, const QHash<QString, EssayCatalog::KnownFile> &knownFiles,
                 const EssayParser &parser)
{
    Prepared prepared;
    SourceFile source = SourceFile::read(path);
    prepared.path = source.path;
    if (!source.ok()) {
        prepared.error = source.error;
        return prepared;
    }
    const QByteArray bytes = std::move(source.bytes);
    prepared.size = source.size;
    prepared.sha256 = source.sha256;
    const auto known = knownFiles.constFind(prepared.path);
    if (known != knownFiles.cend() && known->sha256 == prepared.sha256) {
        prepared.unchanged = true;
        prepared.knownId = known->id;
        return prepared;
    }
    prepared.essay = parser.parse(bytes, &prepared.error);
    if (prepared.essay)
        prepared.packed = EssayText::pack(prepared.essay->blocks);
    return prepared;
}

} // namespace

Importer::Importer(Library &library)
    : m_library(library)
{}

QList<ImportResult> Importer::run(const QStringList &paths, const Progress &progress,
                                  const std::atomic<bool> *cancel)
{
    Walker walker;
    for (const QString &path : paths)
        walker.addArgument(path);
    const QList<Candidate> &candidates = walker.candidates;
    const int total = int(candidates.size());

    const QHash<QString, EssayCatalog::KnownFile> knownFiles = m_library.essays().knownFiles();
    const EssayParser parser;
    QList<ImportResult> results;
    results.reserve(total);
    const auto cancelled = [cancel] {
        return cancel && cancel->load();
    };

    // Results wait here until the transaction that wrote them commits: only then are
    // they reported (and true).
    QList<ImportResult> pending;
    qint64 pendingBytes = 0;
    const qint64 commitBytes = std::max<qint64>(1, m_commitBytes);
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    const auto commit = [&] {
        if (m_library.writer().inBatch()) {
            try {
                m_library.writer().commitBatch();
            } catch (const DatabaseError &error) {
                for (ImportResult &result : pending) {
                    if (result.status == ImportResult::Status::Imported ||
                        result.status == ImportResult::Status::Updated) {
                        result.status = ImportResult::Status::Failed;
                        result.essayId = 0;
                        result.error = QStringLiteral("cannot store: %1").arg(error.message());
                    }
                }
            }
        }
        for (ImportResult &result : pending) {
            results << std::move(result);
            if (progress)
                progress(results.back(), int(results.size()), total);
        }
        pending.clear();
        pendingBytes = 0;
        sinceCommit.restart();
    };

    // Worker threads parse the next batch while this thread writes the current one.
    const auto parseBatch = [&](qsizetype start) {
        QStringList toRead;
        for (qsizetype i = start; i < std::min(start + kBatchSize, candidates.size()); ++i) {
            if (!candidates[i].decided)
                toRead << candidates[i].path;
        }
        return QtConcurrent::mapped(toRead, [&knownFiles, &parser](const QString &path) {
            return prepare(path, knownFiles, parser);
        });
    };
    QFuture<Prepared> next = parseBatch(0);

    for (qsizetype start = 0; start < candidates.size() && !cancelled(); start += kBatchSize) {
        const QList<Prepared> prepared = next.results();
        if (start + kBatchSize < candidates.size())
            next = parseBatch(start + kBatchSize);

        qsizetype nextPrepared = 0;
        for (qsizetype i = start; i < std::min(start + kBatchSize, candidates.size()); ++i) {
            if (cancelled())
                break;
            const Candidate &candidate = candidates[i];
            if (candidate.decided) {
                pending << *candidate.decided;
                continue;
            }
            const Prepared &file = prepared[nextPrepared++];
            ImportResult result;
            result.path = file.path;
            if (file.unchanged) {
                result.status = ImportResult::Status::Unchanged;
                result.essayId = file.knownId;
            } else if (!file.essay) {
                result.status = ImportResult::Status::Failed;
                result.error = file.error;
            } else {
                result.warnings = file.essay->warnings;
                try {
                    m_library.writer().beginBatch();
                    const EssayWriter::StoreResult stored = m_library.writer().store(
                        file.path, file.sha256, file.size, *file.essay, &file.packed);
                    result.essayId = stored.essayId;
                    result.status = stored.status == EssayWriter::StoreStatus::Imported
                                        ? ImportResult::Status::Imported
                                    : stored.status == EssayWriter::StoreStatus::Updated
                                        ? ImportResult::Status::Updated
                                        : ImportResult::Status::Unchanged;
                    pendingBytes += file.size;
                } catch (const DatabaseError &error) {
                    result.status = ImportResult::Status::Failed;
                    result.error = QStringLiteral("cannot store: %1").arg(error.message());
                    // Some errors make SQLite roll back the whole transaction: commit now,
                    // so that the essays before this one are either saved or reported
                    // failed, never reported imported and then lost.
                    pending << std::move(result);
                    commit();
                    continue;
                }
            }
            pending << std::move(result);
            if (pendingBytes >= commitBytes || sinceCommit.elapsed() >= kCommitMilliseconds)
                commit();
        }
    }
    next.cancel();
    next.waitForFinished();
    commit();
    return results;
}

} // namespace duizhao
