// libFuzzer target: arbitrary text as a search query and as an essay's text, through
// the query parser, the strict-mode predicate, the FTS5 tokenizer (indexing and
// querying) and the search itself, on an in-memory library.
//
// Checks: a refused query says why; an accepted query's MATCH expression holds user
// text only inside quoted strings; searching never raises an SQL error.
#include "DatabaseError.h"
#include "Library.h"
#include "SearchQuery.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <cstdint>
#include <cstdlib>

namespace {

// Outside quoted strings only ( ) * AND OR NOT and spaces may appear.
bool onlyQuotedText(const QString &expression)
{
    bool inside = false;
    QString outside;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression[i];
        if (c == u'"') {
            if (inside && i + 1 < expression.size() && expression[i + 1] == u'"') {
                ++i; // "" inside a string
                continue;
            }
            inside = !inside;
            outside += u' ';
        } else if (!inside) {
            outside += c;
        }
    }
    if (inside)
        return false;
    for (const QString &word : outside.split(u' ', Qt::SkipEmptyParts)) {
        QString rest = word;
        rest.remove(u'(').remove(u')').remove(u'*');
        if (!rest.isEmpty() && rest != u"AND" && rest != u"OR" && rest != u"NOT")
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static duizhao::Library library(QStringLiteral(":memory:"));
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    QString error;
    const std::optional<duizhao::SearchQuery> query = duizhao::SearchQuery::parse(text, &error);
    if (!query) {
        if (error.isEmpty())
            std::abort();
    } else if (!onlyQuotedText(query->toFts5())) {
        std::abort();
    }

    try {
        // The same text as an essay's only block: the tokenizer indexes it (and, on the
        // next input, removes it again: the same file path is updated in place).
        duizhao::ParsedEssay essay;
        duizhao::Block block;
        block.text = text;
        essay.blocks << block;
        essay.encoding = QStringLiteral("UTF-8");
        library.writer().store(
            QStringLiteral("/fuzz/essay.txt"),
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
            qint64(size), essay);
        if (query) {
            library.search().run(*query);
            duizhao::SearchOptions strict;
            strict.foldScript = false;
            strict.foldVocabulary = false;
            library.search().run(*query, strict);
            query->matches(text, {true, true});
        }
    } catch (const duizhao::DatabaseError &) {
        std::abort();
    }
    return 0;
}
