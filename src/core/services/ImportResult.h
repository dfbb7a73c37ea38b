#pragma once

#include <QString>
#include <QStringList>

namespace duizhao {

// What happened to one path during an import.
struct ImportResult {
    enum class Status { Imported, Updated, Unchanged, Failed, Skipped };

    QString path;
    Status status = Status::Failed;
    qint64 essayId = 0;   // 0 unless the file is in the library
    QString error;        // reason for Failed and Skipped
    QStringList warnings; // e.g. invalid bytes replaced during decoding
};

// "imported", "updated", "unchanged", "failed", "skipped": the CLI contract's spellings.
QString importStatusName(ImportResult::Status status);

} // namespace duizhao
