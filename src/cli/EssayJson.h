#pragma once

#include "Annotation.h"
#include "Essay.h"
#include "ImportResult.h"
#include "ScriptConverter.h"

#include <QJsonObject>

namespace duizhao {

// The JSON shapes of the duizhao-cli contract (see docs/cli.md).
namespace EssayJson {

// `list --json` entry: id, title, author, source, date, languages, script, file,
// encoding, blocks, pairs, annotations (counts).
QJsonObject summary(const EssayDetails &essay);

// `show --json`: summary fields plus sha256, blocks [{index, kind, lang, line, text}]
// and pairs [{en: [...], zh: [...]}]. Chinese block text is converted to `view`;
// English and undetermined text is always the original.
QJsonObject full(const Essay &essay, ScriptView view);

// `annotations --json` entry: id, essay, block, start, end (code points), quote,
// prefix, suffix, counterpart {block, quote} or null, color, tags, claim, verdict, note,
// orphaned, created, modified.
QJsonObject annotation(const Annotation &annotation);

// `import --json` entry: path, status, essay (id or null), error (or null), warnings.
QJsonObject importResult(const ImportResult &result);

} // namespace EssayJson
} // namespace duizhao
