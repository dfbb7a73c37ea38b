#pragma once

#include <QStringList>

namespace duizhao {

class Database;
class SearchEngine;

// The library's health: is the file sound, and has anyone else written to it?
class Maintenance
{
public:
    Maintenance(Database &db, SearchEngine &search);

    // Everything wrong with the file, one line each; empty when it is sound: SQLite's
    // integrity_check (pages, indexes), foreign keys, the full-text index against the
    // blocks, and the library's own invariant that every essay has its blocks. Reads the
    // whole file: seconds for a large library. A read-only library is checked without the
    // full-text index (FTS5 checks it with a write).
    QStringList checkIntegrity();
    // A number that changes whenever another connection commits to the library (the CLI
    // importing while the app is open). Costs one read of a counter SQLite keeps in
    // memory; poll it to notice external changes.
    qint64 dataVersion();

private:
    Database &m_db;
    SearchEngine &m_search;
};

} // namespace duizhao
