#include "GlossaryQuery.h"

#include "SearchFolder.h"

#include <QHash>

#include <algorithm>

namespace duizhao {

namespace {

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201c' || c == u'\u201d';
}

QString quoted(const QString &text)
{
    QString inner = text;
    inner.remove(u'"');
    return u'"' + inner + u'"';
}

} // namespace

QString GlossaryQuery::withCounterparts(QStringView query, const QList<GlossaryTerm> &terms)
{
    const SearchFolder &folder = SearchFolder::instance();
    // Folded form → the other language's forms.
    QHash<QString, QStringList> counterparts;
    for (const GlossaryTerm &term : terms) {
        const QString english = folder.foldedString(term.english, {});
        const QString chinese = folder.foldedString(term.chinese, {});
        if (english.isEmpty() || chinese.isEmpty())
            continue;
        if (!counterparts[english].contains(term.chinese))
            counterparts[english] << term.chinese;
        if (!counterparts[chinese].contains(term.english))
            counterparts[chinese] << term.english;
    }
    if (counterparts.isEmpty())
        return query.toString();

    QString out;
    const qsizetype n = query.size();
    qsizetype i = 0;
    const auto widened = [&](QStringView written, const QString &text) -> QString {
        const auto found = counterparts.constFind(folder.foldedString(text, {}));
        if (found == counterparts.cend())
            return written.toString();
        QStringList parts{written.toString()};
        for (const QString &other : *found)
            parts << quoted(other);
        return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    };
    while (i < n) {
        const QChar c = query[i];
        if (c.isSpace() || c == u'(' || c == u')') {
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        if (isQuote(c)) {
            end = i + 1;
            while (end < n && !isQuote(query[end]))
                ++end;
            end = std::min(end + 1, n);
            const QStringView phrase = query.mid(i + 1, end - i - 1);
            out +=
                widened(query.mid(i, end - i), phrase.endsWith(u'"') || phrase.endsWith(u'\u201d')
                                                   ? phrase.chopped(1).toString()
                                                   : phrase.toString());
        } else {
            while (end < n && !query[end].isSpace() && query[end] != u'(' && query[end] != u')' &&
                   !isQuote(query[end]))
                ++end;
            const QStringView word = query.mid(i, end - i);
            const bool operatorWord = word == u"OR" || word == u"AND" || word == u"NOT";
            if (operatorWord || word.startsWith(u'-') || word.endsWith(u'*'))
                out += word;
            else
                out += widened(word, word.toString());
        }
        i = end;
    }
    return out;
}

} // namespace duizhao
