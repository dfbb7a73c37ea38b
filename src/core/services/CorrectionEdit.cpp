#include "CorrectionEdit.h"

#include "Library.h"

#include <stdexcept>

namespace duizhao {

CorrectionEdit::CorrectionEdit(Kind kind, qint64 essayId)
    : m_kind(kind)
    , m_essayId(essayId)
{}

std::unique_ptr<CorrectionEdit> CorrectionEdit::metadata(qint64 essayId, MetadataChanges changes)
{
    std::unique_ptr<CorrectionEdit> edit(new CorrectionEdit(Kind::Metadata, essayId));
    edit->m_metadata = std::move(changes);
    return edit;
}

std::unique_ptr<CorrectionEdit> CorrectionEdit::blockKind(qint64 essayId, int blockIndex,
                                                          BlockKind kind)
{
    std::unique_ptr<CorrectionEdit> edit(new CorrectionEdit(Kind::BlockKind, essayId));
    edit->m_blockIndex = blockIndex;
    edit->m_blockKind = kind;
    return edit;
}

std::unique_ptr<CorrectionEdit> CorrectionEdit::alignment(qint64 essayId,
                                                          std::optional<QList<Pair>> pairs)
{
    std::unique_ptr<CorrectionEdit> edit(new CorrectionEdit(Kind::Alignment, essayId));
    edit->m_pairs = std::move(pairs);
    return edit;
}

std::unique_ptr<CorrectionEdit> CorrectionEdit::attach(qint64 essayId,
                                                       AttachedTranslation translation)
{
    std::unique_ptr<CorrectionEdit> edit(new CorrectionEdit(Kind::Attach, essayId));
    edit->m_translation = std::move(translation);
    return edit;
}

std::unique_ptr<CorrectionEdit> CorrectionEdit::detach(qint64 essayId)
{
    return std::unique_ptr<CorrectionEdit>(new CorrectionEdit(Kind::Detach, essayId));
}

void CorrectionEdit::recordAlignment(Library &library)
{
    const std::optional<Essay> essay = library.essays().find(m_essayId);
    if (!essay)
        throw std::invalid_argument("no such essay");
    m_alignmentEditedBefore = essay->alignmentEdited;
    m_pairsBefore = essay->pairs;
}

void CorrectionEdit::putAlignmentBack(Library &library)
{
    if (m_alignmentEditedBefore)
        library.corrections().setAlignment(m_essayId, m_pairsBefore);
    else
        library.corrections().resetAlignment(m_essayId);
}

void CorrectionEdit::doApply(Library &library, bool first)
{
    Corrections &corrections = library.corrections();
    switch (m_kind) {
    case Kind::Metadata:
        if (first) {
            m_metadataBefore.clear();
            for (const auto &[field, value] : std::as_const(m_metadata))
                m_metadataBefore.append({field, corrections.metadataCorrection(m_essayId, field)});
        }
        for (const auto &[field, value] : std::as_const(m_metadata))
            corrections.setMetadata(m_essayId, field, value);
        break;
    case Kind::BlockKind:
        if (first)
            m_blockKindBefore = corrections.blockKindCorrection(m_essayId, m_blockIndex);
        corrections.setBlockKind(m_essayId, m_blockIndex, m_blockKind);
        break;
    case Kind::Alignment:
        if (first)
            recordAlignment(library);
        if (m_pairs)
            corrections.setAlignment(m_essayId, *m_pairs);
        else
            corrections.resetAlignment(m_essayId);
        break;
    case Kind::Attach:
        if (first)
            recordAlignment(library);
        corrections.attachTranslation(m_essayId, m_translation.file, m_translation.sha256,
                                      m_translation.text);
        break;
    case Kind::Detach:
        if (first) {
            const std::optional<AttachedTranslation> attached = corrections.translation(m_essayId);
            if (!attached)
                throw std::invalid_argument("the essay has no attached translation");
            m_translation = *attached;
            recordAlignment(library);
            m_annotationsBefore = library.annotations().ofEssay(m_essayId);
        }
        corrections.detachTranslation(m_essayId);
        break;
    }
}

void CorrectionEdit::doRevert(Library &library)
{
    Corrections &corrections = library.corrections();
    switch (m_kind) {
    case Kind::Metadata:
        for (const auto &[field, value] : std::as_const(m_metadataBefore))
            corrections.setMetadata(m_essayId, field, value);
        break;
    case Kind::BlockKind:
        if (m_blockKindBefore)
            corrections.setBlockKind(m_essayId, m_blockIndex, *m_blockKindBefore);
        else
            corrections.clearBlockKind(m_essayId, m_blockIndex);
        break;
    case Kind::Alignment:
        putAlignmentBack(library);
        break;
    case Kind::Attach:
        corrections.detachTranslation(m_essayId);
        if (m_alignmentEditedBefore)
            corrections.setAlignment(m_essayId, m_pairsBefore);
        break;
    case Kind::Detach:
        corrections.attachTranslation(m_essayId, m_translation.file, m_translation.sha256,
                                      m_translation.text);
        if (m_alignmentEditedBefore)
            corrections.setAlignment(m_essayId, m_pairsBefore);
        // Detaching orphaned the annotations on the translation; these are the ones it
        // had, with their anchors, dates and flags.
        for (const Annotation &annotation : std::as_const(m_annotationsBefore))
            library.annotations().restore(annotation);
        break;
    }
}

} // namespace duizhao
