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

    // Largest file accepted; a scraped essay is kilobytes, a 30 MB single line is fine.
    static constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;

    explicit Importer(Library &library);

    // `cancel` is polled between files: a cancelled import stops after the file being
    // written, commits, and the library holds every file finished so far.
    QList<ImportResult> run(const QStringList &paths, const Progress &progress = {},
                            const std::atomic<bool> *cancel = nullptr);

private:
    Library &m_library;
};

} // namespace duizhao
