#pragma once

#include <QtGlobal>

namespace duizhao {

class Library;

// One undoable change to a library, as a value with its inverse: apply() makes the
// change (the first time through the validating calls, recording what it replaces),
// revert() puts back what was there, and the two may alternate any number of times
// (undo, redo, undo, ...). Each apply and revert is one transaction.
//
// The GUI wraps these in QUndoCommands (app/shell/LibraryCommand); tests use them
// directly. Errors throw std::invalid_argument (the essay, tag or rule is gone) or
// DatabaseError (the library cannot be written) and leave the edit as it was.
//
// The annotation edits (AnnotationEdit) predate this interface and keep their own value
// type; both go on the one undo stack of a library.
class LibraryEdit
{
public:
    virtual ~LibraryEdit() = default;

    void apply(Library &library);
    void revert(Library &library);
    bool isApplied() const { return m_applied; }
    // The essay the edit is about, 0 for the codebook and structure rules (which change
    // the library at large).
    virtual qint64 essayId() const { return 0; }

protected:
    virtual void doApply(Library &library, bool first) = 0;
    virtual void doRevert(Library &library) = 0;

private:
    bool m_applied = false;
    bool m_appliedOnce = false;
};

} // namespace duizhao
