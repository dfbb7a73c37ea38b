#pragma once

#include "BlockKind.h"
#include "MetadataField.h"
#include "Pair.h"

#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

class CorrectionReplay;
class Database;
class EssayCatalog;
class EssayContent;
class EssayWriter;

// A translation attached to an essay, as stored: enough to attach it again (an undone
// detach).
struct AttachedTranslation {
    QString file;
    QString sha256;
    QString text;
};

// The user's corrections to what parsing found: metadata, block kinds, alignment and
// attached translations. Each is one transaction, is kept apart from what parsing
// found (stand-off, by BlockRefs), and is applied again when the file is re-imported
// (CorrectionReplay). Invalid arguments (unknown essay, block index out of range, a
// block in two pairs) throw std::invalid_argument; nothing is written then.
class Corrections
{
public:
    Corrections(Database &db, EssayCatalog &catalog, EssayContent &content,
                CorrectionReplay &replay, EssayWriter &writer);

    // `value` nullopt: back to the value parsing found.
    void setMetadata(qint64 essayId, MetadataField field, const std::optional<QString> &value);
    // The user's correction of a field, nullopt when there is none (undo restores it).
    std::optional<QString> metadataCorrection(qint64 essayId, MetadataField field);
    // "This is not a footer": re-classifies one block and re-pairs the essay (unless the
    // user has corrected its alignment, which is then kept).
    void setBlockKind(qint64 essayId, int blockIndex, BlockKind kind);
    // The kind the user gave the block, nullopt when the parser's (or a rule's) stands.
    std::optional<BlockKind> blockKindCorrection(qint64 essayId, int blockIndex);
    // Drops the user's kind of the block: the essay is derived again, so the block gets
    // what parsing, site chrome and structure rules decide (an undone re-classification).
    void clearBlockKind(qint64 essayId, int blockIndex);
    // Replaces the essay's alignment with the user's (see AlignmentEditor for the edits).
    void setAlignment(qint64 essayId, const QList<Pair> &pairs);
    // Drops the user's alignment; the automatic one comes back.
    void resetAlignment(qint64 essayId);

    // For a one-language essay, the text of its translation in a separate file (decoded
    // by the caller, e.g. TranslationFile): the translation's blocks are added after the
    // essay's own and the two aligned by length (TranslationAttacher). Kept in the
    // library, so re-importing the essay's own file joins it again; the user's
    // corrections apply to the joined essay as to any other. Throws
    // std::invalid_argument for an unknown essay, an essay that is bilingual or already
    // has a translation, or a translation in the wrong language.
    void attachTranslation(qint64 essayId, const QString &file, const QString &sha256,
                           const QString &text);
    // Back to the essay's own blocks; annotations on the translation become orphaned.
    void detachTranslation(qint64 essayId);
    // The attached translation's file, if any.
    std::optional<QString> translationFile(qint64 essayId);
    // The attached translation as stored, if any.
    std::optional<AttachedTranslation> translation(qint64 essayId);

private:
    Database &m_db;
    EssayCatalog &m_catalog;
    EssayContent &m_content;
    CorrectionReplay &m_replay;
    EssayWriter &m_writer;
};

} // namespace duizhao
