#pragma once

#include "EssayFilter.h"
#include "SearchQuery.h"
#include "SearchResults.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace duizhao {

class Library;

// How many of each, in the order a chart shows them (most first; months in time order).
struct StatisticsCount {
    QString key;
    int count = 0;
    friend bool operator==(const StatisticsCount &, const StatisticsCount &) = default;
};
using StatisticsCounts = QList<StatisticsCount>;

// A count of one thing split by another (claims of one type by verdict): the bars and
// the segments of a stacked bar chart. counts[bar][segment], bars and segments in the
// order of their own totals.
struct StatisticsTable {
    QStringList bars;
    QStringList segments;
    QList<QList<int>> counts;
};

// The library at a glance: essays by language, outlet and month, claims by verdict,
// type and tag, and, for a term, its matches by essay, outlet and month (the same query
// language and folding as search: SearchEngine::matchingBlocks).
//
// Keys: a language set as its tags joined by "+" ("en+zh-Hant": one key per essay, so
// the counts add up to the total); a month as yyyy-MM of the essay's date; kUnknown for an
// essay without an outlet or a date, a claim without a verdict.
struct LibraryStatistics {
    static inline const QString kUnknown = QStringLiteral("(none)");

    struct Essays {
        int total = 0;
        StatisticsCounts byLanguage, byOutlet, byMonth;
        StatisticsTable outletByLanguage, monthByLanguage;
    } essays;
    struct Claims {
        int total = 0;
        StatisticsCounts byVerdict, byType, byTag;
        StatisticsTable typeByVerdict, tagByVerdict;
    } claims;
    struct TermEssay {
        qint64 essay = 0;
        QString title;
        QString date;
        QString outlet;
        int hits = 0;
    };
    struct Term {
        QString query;
        int total = 0;                      // matches in the library
        QList<TermEssay> byEssay;           // most matches first
        StatisticsCounts byOutlet, byMonth; // matches
    };
    std::optional<Term> term;

    struct Options {
        EssayFilter filter;              // essays counted (claims are those of these essays)
        SearchOptions search;            // the term's folding and filters
        std::function<bool()> cancelled; // checked between the steps; then nothing is returned
    };

    // Reads the library once (EssayCatalog::listing, the annotations, the term's blocks).
    // `termText` is what the user typed, kept as the term's query; nullopt when cancelled.
    static std::optional<LibraryStatistics> compute(Library &library, const Options &options,
                                                    const SearchQuery *term = nullptr,
                                                    const QString &termText = {});
    // An essay's month key (yyyy-MM), kUnknown without a date.
    static QString monthOf(const QString &date);
};

} // namespace duizhao
