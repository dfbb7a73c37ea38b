#include "EssayParser.h"

#include "BlockParser.h"
#include "CodePoints.h"
#include "Decoder.h"
#include "LineText.h"
#include "MetadataExtractor.h"
#include "Pairer.h"
#include "ScriptTables.h"

namespace duizhao {

EssayParser::EssayParser()
    : m_detector(ScriptTables::instance())
{}

EssayParser::EssayParser(const LanguageDetector &detector)
    : m_detector(detector)
{}

std::optional<ParsedEssay> EssayParser::parse(const QByteArray &bytes, QString *error) const
{
    DecodedText decoded = Decoder::decode(bytes);
    if (!decoded.ok()) {
        if (error)
            *error = decoded.error;
        return std::nullopt;
    }
    ParsedEssay essay = parseText(decoded.text);
    if (essay.blocks.isEmpty()) {
        if (error)
            *error = QStringLiteral("no text found");
        return std::nullopt;
    }
    essay.encoding = decoded.encoding;
    essay.encodingConfidence = decoded.confidence;
    essay.warnings = decoded.warnings;
    return essay;
}

QList<Language> EssayParser::languagesOf(const QList<Block> &blocks, const QList<Pair> &pairs,
                                         Language script)
{
    // Languages of the essay's own text, not of its residue: an English platform
    // notice does not make a Chinese essay bilingual, nor does a stray English line
    // (a URL, a quoted name) — a language counts from a tenth of the text blocks on.
    // A short Latin fragment (a brand, a product name, a heading that is a link's text)
    // never makes an essay bilingual: English counts from lines of four words on.
    // Paired English always counts.
    QList<Language> languages;
    int english = 0, chinese = 0, pairedEnglish = 0;
    for (const Pair &pair : pairs)
        pairedEnglish += int(pair.english.size());
    for (const Block &block : blocks) {
        if (isBoilerplate(block.kind) || block.kind == BlockKind::Image ||
            block.kind == BlockKind::Caption || block.kind == BlockKind::Byline)
            continue;
        english +=
            block.language == Language::English &&
            (pairedEnglish > 0 || LineText::visible(trimmedScraped(block.text)).count(u' ') >= 3);
        chinese += isChinese(block.language);
    }
    const int textBlocks = english + chinese;
    if (english > 0 && (english * 10 >= textBlocks || !pairs.isEmpty()))
        languages << Language::English;
    // A Chinese essay is listed under its dominant script; a stray block judged the
    // other way (leftover characters) does not add a second script.
    if (chinese > 0 && (chinese * 10 >= textBlocks || !pairs.isEmpty()))
        languages << (script == Language::Undetermined ? Language::ChineseSimplified : script);
    return languages;
}

ParsedEssay EssayParser::parseText(QStringView text) const
{
    ParsedBlocks parsed = BlockParser(m_detector).parse(text);
    ParsedEssay essay;
    essay.blocks = std::move(parsed.blocks);
    essay.script = parsed.dominantChinese;
    essay.pairs = Pairer::pair(essay.blocks);

    const EssayMetadata meta = MetadataExtractor::extract(essay.blocks);
    essay.title = meta.title;
    essay.titleDerived = meta.titleDerived;
    essay.author = meta.author;
    essay.outlet = meta.outlet;
    essay.date = meta.date;
    essay.url = meta.url;

    essay.languages = languagesOf(essay.blocks, essay.pairs, essay.script);
    return essay;
}

} // namespace duizhao
