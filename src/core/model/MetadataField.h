#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace duizhao {

// Metadata a user can correct; a correction overrides what parsing found and survives
// re-import. The names are stored in the library (essay_edit.field) and are part of the
// CLI contract: "title", "author", "outlet", "date", "url".
enum class MetadataField { Title, Author, Outlet, Date, Url };

QString metadataFieldName(MetadataField field);
std::optional<MetadataField> metadataFieldFromName(QStringView name);

} // namespace duizhao
