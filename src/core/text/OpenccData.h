#pragma once

#include <QString>

namespace duizhao {

// The folder holding OpenCC's configs (*.json) and dictionaries (*.ocd2).
// The build records where libopencc-data installed them; the environment variable
// DUIZHAO_OPENCC_DATA overrides that (for relocated installs and tests). Every OpenCC
// object in the project is opened with a path under this folder, never relative to
// the working directory.
QString openccDataDir();

} // namespace duizhao
