#pragma once

#include "Language.h"

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
class ScriptConverter
{
public:
    enum class Config { T2S, S2T, S2TW, TW2S, S2TWP, TW2SP, S2HK, HK2S, T2TW, T2HK };

    static const ScriptConverter &instance();
    explicit ScriptConverter(QString openccDataDir);
    ~ScriptConverter();

    // Throws std::runtime_error when the config cannot be loaded.
    QString convert(QStringView text, Config config) const;

    // Shows a block of the given language in the requested script. English and
    // undetermined blocks come back unchanged, as does Original.
    //   ("軟體", zh-Hant, Simplified) → "软体";  ("软件", zh-Hans, Taiwan) → "軟體"
    QString toView(QStringView text, Language language, ScriptView view) const;

private:
    const opencc::SimpleConverter &converter(Config config) const;

    QString m_dataDir;
    mutable std::mutex m_mutex;
    mutable std::array<std::unique_ptr<opencc::SimpleConverter>, 10> m_converters;
};

} // namespace duizhao
