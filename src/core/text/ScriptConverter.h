#pragma once

#include "Language.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <mutex>

namespace opencc {
class SimpleConverter;
}

namespace duizhao {

// The script a reader wants Chinese text shown in.
enum class ScriptView {
    Original,
    Simplified,  // "hans"
    Traditional, // "hant"
    Taiwan,      // "tw": traditional with Taiwan phrases (軟體, 網際網路)
    HongKong,    // "hk"
};

QString scriptViewName(ScriptView view);
std::optional<ScriptView> scriptViewFromName(QStringView name);

// Converts Chinese text between scripts with OpenCC's own configs, opened from
// openccDataDir() by absolute path. Each config is loaded on first use and kept;
// conversion is const and OpenCC's converters hold no per-call state, so one
// instance serves all threads.
//
// Conversions are derived views: callers convert a copy and never store the result
// in place of the original text.
// A character a conversion had to choose for: OpenCC offers several (后 → 後 or 后).
// The reader marks these so a user can check them.
struct ConversionChoice {
    qsizetype position;         // code point offset in the source text
    char32_t source;            // the character in the source
    char32_t chosen;            // what the conversion wrote (0 when it cannot be told)
    QList<char32_t> candidates; // every character OpenCC lists, the default first
};

class ScriptConverter
{
public:
    // The OpenCC configs the script views use (toView): Traditional → Simplified, and
    // Simplified or generic Traditional → Traditional, Taiwan (with its phrases) or Hong Kong.
    enum class Config { T2S, S2T, S2TWP, S2HK, T2TW, T2HK };

    static const ScriptConverter &instance();
    // A long text converts in up to `parts` pieces side by side (cut at line breaks,
    // which no OpenCC phrase crosses); 0 means one per core.
    explicit ScriptConverter(QString openccDataDir, int parts = 0);
    ~ScriptConverter();

    // Throws std::runtime_error when the config cannot be loaded.
    QString convert(QStringView text, Config config) const;

    // Shows a block of the given language in the requested script. English and
    // undetermined blocks come back unchanged, as does Original.
    //   ("軟體", zh-Hant, Simplified) → "软体";  ("软件", zh-Hans, Taiwan) → "軟體"
    QString toView(QStringView text, Language language, ScriptView view) const;

    // The characters of `text` for which converting to `view` had a choice, with what
    // the conversion chose. Phrase dictionaries often settle the choice (头发 → 頭髮);
    // `chosen` shows how it was settled.
    QList<ConversionChoice> choices(QStringView text, Language language, ScriptView view) const;
    // The same for a conversion already made (`converted` is `source` in `view`), without
    // converting again: a reader that has the converted text at hand saves the second
    // OpenCC pass.
    static QList<ConversionChoice> choices(QStringView source, QStringView converted,
                                           Language language, ScriptView view);

private:
    const opencc::SimpleConverter &converter(Config config) const;

    QString m_dataDir;
    int m_parts;
    mutable std::mutex m_mutex;
    mutable std::array<std::unique_ptr<opencc::SimpleConverter>, 10> m_converters;
};

} // namespace duizhao
