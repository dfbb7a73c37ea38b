#pragma once

#include "BlockKind.h"
#include "Language.h"
#include "SearchQuery.h"
#include "SearchResults.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace duizhao {

class Database;
class SearchEngine;

// What a term is likely to be in the other language: the words a counterpart paragraph
// is searched for, to highlight the translation of a hit beside it. `counterpart` is the
// pair's other side, so a guess can be checked against it (or read from it). The front
// ends supply the glossary's and the dictionary's (services/TermEquivalents); without one
// (or when it knows nothing) the hit itself is looked for, folded as search folds
// (script, regional vocabulary), which finds a name, a number or an acronym written in
// both.
//   equivalents(u"芯片", Language::ChineseSimplified, Language::English,
//               u"chip subsidies") → {"chip"}
using Equivalents = std::function<QStringList(const QString &term, Language from, Language to,
                                              const QString &counterpart)>;

// How concordance lines are ordered. Left sorts on the left context read from the hit
// outwards (the nearest word first, as a KWIC concordance does), Right on the right
// context; both with ICU's zh collation (Chinese by pinyin, Collation). Ties keep the
// essay order.
enum class ConcordanceOrder { Essay, Date, Left, Right };

struct ConcordanceOptions {
    // Folding, boilerplate, a block's language or kind, one essay, threads; not the limit.
    SearchOptions search;
    // Essays kept (outlet, date range: what the caller knows of them); empty: all. Called
    // from several threads at once.
    std::function<bool(qint64 essayId)> wantEssay;
    int width = 40; // code points of context on each side of the hit
    int limit = 0;  // lines listed; 0: every line
    ConcordanceOrder order = ConcordanceOrder::Essay; // another order lists every line first
    Equivalents equivalents;
};

// One occurrence of the query: its block, where it is (code points of the block's
// original text) and the text around it, cut to the width, in the original script.
struct ConcordanceLine {
    qint64 essayId = 0;
    QString title;
    QString date;
    QString outlet;
    int block = 0;
    BlockKind kind = BlockKind::Paragraph;
    Language language = Language::Undetermined;
    int start = 0; // [start, end) in code points of the block's original text
    int end = 0;
    QString left;
    QString hit;
    QString right;
    // The pair's other side (its blocks joined by a space), and where in it the hit's
    // likely equivalents are ([start, end) in code points of that text); -1: none.
    int counterpartBlock = -1;
    QString counterpart;
    QList<QPair<int, int>> equivalents;
};

struct ConcordanceResults {
    QString query;
    // Lines in the whole library: the matches the index holds in the matching blocks
    // (marked exactly when folding is turned off). Two matches that touch are one line,
    // so a listing without a limit can have a few lines fewer.
    int total = 0;
    QList<ConcordanceLine> lines;
    bool cancelled = false;
};

// A KWIC concordance over the search index: every block a search would find
// (SearchEngine::matchingBlocks, so the same query language and folding: 晶片 finds
// 芯片), each match in it a line, marked by HitMarker exactly where search marks it.
// Lines are made in essay and block order until the limit; `cancelled` and `progress`
// (blocks done, blocks in all) are called between blocks, on the calling thread.
class Concordance
{
public:
    struct Control {
        std::function<bool()> cancelled;
        std::function<void(int done, int total)> progress;
    };

    Concordance(Database &db, SearchEngine &engine);

    ConcordanceResults run(const SearchQuery &query, const ConcordanceOptions &options,
                           const Control &control = {});

    // Stable: lines that compare equal keep their order.
    static void sort(QList<ConcordanceLine> &lines, ConcordanceOrder order);
    // The text before and after [start, end) of `text` (code points), at most `width` code
    // points each, cut at the width and with control characters shown as spaces:
    //   context(u"美国芯片出口管制", 2, 4, 2) → {"美国", "出口"}
    static QPair<QString, QString> context(const QString &text, int start, int end, int width);
    // The lines as CSV (RFC 4180, UTF-8, a header row): essay, title, date, block, kind,
    // lang, start, end, left, hit, right, counterpart.
    static QByteArray toCsv(const QList<ConcordanceLine> &lines);

private:
    Database &m_db;
    SearchEngine &m_engine;
};

} // namespace duizhao
