#include "ScriptConverter.h"

#include "OpenccData.h"
#include "ScriptTables.h"

#include <SimpleConverter.hpp>

#include <QFile>
#include <QFuture>
#include <QThread>
#include <QUnhandledException>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>
#include <string>
#include <vector>

#include <stdexcept>

namespace duizhao {

namespace {

// Texts shorter than this convert in one piece: a thread hand-off costs more.
constexpr qsizetype kMinPartBytes = 8 * 1024;

// Where `utf8` can be cut into at most `parts` pieces of similar size that convert
// independently: just after a line break, since no OpenCC dictionary entry holds one
// and so no phrase match crosses it. The first cut is 0 and the last the size; two
// cuts mean one piece.
std::vector<qsizetype> lineCuts(const QByteArray &utf8, int parts)
{
    std::vector<qsizetype> cuts{0};
    parts = int(std::min<qsizetype>(std::max(parts, 1), utf8.size() / kMinPartBytes));
    for (int i = 1; i < parts; ++i) {
        const qsizetype cut = utf8.indexOf('\n', std::max(cuts.back(), utf8.size() * i / parts));
        if (cut < 0 || cut + 1 >= utf8.size())
            break;
        cuts.push_back(cut + 1);
    }
    cuts.push_back(utf8.size());
    return cuts;
}

// `utf8` converted piece by piece (`cuts` as lineCuts makes them), the pieces after the
// first on the thread pool. OpenCC runs at ~3 MB/s, so a whole page (the reader
// converts an essay's lines joined) costs milliseconds a person waits for.
std::string convertInPieces(const opencc::SimpleConverter &opencc, const QByteArray &utf8,
                            const std::vector<qsizetype> &cuts)
{
    const auto piece = [&](size_t i) {
        return opencc.Convert(utf8.constData() + cuts[i], size_t(cuts[i + 1] - cuts[i]));
    };
    std::vector<QFuture<std::string>> others;
    for (size_t i = 1; i + 1 < cuts.size(); ++i)
        others.push_back(QtConcurrent::run(piece, i));
    // Every piece is waited for before an error leaves: the tasks read `utf8`.
    std::string converted;
    std::exception_ptr failure;
    try {
        converted = piece(0);
    } catch (...) {
        failure = std::current_exception();
    }
    for (QFuture<std::string> &other : others) {
        try {
            converted += other.result();
        } catch (const QUnhandledException &unhandled) {
            // QtConcurrent wraps what is not a QException; OpenCC's own error is inside.
            failure = unhandled.exception() ? unhandled.exception() : std::current_exception();
        } catch (...) {
            failure = std::current_exception();
        }
    }
    if (failure)
        std::rethrow_exception(failure);
    return converted;
}

const char *configFileName(ScriptConverter::Config config)
{
    using C = ScriptConverter::Config;
    switch (config) {
    case C::T2S:
        return "t2s.json";
    case C::S2T:
        return "s2t.json";
    case C::S2TWP:
        return "s2twp.json";
    case C::S2HK:
        return "s2hk.json";
    case C::T2TW:
        return "t2tw.json";
    case C::T2HK:
        return "t2hk.json";
    }
    return "t2s.json";
}
} // namespace

QString scriptViewName(ScriptView view)
{
    switch (view) {
    case ScriptView::Simplified:
        return QStringLiteral("hans");
    case ScriptView::Traditional:
        return QStringLiteral("hant");
    case ScriptView::Taiwan:
        return QStringLiteral("tw");
    case ScriptView::HongKong:
        return QStringLiteral("hk");
    case ScriptView::Original:
        break;
    }
    return QStringLiteral("original");
}

std::optional<ScriptView> scriptViewFromName(QStringView name)
{
    for (ScriptView view : {ScriptView::Original, ScriptView::Simplified, ScriptView::Traditional,
                            ScriptView::Taiwan, ScriptView::HongKong}) {
        if (name == scriptViewName(view))
            return view;
    }
    return std::nullopt;
}

const ScriptConverter &ScriptConverter::instance()
{
    static const ScriptConverter converter(openccDataDir());
    return converter;
}

ScriptConverter::ScriptConverter(QString openccDataDir, int parts)
    : m_dataDir(std::move(openccDataDir))
    , m_parts(parts > 0 ? parts : QThread::idealThreadCount())
{}

ScriptConverter::~ScriptConverter() = default;

const opencc::SimpleConverter &ScriptConverter::converter(Config config) const
{
    const std::lock_guard lock(m_mutex);
    auto &slot = m_converters[size_t(config)];
    if (!slot) {
        const QString path = m_dataDir + u'/' + QString::fromLatin1(configFileName(config));
        if (!QFile::exists(path))
            throw std::runtime_error("OpenCC config not found: " + path.toStdString());
        try {
            slot = std::make_unique<opencc::SimpleConverter>(QFile::encodeName(path).toStdString());
        } catch (const std::exception &error) {
            throw std::runtime_error("cannot load OpenCC config " + path.toStdString() + ": " +
                                     error.what());
        }
    }
    return *slot;
}

QString ScriptConverter::convert(QStringView text, Config config) const
{
    if (text.isEmpty())
        return {};
    const opencc::SimpleConverter &opencc = converter(config);
    // OpenCC works on UTF-8; Qt on UTF-16. Convert explicitly both ways.
    const QByteArray utf8 = text.toUtf8();
    const std::vector<qsizetype> cuts = lineCuts(utf8, m_parts);
    const std::string converted = cuts.size() <= 2
                                      ? opencc.Convert(utf8.constData(), size_t(utf8.size()))
                                      : convertInPieces(opencc, utf8, cuts);
    return QString::fromUtf8(converted.data(), qsizetype(converted.size()));
}

QString ScriptConverter::toView(QStringView text, Language language, ScriptView view) const
{
    if (!isChinese(language) || view == ScriptView::Original)
        return text.toString();
    const bool traditionalSource = language == Language::ChineseTraditional;
    switch (view) {
    case ScriptView::Simplified:
        // t2s also tidies traditional leftovers in text that is already simplified.
        return convert(text, Config::T2S);
    case ScriptView::Traditional:
        return traditionalSource ? text.toString() : convert(text, Config::S2T);
    case ScriptView::Taiwan:
        return convert(text, traditionalSource ? Config::T2TW : Config::S2TWP);
    case ScriptView::HongKong:
        return convert(text, traditionalSource ? Config::T2HK : Config::S2HK);
    case ScriptView::Original:
        break;
    }
    return text.toString();
}

} // namespace duizhao

namespace duizhao {

QList<ConversionChoice> ScriptConverter::choices(QStringView text, Language language,
                                                 ScriptView view) const
{
    if (!isChinese(language) || view == ScriptView::Original)
        return {};
    return choices(text, toView(text, language, view), language, view);
}

QList<ConversionChoice> ScriptConverter::choices(QStringView source, QStringView converted,
                                                 Language language, ScriptView view)
{
    QList<ConversionChoice> result;
    if (!isChinese(language) || view == ScriptView::Original)
        return result;
    const bool toSimplified = view == ScriptView::Simplified;
    if (!toSimplified && language == Language::ChineseTraditional &&
        view == ScriptView::Traditional)
        return result;
    const ScriptTables &tables = ScriptTables::instance();
    const QList<uint> from = source.toUcs4();
    const QList<uint> to = converted.toUcs4();
    // Character-for-character alignment holds unless a phrase changed length.
    const bool aligned = from.size() == to.size();
    for (qsizetype i = 0; i < from.size(); ++i) {
        const char32_t c = from[i];
        QList<char32_t> candidates =
            toSimplified ? tables.simplifiedCandidates(c) : tables.traditionalCandidates(c);
        if (candidates.isEmpty())
            continue;
        result.append({i, c, aligned ? char32_t(to[i]) : char32_t(0), std::move(candidates)});
    }
    return result;
}

} // namespace duizhao
