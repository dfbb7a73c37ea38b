#pragma once

#include <QStringView>

namespace duizhao {

// The JSON terms of Duizhao's W3C Web Annotation export and import, in one place so the
// writer and the reader cannot drift apart. The "duizhao:" terms are the extension
// documented in docs/export.md; everything else is the W3C Web Annotation Data Model.
namespace WebAnnotationVocabulary {

inline constexpr QStringView kContext = u"http://www.w3.org/ns/anno.jsonld";
inline constexpr QStringView kPrefix = u"duizhao";
// A private, non-resolvable namespace (.invalid is reserved and never resolves).
inline constexpr QStringView kNamespace = u"https://duizhao.invalid/ns#";

inline constexpr QStringView kSha256 = u"duizhao:sha256";
inline constexpr QStringView kLanguage = u"duizhao:language";
inline constexpr QStringView kRole = u"duizhao:role";
inline constexpr QStringView kCounterpartRole = u"counterpart";
inline constexpr QStringView kBlockSelector = u"duizhao:BlockSelector";
inline constexpr QStringView kBlock = u"duizhao:block";
inline constexpr QStringView kClaimType = u"duizhao:claimType";
inline constexpr QStringView kVerdict = u"duizhao:verdict";
inline constexpr QStringView kColor = u"duizhao:color";
inline constexpr QStringView kOrphaned = u"duizhao:orphaned";

} // namespace WebAnnotationVocabulary
} // namespace duizhao
