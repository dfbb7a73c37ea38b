#pragma once

#include <QtGlobal>

namespace duizhao {

// The numbers of the ZIP format (PKWARE APPNOTE 6.3) that ZipWriter and ZipReader share.
namespace ZipFormat {

inline constexpr quint32 kLocalHeaderSignature = 0x04034b50;
inline constexpr quint32 kCentralHeaderSignature = 0x02014b50;
inline constexpr quint32 kEndSignature = 0x06054b50;
inline constexpr quint32 kDataDescriptorSignature = 0x08074b50;

inline constexpr quint16 kStored = 0;
inline constexpr quint16 kDeflated = 8;

inline constexpr quint16 kFlagEncrypted = 1 << 0;
inline constexpr quint16 kFlagDataDescriptor = 1 << 3;
inline constexpr quint16 kFlagUtf8Names = 1 << 11;

inline constexpr quint16 kVersionNeeded = 20;                     // 2.0: deflate, folders
inline constexpr quint16 kVersionMadeBy = (3 << 8) | 20;          // Unix, 2.0
inline constexpr quint32 kRegularFileAttributes = 0100644u << 16; // -rw-r--r--

// 1980-01-01 00:00:00, the earliest DOS date: bits day 1, month 1, year 0.
inline constexpr quint16 kDosDate = (1 << 5) | 1;
inline constexpr quint16 kDosTime = 0;

inline constexpr qsizetype kLocalHeaderSize = 30;
inline constexpr qsizetype kCentralHeaderSize = 46;
inline constexpr qsizetype kEndSize = 22;

} // namespace ZipFormat
} // namespace duizhao
