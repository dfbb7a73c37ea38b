#include "HitMarker.h"

#include <algorithm>

namespace duizhao {

namespace {

struct PlacedToken {
    int text;   // offset of its bytes
    int length; // of its bytes
    int begin;  // byte span in the block's UTF-8
    int end;
};

// For each byte offset of UTF-8, the code points before it: the code point offset of a
// token boundary.
std::vector<int> codePointAtByte(const QByteArray &utf8)
{
    std::vector<int> at(size_t(utf8.size()) + 1, 0);
    int codePoints = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        at[size_t(i)] = codePoints;
        if ((quint8(utf8[i]) & 0xC0) != 0x80)
            ++codePoints;
    }
    at[size_t(utf8.size())] = codePoints;
    return at;
}

} // namespace

HitMarker::HitMarker(const SearchTokenizer::Session &session, const QueryPlan &plan)
    : m_session(session)
{
    for (int leaf = 0; leaf < plan.positiveCount(); ++leaf) {
        const QueryPlan::Leaf &term = plan.leaves()[size_t(leaf)];
        Term tokens;
        tokens.prefix = term.prefix;
        const QByteArray utf8 = term.text.toUtf8();
        m_session.tokenize(
            std::string_view(utf8.constData(), size_t(utf8.size())), true, term.prefix,
            [&](const SearchTokenizer::Token &token) { tokens.tokens.emplace_back(token.text); });
        if (!tokens.tokens.empty())
            m_terms.push_back(std::move(tokens));
    }
}

HitMarker::Marked HitMarker::mark(const QString &text) const
{
    // The index saw a block marker inside the text as a space (EssayIndex::rowOf): so
    // does this, and offsets stay those of the text (one byte for one byte).
    QByteArray utf8 = text.toUtf8();
    utf8.replace(char(SearchTokenizer::kBlockMarker), ' ');
    // The block's tokens, flat: their bytes one after another in `bytes`, and the first
    // token of each position (a CJK position holds a bigram and its unigram).
    thread_local std::string bytes;
    thread_local std::vector<PlacedToken> tokens;
    thread_local std::vector<int> positionStart;
    bytes.clear();
    tokens.clear();
    positionStart.clear();
    m_session.tokenize(
        std::string_view(utf8.constData(), size_t(utf8.size())), false, false,
        [&](const SearchTokenizer::Token &token) {
            if (!token.colocated || positionStart.empty())
                positionStart.push_back(int(tokens.size()));
            tokens.push_back({int(bytes.size()), int(token.text.size()), token.begin, token.end});
            bytes.append(token.text);
        });
    positionStart.push_back(int(tokens.size()));
    const auto tokenText = [&](const PlacedToken &token) {
        return std::string_view(bytes).substr(size_t(token.text), size_t(token.length));
    };
    const auto tokensAt = [&](size_t position) {
        return std::pair(tokens.begin() + positionStart[position],
                         tokens.begin() + positionStart[position + 1]);
    };
    const size_t positionCount = positionStart.size() - 1;

    // Every match of every term: its first position and its byte span.
    struct Span {
        int position;
        int begin;
        int end;
    };
    std::vector<Span> spans;
    const auto tokenAt = [&](size_t position, const std::string &wanted,
                             bool prefix) -> const PlacedToken * {
        const auto [first, last] = tokensAt(position);
        for (auto token = first; token != last; ++token) {
            const std::string_view bytesOf = tokenText(*token);
            if (prefix ? bytesOf.substr(0, wanted.size()) == wanted : bytesOf == wanted)
                return &*token;
        }
        return nullptr;
    };
    for (const Term &term : m_terms) {
        const size_t length = term.tokens.size();
        for (size_t start = 0; start + length <= positionCount; ++start) {
            const PlacedToken *first = nullptr;
            const PlacedToken *last = nullptr;
            for (size_t i = 0; i < length; ++i) {
                last = tokenAt(start + i, term.tokens[i], term.prefix && i + 1 == length);
                if (!last)
                    break;
                if (i == 0)
                    first = last;
            }
            if (last)
                spans.push_back({int(start), first->begin, last->end});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    // Overlapping matches (a term inside another) become one span.
    std::vector<Span> merged;
    for (const Span &span : spans) {
        if (!merged.empty() && span.begin <= merged.back().end)
            merged.back().end = std::max(merged.back().end, span.end);
        else
            merged.push_back(span);
    }

    Marked marked;
    const std::vector<int> codePoint = codePointAtByte(utf8);
    for (const Span &span : merged)
        marked.highlights.append({codePoint[size_t(span.begin)], codePoint[size_t(span.end)]});

    // The window of kSnippetPositions positions that holds the most matches, starting
    // a little before its first, so the match is read in context.
    const int count = int(positionCount);
    int windowStart = 0;
    int bestCovered = -1;
    for (const Span &span : merged) {
        const int start = std::max(0, std::min(span.position - 3, count - kSnippetPositions));
        int covered = 0;
        for (const Span &other : merged)
            covered += other.position >= start && other.position < start + kSnippetPositions;
        if (covered > bestCovered) {
            bestCovered = covered;
            windowStart = start;
        }
    }
    const int windowEnd = std::min(count, windowStart + kSnippetPositions);
    int from = 0;
    int to = int(utf8.size());
    const auto startOf = [&](int position) {
        const auto [first, last] = tokensAt(size_t(position));
        int begin = first->begin;
        for (auto token = first; token != last; ++token)
            begin = std::min(begin, token->begin);
        return begin;
    };
    if (windowStart > 0)
        from = startOf(windowStart);
    if (windowEnd < count) {
        to = startOf(windowEnd);
        // A match that starts inside the window is quoted whole (a bigram reaches into
        // the next position).
        for (const Span &span : merged) {
            if (span.position < windowEnd)
                to = std::max(to, span.end);
        }
    }
    std::string snippet;
    if (windowStart > 0)
        snippet += "\u2026";
    int at = from;
    for (const Span &span : merged) {
        const int begin = std::max(span.begin, from);
        const int end = std::min(span.end, to);
        if (begin >= end)
            continue;
        snippet.append(utf8.constData() + at, size_t(begin - at));
        snippet += "\u00AB";
        snippet.append(utf8.constData() + begin, size_t(end - begin));
        snippet += "\u00BB";
        at = end;
    }
    snippet.append(utf8.constData() + at, size_t(to - at));
    if (windowEnd < count)
        snippet += "\u2026";
    marked.snippet = QString::fromStdString(snippet);
    return marked;
}

} // namespace duizhao
