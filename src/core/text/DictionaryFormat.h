#pragma once

#include <QtGlobal>

// The layout of the compact CC-CEDICT index (`cedict.dzd`) that
// tools/BuildDictionary.cpp writes at build time and Dictionary maps at run time.
//
//   Header                      64 bytes
//   Entry[entryCount]           one per CC-CEDICT line, in the source's order
//   Key[keyCount]               every simplified and traditional form (once when the two
//                               are the same), sorted by their UTF-16 code units, then
//                               by entry: a binary search finds a word and its prefixes
//   char16_t text[textSize]     the forms (keys point into it; no terminators)
//   char bytes[bytesSize]       numbered pinyin and definitions, UTF-8, definitions of an
//                               entry separated by U+001F
//   char info[infoSize]         UTF-8 "source version\ndate" of the data
//
// Every section starts on a 4-byte boundary; numbers are in the byte order of the
// machine that built it (the file is a build product, installed with the program it was
// built for, never shipped between machines). A file whose offsets or lengths leave
// their sections is refused as a whole when it is opened.
namespace duizhao::DictionaryFormat {

inline constexpr char kMagic[8] = {'D', 'Z', 'C', 'E', 'D', 'I', 'C', 'T'};
inline constexpr quint32 kVersion = 2;
inline constexpr char16_t kDefinitionSeparator = u'\x1f';
// In Entry::definitionCount: the entry's reading is the one ICU's Han-Latin gives the
// form (the common reading), decided at build time so a reader never waits for ICU.
inline constexpr quint16 kCommonReading = 0x8000;

struct Header {
    char magic[8];
    quint32 version;
    quint32 entryCount;
    quint32 keyCount;
    quint32 maxKeyLength; // in UTF-16 units
    quint32 entriesOffset;
    quint32 keysOffset;
    quint32 textOffset;
    quint32 textSize; // in char16_t
    quint32 bytesOffset;
    quint32 bytesSize;
    quint32 infoOffset;
    quint32 infoSize;
    quint32 reserved[2];
};
static_assert(sizeof(Header) == 64);

struct Entry {
    quint32 traditional; // index into text
    quint32 simplified;
    quint16 traditionalLength;
    quint16 simplifiedLength;
    quint32 pinyin; // index into bytes
    quint32 definitions;
    quint32 definitionsLength;
    quint16 pinyinLength;
    quint16 definitionCount; // | kCommonReading
};
static_assert(sizeof(Entry) == 28);

struct Key {
    quint32 text; // index into text
    quint32 length;
    quint32 entry;
};
static_assert(sizeof(Key) == 12);

} // namespace duizhao::DictionaryFormat
