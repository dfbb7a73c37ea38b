#pragma once

#include <QStringView>

namespace duizhao {

// The names Duizhao's REFI-QDA export gives to what the standard leaves to the exporter,
// in one place so the exporter and the reader agree (see docs/export.md, "REFI-QDA").
namespace RefiQdaVocabulary {

inline constexpr QStringView kNamespace = u"urn:QDA-XML:project:1.0";
inline constexpr QStringView kProjectFile = u"project.qde";
inline constexpr QStringView kSourcesFolder = u"sources/";
inline constexpr QStringView kInternalScheme = u"internal://";

// Not codable folders in the codebook; their children are the claim types and verdicts.
inline constexpr QStringView kClaimTypeCode = u"Claim type";
inline constexpr QStringView kVerdictCode = u"Verdict";

// The Link from an annotation's selection to its counterpart's.
inline constexpr QStringView kCounterpartLink = u"counterpart";

// Source variables (Text).
inline constexpr QStringView kAuthorVariable = u"Author";
inline constexpr QStringView kOutletVariable = u"Outlet";
inline constexpr QStringView kDateVariable = u"Date";
inline constexpr QStringView kUrlVariable = u"URL";
inline constexpr QStringView kFileVariable = u"File";
inline constexpr QStringView kSha256Variable = u"SHA-256";
inline constexpr QStringView kLanguagesVariable = u"Languages";
inline constexpr QStringView kCitationKeyVariable = u"Citation key";

} // namespace RefiQdaVocabulary
} // namespace duizhao
