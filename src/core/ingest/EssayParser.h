#pragma once

#include "LanguageDetector.h"
#include "ParsedEssay.h"

#include <QByteArray>

#include <optional>

namespace duizhao {

// The whole ingest pipeline for one file, without I/O:
// bytes → Decoder → BlockParser → Pairer → MetadataExtractor → ParsedEssay.
// Stateless after construction; one instance may serve several threads.
class EssayParser
{
public:
    EssayParser(); // uses the shared OpenCC character tables
    explicit EssayParser(const LanguageDetector &detector);

    // On failure returns nothing and sets `error` to a one-line reason.
    std::optional<ParsedEssay> parse(const QByteArray &bytes, QString *error) const;
    ParsedEssay parseText(QStringView text) const;

    // The essay's languages from its blocks' kinds and languages (its own text, not its
    // residue), English first: decided again when a kind changes after parsing (site
    // chrome, a structure rule, the user's correction).
    static QList<Language> languagesOf(const QList<Block> &blocks, const QList<Pair> &pairs,
                                       Language script);

private:
    LanguageDetector m_detector;
};

} // namespace duizhao
