#pragma once

#include <QString>

namespace duizhao {

class DatabaseError;

// Core errors worded for the reader, in the UI's language. The core's messages stay
// English (the CLI prints them and its tests read them); what they mean for the user
// is said here from their codes, with the core's message after it for the details.
//
//   DatabaseError(SQLITE_FULL)  → "The disk is full … nothing of the change was
//                                  written.\n\nDetails: database or disk is full (…)"
//   DatabaseError(other code)   → its message, unchanged
namespace UserMessages {

QString describe(const DatabaseError &error);

} // namespace UserMessages

} // namespace duizhao
