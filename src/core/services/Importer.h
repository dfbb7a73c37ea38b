#pragma once

#include "ImportResult.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace duizhao {

class Library;

// Imports files and folders into a library.
//
// Folders are walked recursively in name order. In a folder only text-like files are
// taken (.txt, .text, .md, .markdown or no extension); others are reported as skipped.
// A file named on the command line is always tried. Symlinks are followed unless they
// lead back into a folder already being walked (a loop: skipped with that reason).
//
// Files are read, hashed and parsed on worker threads (both cores), one batch ahead of
// the writer, so memory stays flat however large the import; the library is written on
// the calling thread in a stable order, in transactions of several files (about 8 MB or
// one second each; Library::beginBatch), each essay whole or absent. A result is
// reported once its transaction has committed. A file that fails is reported with its
// reason and the import goes on.
class Importer
{
public:
    using Progress = std::function<void(const ImportResult &result, int done, int total)>;

    // Large enough that the full-text index writes few, large segments; short enough
    // that another writer (the reader app annotating during an import) waits at most
    // about a second, and that a crash loses little work.
    static constexpr qint64 kDefaultCommitBytes = 8 * 1024 * 1024;

    explicit Importer(Library &library);

    // `cancel` is polled between files: a cancelled import stops after the file being
    // written, commits, and the library holds every file finished so far.
    QList<ImportResult> run(const QStringList &paths, const Progress &progress = {},
                            const std::atomic<bool> *cancel = nullptr);

    // Bytes of input after which a batch commits (or after a second, whichever comes
    // first). Smaller batches let a kill test see many commits in a short import (the
    // CLI's hidden --commit-bytes flag); the default suits real imports.
    void setCommitBytes(qint64 bytes) { m_commitBytes = bytes; }

private:
    Library &m_library;
    qint64 m_commitBytes = kDefaultCommitBytes;
};

} // namespace duizhao
