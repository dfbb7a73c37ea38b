#pragma once

#include "ConvertedText.h"
#include "Essay.h"
#include "ScriptConverter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

// The script conversions of one page, made before the page is built: all the Chinese text
// the page shows in a view is converted in one OpenCC call per source script and view
// (convertAll) instead of one per paragraph, which is most of what converting a page
// costs. With marks on, the characters the conversion changed although OpenCC lists
// other candidates (后 → 後, where 后 was possible too; ScriptConverter::choices) are
// recorded with each text, for the page to tint.
//
// A text the page asks for and prepare() did not convert is converted on its own. The
// first failure (OpenCC data missing) is kept: from then on the page gets the original
// text, and says once why (failure()).
//
// One per page build, handed to whatever writes the page; nothing outlives the page.
class PageConversions
{
public:
    explicit PageConversions(bool markChoices)
        : m_markChoices(markChoices)
    {}

    // Converts ahead the Chinese text of `essay` shown in each of `views`: its titles and
    // the blocks `shown` marks (by block index).
    void prepare(const Essay &essay, const QList<bool> &shown, const QList<ScriptView> &views);
    // `text` (already trimmed) in `view`, with its marks; the original text, unmarked,
    // when the text is not Chinese, the view is Original or conversion has failed.
    ConvertedText shown(const QString &text, Language language, ScriptView view);

    bool hasFailed() const { return !m_failure.isEmpty(); }
    // Why conversion failed (OpenCC's message); empty when it did not.
    QString failure() const { return m_failure; }

    // `text` in `view` (OpenCC through ScriptConverter). With `markChoices`, the
    // characters to mark; none when a phrase changed the length, since positions no
    // longer line up. Throws what ScriptConverter throws.
    static ConvertedText convert(const QString &text, Language language, ScriptView view,
                                 bool markChoices);
    // The same for many texts (the lines of a page), converted together: one OpenCC call
    // for all instead of one each.
    static QList<ConvertedText> convertAll(const QStringList &texts, Language language,
                                           ScriptView view, bool markChoices);

private:
    static int key(Language language, ScriptView view) { return int(language) * 16 + int(view); }

    bool m_markChoices;
    // Source text → shown text, by key(source script, view).
    QHash<int, QHash<QString, ConvertedText>> m_done;
    QString m_failure;
};

} // namespace duizhao
