#pragma once

#include "LibraryEdit.h"

#include "Annotation.h"
#include "BlockKind.h"
#include "Corrections.h"
#include "MetadataField.h"
#include "Pair.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace duizhao {

// An undoable correction of an essay (store/Corrections): metadata, a block's kind, the
// alignment, attaching or detaching a translation.
//
// What each puts back on revert:
//   metadata      each field's previous correction, or its absence (the parsed value)
//   block kind    the block's previous correction, or none (the essay derived again, so
//                 the block gets what parsing and structure rules decide)
//   alignment     the previous user alignment, or the automatic one
//   attach        detached again; a user alignment from before the attach comes back
//   detach        the same translation text attached again, the user alignment it had,
//                 and the essay's annotations exactly as they were (detaching orphans
//                 those on the translation)
class CorrectionEdit : public LibraryEdit
{
public:
    using MetadataChanges = QList<std::pair<MetadataField, std::optional<QString>>>;

    static std::unique_ptr<CorrectionEdit> metadata(qint64 essayId, MetadataChanges changes);
    static std::unique_ptr<CorrectionEdit> blockKind(qint64 essayId, int blockIndex,
                                                     BlockKind kind);
    // nullopt: back to the automatic alignment.
    static std::unique_ptr<CorrectionEdit> alignment(qint64 essayId,
                                                     std::optional<QList<Pair>> pairs);
    static std::unique_ptr<CorrectionEdit> attach(qint64 essayId, AttachedTranslation translation);
    static std::unique_ptr<CorrectionEdit> detach(qint64 essayId);

    qint64 essayId() const override { return m_essayId; }

protected:
    void doApply(Library &library, bool first) override;
    void doRevert(Library &library) override;

private:
    enum class Kind { Metadata, BlockKind, Alignment, Attach, Detach };

    CorrectionEdit(Kind kind, qint64 essayId);
    // The essay's alignment as it is: the user's (edited) or automatic.
    void recordAlignment(Library &library);
    void putAlignmentBack(Library &library);

    Kind m_kind;
    qint64 m_essayId;
    // The request
    MetadataChanges m_metadata;
    int m_blockIndex = -1;
    BlockKind m_blockKind = BlockKind::Paragraph;
    std::optional<QList<Pair>> m_pairs;
    AttachedTranslation m_translation;
    // What it replaced, recorded by the first apply
    MetadataChanges m_metadataBefore;
    std::optional<BlockKind> m_blockKindBefore;
    bool m_alignmentEditedBefore = false;
    QList<Pair> m_pairsBefore;
    QList<Annotation> m_annotationsBefore;
};

} // namespace duizhao
