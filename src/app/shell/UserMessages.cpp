#include "UserMessages.h"

#include "DatabaseError.h"

#include <QCoreApplication>

namespace duizhao::UserMessages {

QString describe(const DatabaseError &error)
{
    QString meaning;
    switch (error.kind()) {
    case DatabaseError::Kind::DiskFull:
        meaning = QCoreApplication::translate(
            "UserMessages",
            "The disk is full, or the library reached its size limit. The change was "
            "rolled back: nothing of it was written.");
        break;
    case DatabaseError::Kind::ReadOnly:
        meaning = QCoreApplication::translate(
            "UserMessages",
            "The library file or its folder is read-only. The change was rolled back: "
            "nothing of it was written.");
        break;
    case DatabaseError::Kind::Damaged:
        meaning = QCoreApplication::translate(
            "UserMessages",
            "The library file is damaged, or it is not a Duizhao library. Restore a "
            "backup (library.sqlite.vN.bak) or run \u201c"
            "duizhao-cli check\u201d.");
        break;
    case DatabaseError::Kind::Busy:
        meaning = QCoreApplication::translate(
            "UserMessages", "Another program kept the library busy for too long. Try again when it "
                            "has finished.");
        break;
    case DatabaseError::Kind::Io:
        meaning = QCoreApplication::translate(
            "UserMessages", "The library file could not be read or written. The change was rolled "
                            "back.");
        break;
    case DatabaseError::Kind::Other:
        return error.message();
    }
    return meaning + QStringLiteral("\n\n") +
           QCoreApplication::translate("UserMessages", "Details: %1").arg(error.message());
}

} // namespace duizhao::UserMessages
