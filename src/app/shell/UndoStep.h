#pragma once

#include "DatabaseError.h"

#include <QString>

#include <exception>
#include <functional>

namespace duizhao {

// Runs one step of an undo command (apply, revert) and says why it failed; empty when it
// did not. A QUndoCommand cannot throw into the stack, so both kinds of command
// (AnnotationCommand, LibraryCommand) turn a failure into a message and mark themselves
// obsolete.
inline QString failureOfUndoStep(const std::function<void()> &step)
{
    try {
        step();
    } catch (const DatabaseError &error) {
        return error.message();
    } catch (const std::exception &error) {
        return QString::fromLocal8Bit(error.what());
    }
    return {};
}

} // namespace duizhao
