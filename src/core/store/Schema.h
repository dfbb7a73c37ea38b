#pragma once

#include <QString>

namespace duizhao {

class Database;

// The library's schema and its forward migrations, versioned by PRAGMA user_version.
//
// Opening a library brings it to kCurrentVersion: a new file is created at once; an
// older one is backed up (LibraryBackups, kind upgrade-v<N>, also linked as
// "<file>.v<N>.bak") and then migrated step by step, each step in one transaction. A
// read-only library is never migrated: one that would need it is refused. A library from a newer
// Duizhao, or an SQLite file that is not a Duizhao library, is refused with a DatabaseError that
// says so.
namespace Schema {

inline constexpr int kCurrentVersion = 10;
// PRAGMA application_id of every Duizhao library: "DZHL".
inline constexpr int kApplicationId = 0x445A484C;

// `targetVersion` below kCurrentVersion only builds old libraries for migration tests.
void migrate(Database &db, int targetVersion = kCurrentVersion);

// The schema version of the file at `path`, read without changing it; 0 when it does
// not exist, is empty or cannot be read (opening it says why).
int fileVersion(const QString &path);

} // namespace Schema
} // namespace duizhao
