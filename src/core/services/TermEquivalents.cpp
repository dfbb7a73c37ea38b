#include "TermEquivalents.h"

#include "Dictionary.h"
#include "FoldedFind.h"
#include "Library.h"
#include "SearchFolder.h"
#include "WordSegmenter.h"

#include <QRegularExpression>
#include <QSet>

namespace duizhao {

namespace {

constexpr int kMostGlossWords = 3;

QString foldEnglish(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QString foldChinese(const QString &text)
{
    return SearchFolder::instance().foldedString(text.trimmed(), {});
}

bool isLetter(QChar c)
{
    return c.isLetterOrNumber();
}

// Where `word` (case folded) starts a whole word of `text` (case folded): the word in
// `text` as it is written there, from that start to the end of its letters ("chip" in
// "chips," gives "chips"); empty when it does not.
QStringList wordsStartingWith(const QString &text, const QString &folded, const QString &word)
{
    QStringList found;
    if (word.isEmpty())
        return found;
    for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        if (at > 0 && isLetter(folded[at - 1]))
            continue;
        qsizetype end = at + word.size();
        // Whole words of a gloss, a plural or a verb's ending after its last one.
        qsizetype stretched = end;
        while (stretched < folded.size() && isLetter(folded[stretched]))
            ++stretched;
        if (stretched - end > 2)
            continue;
        found << (text.size() == folded.size() ? text.mid(at, stretched - at) : word);
    }
    return found;
}

bool containsWord(const QString &folded, const QString &word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !isLetter(folded[at - 1])) &&
            (end == folded.size() || !isLetter(folded[end])))
            return true;
    }
    return false;
}

// "chips" → {"chips", "chip"}; "batteries" → {…, "battery"}; "glasses" → {…, "glass"}.
QStringList formsOf(const QString &word)
{
    QStringList forms{word};
    if (word.size() > 4 && word.endsWith(u"ies"))
        forms << word.chopped(3) + u'y';
    if (word.size() > 4 && (word.endsWith(u"ses") || word.endsWith(u"xes") ||
                            word.endsWith(u"shes") || word.endsWith(u"ches")))
        forms << word.chopped(2);
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss"))
        forms << word.chopped(1);
    return forms;
}

void appendNew(QStringList &list, QSet<QString> &seen, const QString &text)
{
    if (!text.isEmpty() && !seen.contains(text)) {
        seen.insert(text);
        list << text;
    }
}

} // namespace

TermEquivalents::TermEquivalents(QList<GlossaryTerm> glossary, const Dictionary &dictionary)
    : m_dictionary(dictionary)
{
    m_glossary.reserve(glossary.size());
    for (GlossaryTerm &term : glossary) {
        Entry entry{foldEnglish(term.english), foldChinese(term.chinese), std::move(term)};
        m_glossary.append(std::move(entry));
    }
}

TermEquivalents TermEquivalents::of(Library &library)
{
    return TermEquivalents(library.glossary().all(), Dictionary::instance());
}

QStringList TermEquivalents::operator()(const QString &term, Language from, Language,
                                        const QString &counterpart) const
{
    const QStringList glossary = fromGlossary(term, from, counterpart);
    if (!glossary.isEmpty())
        return glossary;
    return fromDictionary(term, from, counterpart);
}

QStringList TermEquivalents::fromGlossary(const QString &term, Language from,
                                          const QString &counterpart) const
{
    QStringList found;
    QSet<QString> seen;
    const bool chinese = isChinese(from);
    const bool english = from == Language::English;
    const QString asEnglish = foldEnglish(term);
    const QString asChinese = foldChinese(term);
    for (const Entry &entry : m_glossary) {
        QString other;
        if (!chinese && entry.english == asEnglish)
            other = entry.term.chinese;
        else if (!english && entry.chinese == asChinese)
            other = entry.term.english;
        if (other.isEmpty())
            continue;
        if (!FoldedFind(other).spansIn(counterpart).isEmpty())
            appendNew(found, seen, other.trimmed());
    }
    return found;
}

QStringList TermEquivalents::fromDictionary(const QString &term, Language from,
                                            const QString &counterpart) const
{
    QStringList found;
    QSet<QString> seen;
    if (!m_dictionary.isLoaded() || term.isEmpty() || counterpart.isEmpty())
        return found;
    if (isChinese(from)) {
        QList<DictionaryEntry> entries = m_dictionary.lookup(term);
        for (const DictionaryMatch::Word &word : m_dictionary.counterparts(term))
            entries += word.entries;
        const QString folded = counterpart.toCaseFolded();
        for (const DictionaryEntry &entry : std::as_const(entries)) {
            for (const QString &definition : entry.definitions) {
                for (const QString &gloss : glossesOf(definition)) {
                    for (const QString &word :
                         wordsStartingWith(counterpart, folded, gloss.toCaseFolded()))
                        appendNew(found, seen, word);
                }
            }
        }
        return found;
    }
    if (from != Language::English)
        return found;
    const QStringList forms = formsOf(term.trimmed().toCaseFolded());
    QStringList single;
    QSet<QString> singleSeen;
    for (const WordSegmenter::Word &word : WordSegmenter::boundaries(counterpart, m_dictionary)) {
        if (!word.chinese || !word.inDictionary)
            continue;
        const QString text = counterpart.mid(word.start, word.end - word.start);
        if (seen.contains(text) || singleSeen.contains(text))
            continue;
        bool holds = false;
        for (const DictionaryEntry &entry : m_dictionary.lookup(text)) {
            for (const QString &definition : entry.definitions) {
                const QString folded = definition.toCaseFolded();
                for (const QString &form : forms)
                    holds = holds || containsWord(folded, form);
            }
        }
        if (!holds)
            continue;
        if (text.toUcs4().size() > 1)
            appendNew(found, seen, text);
        else
            appendNew(single, singleSeen, text);
    }
    return found.isEmpty() ? single : found;
}

QStringList TermEquivalents::glossesOf(const QString &definition)
{
    static const QRegularExpression parentheses(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    static const QRegularExpression skipped(
        QStringLiteral("^(CL:|see |see also|variant of|old variant|abbr\\.|surname |"
                       "used in|also written|also pr\\.|Taiwan pr\\.|erhua)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList glosses;
    QString text = definition;
    text.remove(parentheses);
    for (QString gloss : text.split(separators, Qt::SkipEmptyParts)) {
        gloss = gloss.simplified();
        if (gloss.contains(skipped))
            continue;
        for (const QLatin1StringView article :
             {QLatin1StringView("to "), QLatin1StringView("a "), QLatin1StringView("an "),
              QLatin1StringView("the ")}) {
            if (gloss.startsWith(article, Qt::CaseInsensitive))
                gloss = gloss.mid(article.size());
        }
        if (gloss.size() < 2 || gloss.count(u' ') + 1 > kMostGlossWords)
            continue;
        bool latin = true;
        for (const QChar c : std::as_const(gloss))
            latin = latin && c.unicode() < 0x250;
        if (latin && !glosses.contains(gloss))
            glosses << gloss;
    }
    return glosses;
}

} // namespace duizhao
