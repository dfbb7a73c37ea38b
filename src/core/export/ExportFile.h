#pragma once

#include <QByteArray>
#include <QString>

namespace duizhao {

// Writing an export to disk, the same for the CLI and the GUI.
namespace ExportFile {

// Writes `bytes` to `path` atomically (QSaveFile: a temporary file beside the target,
// renamed over it when complete), so a failed export never leaves half a file and an
// existing file is replaced only by a finished one. Returns an empty string on success,
// else a reason fit for the user ("cannot write FILE: reason").
QString save(const QString &path, const QByteArray &bytes);

} // namespace ExportFile
} // namespace duizhao
