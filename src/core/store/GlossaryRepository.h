#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

class Database;

// One pair of the term base: an English term, its Chinese term (either script), a note.
struct GlossaryTerm {
    qint64 id = 0;
    QString english;
    QString chinese;
    QString note;
    QDateTime created;
};

// The glossary: the EN ↔ ZH terms a reader collected, highlighted in both columns and
// usable to widen a search. Terms are trimmed and non-empty; the same pair is stored
// once (adding it again updates its note). Invalid input throws std::invalid_argument
// and writes nothing.
class GlossaryRepository
{
public:
    explicit GlossaryRepository(Database &db);

    // Every term, by English term regardless of case.
    QList<GlossaryTerm> all();
    std::optional<GlossaryTerm> find(qint64 id);
    // Adds the pair (or, when it is there, sets its note); returns its id.
    qint64 add(const QString &english, const QString &chinese, const QString &note = {});
    void setNote(qint64 id, const QString &note);
    // False when there was no such term.
    bool remove(qint64 id);

private:
    Database &m_db;
};

} // namespace duizhao
