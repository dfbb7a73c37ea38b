#include "MetadataField.h"

namespace duizhao {

QString metadataFieldName(MetadataField field)
{
    switch (field) {
    case MetadataField::Title:
        return QStringLiteral("title");
    case MetadataField::Author:
        return QStringLiteral("author");
    case MetadataField::Outlet:
        return QStringLiteral("outlet");
    case MetadataField::Date:
        return QStringLiteral("date");
    case MetadataField::Url:
        return QStringLiteral("url");
    }
    return QStringLiteral("title");
}

std::optional<MetadataField> metadataFieldFromName(QStringView name)
{
    for (MetadataField field : {MetadataField::Title, MetadataField::Author, MetadataField::Outlet,
                                MetadataField::Date, MetadataField::Url}) {
        if (name == metadataFieldName(field))
            return field;
    }
    return std::nullopt;
}

} // namespace duizhao
