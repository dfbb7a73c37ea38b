#include "LibraryEdit.h"

#include "Library.h"

namespace duizhao {

void LibraryEdit::apply(Library &library)
{
    if (m_applied)
        return;
    library.requireWritable(QStringLiteral("this change"));
    // One transaction for everything the edit writes, its recording reads included.
    Transaction transaction = library.transaction();
    doApply(library, !m_appliedOnce);
    transaction.commit();
    m_applied = true;
    m_appliedOnce = true;
}

void LibraryEdit::revert(Library &library)
{
    if (!m_applied)
        return;
    library.requireWritable(QStringLiteral("undo"));
    Transaction transaction = library.transaction();
    doRevert(library);
    transaction.commit();
    m_applied = false;
}

} // namespace duizhao
