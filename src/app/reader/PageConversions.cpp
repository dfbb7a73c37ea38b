#include "PageConversions.h"

#include "CodePoints.h"

#include <algorithm>
#include <exception>

namespace duizhao {

namespace {

// The mark of one conversion choice: where it is, and a tool tip naming the source
// character and every candidate OpenCC had for it.
ConvertedText::Mark conversionMark(const ConversionChoice &choice, qsizetype at, qsizetype length)
{
    QStringList candidates;
    for (char32_t candidate : choice.candidates)
        candidates << QString::fromUcs4(&candidate, 1);
    return {at, length,
            QString::fromUcs4(&choice.source, 1) + QStringLiteral(": ") + candidates.join(u' ')};
}

} // namespace

void PageConversions::prepare(const Essay &essay, const QList<bool> &shown,
                              const QList<ScriptView> &views)
{
    for (ScriptView view : views) {
        if (view == ScriptView::Original)
            continue;
        for (Language language : {Language::ChineseSimplified, Language::ChineseTraditional}) {
            auto &done = m_done[key(language, view)];
            if (!done.isEmpty())
                continue;
            QStringList texts;
            for (const Block &block : essay.blocks) {
                if (block.language == language &&
                    (block.kind == BlockKind::Title || shown.value(block.index)))
                    texts << block.text.trimmed();
            }
            if (texts.isEmpty())
                continue;
            try {
                const QList<ConvertedText> converted =
                    convertAll(texts, language, view, m_markChoices);
                for (qsizetype i = 0; i < texts.size(); ++i)
                    done.insert(texts[i], converted[i]);
            } catch (const std::exception &error) {
                m_failure = QString::fromLocal8Bit(error.what());
                return;
            }
        }
    }
}

ConvertedText PageConversions::shown(const QString &text, Language language, ScriptView view)
{
    if (!isChinese(language) || view == ScriptView::Original || hasFailed())
        return {text, {}};
    const auto prepared = m_done.constFind(key(language, view));
    if (prepared != m_done.cend()) {
        const auto found = prepared->constFind(text);
        if (found != prepared->cend())
            return *found;
    }
    try {
        return convert(text, language, view, m_markChoices);
    } catch (const std::exception &error) {
        m_failure = QString::fromLocal8Bit(error.what());
        return {text, {}};
    }
}

ConvertedText PageConversions::convert(const QString &text, Language language, ScriptView view,
                                       bool markChoices)
{
    ConvertedText converted{ScriptConverter::instance().toView(text, language, view), {}};
    if (!markChoices)
        return converted;
    const QList<ConversionChoice> choices =
        ScriptConverter::choices(text, converted.text, language, view);
    if (choices.isEmpty() || choices.constFirst().chosen == 0)
        return converted; // a phrase changed the length: positions do not line up
    qsizetype done = 0;   // UTF-16 offset into the converted text
    for (const ConversionChoice &choice : choices) {
        // A character left as it was (了 → 了, not 瞭) reads the same either way; only
        // characters the conversion changed, where another choice existed, are marked.
        if (choice.chosen == choice.source)
            continue;
        const qsizetype at = codePointToUtf16Offset(converted.text, choice.position);
        const qsizetype length = QChar::requiresSurrogates(choice.chosen) ? 2 : 1;
        if (at < done || at + length > converted.text.size())
            continue;
        converted.marks.append(conversionMark(choice, at, length));
        done = at + length;
    }
    return converted;
}

QList<ConvertedText> PageConversions::convertAll(const QStringList &texts, Language language,
                                                 ScriptView view, bool markChoices)
{
    const auto oneByOne = [&] {
        QList<ConvertedText> converted;
        for (const QString &text : texts)
            converted << convert(text, language, view, markChoices);
        return converted;
    };
    // Lines convert alone: no OpenCC phrase spans a line break.
    if (std::any_of(texts.cbegin(), texts.cend(),
                    [](const QString &text) { return text.contains(u'\n'); }))
        return oneByOne();
    const QString joined = texts.join(u'\n');
    const ConvertedText all = convert(joined, language, view, false);
    const QStringList lines = all.text.split(u'\n');
    if (lines.size() != texts.size())
        return oneByOne();
    QList<ConvertedText> converted;
    for (const QString &line : lines)
        converted.append({line, {}});
    if (!markChoices)
        return converted;
    const QList<ConversionChoice> choices =
        ScriptConverter::choices(joined, all.text, language, view);
    if (!choices.isEmpty() && choices.constFirst().chosen == 0)
        return oneByOne(); // a phrase changed a length somewhere: each line on its own
    // Choices are in code points of the joined text; aligned, they are the same in the
    // converted lines.
    qsizetype line = 0;
    qsizetype lineStart = 0; // code point where `line` starts
    qsizetype lineEnd = qsizetype(lines[0].toUcs4().size());
    for (const ConversionChoice &choice : choices) {
        while (choice.position > lineEnd && line + 1 < lines.size()) {
            ++line;
            lineStart = lineEnd + 1;
            lineEnd = lineStart + qsizetype(lines[line].toUcs4().size());
        }
        if (choice.chosen == choice.source || choice.position >= lineEnd)
            continue;
        ConvertedText &target = converted[line];
        const qsizetype at = codePointToUtf16Offset(target.text, choice.position - lineStart);
        const qsizetype length = QChar::requiresSurrogates(choice.chosen) ? 2 : 1;
        if ((!target.marks.isEmpty() &&
             at < target.marks.constLast().start + target.marks.constLast().length) ||
            at + length > target.text.size())
            continue;
        target.marks.append(conversionMark(choice, at, length));
    }
    return converted;
}

} // namespace duizhao
