#pragma once

#include "GlossaryRepository.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace duizhao {

// The glossary as files other tools read, as pure functions over the terms.
//   csv: RFC 4180, UTF-8, CRLF; columns id, english, chinese, note
//   tbx: TBX-Basic in the TBX v3 core structure (ISO 30042:2019, DCA style): one
//        conceptEntry per pair, a langSec for en and one for zh, the note as the
//        concept's <note>
namespace GlossaryExport {

QByteArray csv(const QList<GlossaryTerm> &terms);
QByteArray tbx(const QList<GlossaryTerm> &terms);
// The pairs of a TBX file (what tbx() writes, or another tool's TBX v2/v3 with en and zh
// language sections); throws std::invalid_argument for what is not well-formed XML.
QList<GlossaryTerm> readTbx(const QByteArray &bytes);

} // namespace GlossaryExport
} // namespace duizhao
