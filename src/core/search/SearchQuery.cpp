#include "SearchQuery.h"

#include <QStringList>

namespace duizhao {

namespace {

struct Token {
    enum class Type { Word, Phrase, Prefix, Or, And, Not, Minus, Open, Close };
    Type type;
    QString text;
};

bool isQuoteOpen(QChar c)
{
    return c == u'"' || c == u'\u201C';
}

bool isQuoteClose(QChar c)
{
    return c == u'"' || c == u'\u201D';
}

// Control characters (a NUL ends a string for FTS5's parser) separate terms like
// spaces; a lone surrogate (not text at all) becomes U+FFFD, as in decoding.
// "chip\0export" → "chip export".
QString withoutControls(QStringView input)
{
    QString clean = input.toString();
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean[i];
        if (c.category() == QChar::Other_Control) {
            clean[i] = u' ';
        } else if (c.isHighSurrogate() && i + 1 < clean.size() && clean[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            clean[i] = QChar(0xFFFD);
        }
    }
    return clean;
}

bool lex(QStringView input, std::vector<Token> &tokens, QString *error)
{
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const QChar c = input[i];
        if (c.isSpace()) {
            ++i;
        } else if (isQuoteOpen(c)) {
            const qsizetype start = ++i;
            while (i < n && !isQuoteClose(input[i]))
                ++i;
            if (i >= n) {
                *error = QStringLiteral("unbalanced quotation mark");
                return false;
            }
            tokens.push_back({Token::Type::Phrase, input.sliced(start, i - start).toString()});
            ++i;
        } else if (c == u'(' || c == u')') {
            tokens.push_back({c == u'(' ? Token::Type::Open : Token::Type::Close, {}});
            ++i;
        } else if (c == u'-' && i + 1 < n && !input[i + 1].isSpace() &&
                   (tokens.empty() || i == 0 || input[i - 1].isSpace() || input[i - 1] == u'(')) {
            tokens.push_back({Token::Type::Minus, {}});
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n && !input[i].isSpace() && !isQuoteOpen(input[i]) && input[i] != u'(' &&
                   input[i] != u')')
                ++i;
            const QStringView word = input.sliced(start, i - start);
            if (word == u"OR")
                tokens.push_back({Token::Type::Or, {}});
            else if (word == u"AND")
                tokens.push_back({Token::Type::And, {}});
            else if (word == u"NOT")
                tokens.push_back({Token::Type::Not, {}});
            else if (word.endsWith(u'*'))
                tokens.push_back({Token::Type::Prefix, word.chopped(1).toString()});
            else
                tokens.push_back({Token::Type::Word, word.toString()});
        }
    }
    return true;
}

bool hasSearchableText(QStringView text)
{
    std::vector<FoldedChar> chars;
    SearchFolder::instance().fold(text, {}, chars);
    for (const FoldedChar &c : chars) {
        if (SearchFolder::charClass(c.codePoint) != SearchFolder::CharClass::Separator)
            return true;
    }
    return false;
}

class Parser
{
public:
    Parser(const std::vector<Token> &tokens, QString *error)
        : m_tokens(tokens)
        , m_error(error)
    {}

    std::optional<SearchQuery::Node> parseAll()
    {
        auto node = parseOr();
        if (node && m_position < m_tokens.size())
            return fail(QStringLiteral("unexpected ')'"));
        return node;
    }

private:
    using Node = SearchQuery::Node;

    std::optional<Node> fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
        return std::nullopt;
    }

    const Token *peek() const
    {
        return m_position < m_tokens.size() ? &m_tokens[m_position] : nullptr;
    }

    std::optional<Node> parseOr()
    {
        if (peek() && peek()->type == Token::Type::Or)
            return fail(QStringLiteral("OR needs a search term on each side"));
        auto left = parseAnd();
        if (!left)
            return std::nullopt;
        if (!peek() || peek()->type != Token::Type::Or)
            return left;
        Node alternatives;
        alternatives.type = Node::Type::Or;
        alternatives.children.push_back(std::move(*left));
        while (peek() && peek()->type == Token::Type::Or) {
            ++m_position;
            if (!peek() || peek()->type == Token::Type::Or || peek()->type == Token::Type::Close)
                return fail(QStringLiteral("OR needs a search term on each side"));
            auto right = parseAnd();
            if (!right)
                return std::nullopt;
            alternatives.children.push_back(std::move(*right));
        }
        return alternatives;
    }

    std::optional<Node> parseAnd()
    {
        Node all;
        all.type = Node::Type::And;
        while (const Token *token = peek()) {
            if (token->type == Token::Type::Or || token->type == Token::Type::Close)
                break;
            if (token->type == Token::Type::And) {
                ++m_position;
                if (all.children.empty() && all.excluded.empty())
                    return fail(QStringLiteral("AND needs a search term on each side"));
                const Token *next = peek();
                if (!next || next->type == Token::Type::Or || next->type == Token::Type::Close ||
                    next->type == Token::Type::And)
                    return fail(QStringLiteral("AND needs a search term on each side"));
                continue;
            }
            const bool exclude =
                token->type == Token::Type::Not || token->type == Token::Type::Minus;
            if (exclude) {
                ++m_position;
                const Token *next = peek();
                if (!next || next->type == Token::Type::Or || next->type == Token::Type::Close ||
                    next->type == Token::Type::And || next->type == Token::Type::Not ||
                    next->type == Token::Type::Minus)
                    return fail(QStringLiteral("NOT (or -) needs a search term after it"));
            }
            auto operand = parseUnary();
            if (!operand)
                return std::nullopt;
            (exclude ? all.excluded : all.children).push_back(std::move(*operand));
        }
        if (all.children.empty()) {
            if (peek() && peek()->type == Token::Type::Close && m_depth == 0)
                return fail(QStringLiteral("unexpected ')'"));
            if (!all.excluded.empty())
                return fail(QStringLiteral("a query needs at least one term that is not excluded"));
            return fail(m_depth > 0 ? QStringLiteral("empty parentheses")
                                    : QStringLiteral("empty query"));
        }
        if (all.children.size() == 1 && all.excluded.empty())
            return std::move(all.children.front());
        return all;
    }

    std::optional<Node> parseUnary()
    {
        const Token *token = peek();
        if (!token)
            return fail(QStringLiteral("the query ends where a search term should be"));
        ++m_position;
        switch (token->type) {
        case Token::Type::Open: {
            ++m_depth;
            auto inner = parseOr();
            --m_depth;
            if (!inner)
                return std::nullopt;
            if (!peek() || peek()->type != Token::Type::Close)
                return fail(QStringLiteral("missing closing parenthesis"));
            ++m_position;
            return inner;
        }
        case Token::Type::Word:
        case Token::Type::Phrase:
        case Token::Type::Prefix: {
            if (!hasSearchableText(token->text)) {
                return fail(
                    token->text.isEmpty()
                        ? QStringLiteral("a search term is empty")
                        : QStringLiteral("'%1' has no letters, digits or characters to search for")
                              .arg(token->text.left(40)));
            }
            Node term;
            term.type = token->type == Token::Type::Prefix ? Node::Type::Prefix : Node::Type::Term;
            term.text = token->text;
            return term;
        }
        case Token::Type::Close:
            return fail(QStringLiteral("unexpected ')'"));
        default:
            return fail(QStringLiteral("an operator stands where a search term should be"));
        }
    }

    const std::vector<Token> &m_tokens;
    QString *m_error;
    size_t m_position = 0;
    int m_depth = 0;
};

QString fts5(const SearchQuery::Node &node)
{
    using Type = SearchQuery::Node::Type;
    switch (node.type) {
    case Type::Term:
    case Type::Prefix:
        return SearchQuery::fts5Phrase(node.text, node.type == Type::Prefix);
    case Type::Or: {
        QStringList parts;
        for (const auto &child : node.children)
            parts << fts5(child);
        return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    }
    case Type::And: {
        QStringList parts;
        for (const auto &child : node.children)
            parts << fts5(child);
        QString expression = u'(' + parts.join(QStringLiteral(" AND ")) + u')';
        for (const auto &excluded : node.excluded)
            expression += QStringLiteral(" NOT ") + fts5(excluded);
        return u'(' + expression + u')';
    }
    }
    return {};
}

bool evaluate(const SearchQuery::Node &node, const QString &foldedText,
              SearchFolder::Options options)
{
    using Type = SearchQuery::Node::Type;
    switch (node.type) {
    case Type::Term:
    case Type::Prefix:
        return foldedText.contains(
            SearchFolder::instance().foldedString(node.text, options).simplified());
    case Type::Or:
        for (const auto &child : node.children) {
            if (evaluate(child, foldedText, options))
                return true;
        }
        return false;
    case Type::And:
        for (const auto &child : node.children) {
            if (!evaluate(child, foldedText, options))
                return false;
        }
        for (const auto &excluded : node.excluded) {
            if (evaluate(excluded, foldedText, options))
                return false;
        }
        return true;
    }
    return false;
}

} // namespace

std::optional<SearchQuery> SearchQuery::parse(QStringView input, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    if (input.size() > kMaxLength) {
        *error = QStringLiteral("the query is too long (%1 characters; at most %2)")
                     .arg(input.size())
                     .arg(kMaxLength);
        return std::nullopt;
    }
    std::vector<Token> tokens;
    if (!lex(withoutControls(input), tokens, error))
        return std::nullopt;
    if (tokens.empty()) {
        *error = QStringLiteral("empty query");
        return std::nullopt;
    }
    auto root = Parser(tokens, error).parseAll();
    if (!root)
        return std::nullopt;
    SearchQuery query;
    query.m_root = std::move(*root);
    return query;
}

QString SearchQuery::fts5Phrase(const QString &text, bool prefix)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"' + (prefix ? QStringLiteral(" *") : QString());
}

QString SearchQuery::toFts5() const
{
    return fts5(m_root);
}

bool SearchQuery::matches(QStringView text, SearchFolder::Options options) const
{
    const QString folded = SearchFolder::instance().foldedString(text, options).simplified();
    return evaluate(m_root, folded, options);
}

} // namespace duizhao
