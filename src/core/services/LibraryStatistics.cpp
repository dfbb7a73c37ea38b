#include "LibraryStatistics.h"

#include "Library.h"

#include <QHash>

#include <algorithm>

namespace duizhao {

namespace {

QString languageKey(const QList<Language> &languages)
{
    QStringList tags;
    for (const Language language : languages)
        tags << languageTag(language);
    tags.sort();
    return tags.isEmpty() ? LibraryStatistics::kUnknown : tags.join(u'+');
}

QString orUnknown(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? LibraryStatistics::kUnknown : trimmed;
}

// Counts in chart order: most first (ties by key), or by key for months (time order,
// the unknown month last).
class Tally
{
public:
    explicit Tally(bool byKey = false)
        : m_byKey(byKey)
    {}
    void add(const QString &key, int count = 1) { m_counts[key] += count; }
    StatisticsCounts counts() const
    {
        StatisticsCounts out;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            out.append({it.key(), it.value()});
        const bool byKey = m_byKey;
        std::sort(out.begin(), out.end(), [byKey](const auto &a, const auto &b) {
            const bool aUnknown = a.key == LibraryStatistics::kUnknown;
            const bool bUnknown = b.key == LibraryStatistics::kUnknown;
            if (aUnknown != bUnknown)
                return bUnknown;
            if (!byKey && a.count != b.count)
                return a.count > b.count;
            return a.key < b.key;
        });
        return out;
    }

private:
    QHash<QString, int> m_counts;
    bool m_byKey;
};

class CrossTally
{
public:
    explicit CrossTally(bool barsByKey = false)
        : m_bars(barsByKey)
    {}
    void add(const QString &bar, const QString &segment)
    {
        m_bars.add(bar);
        m_segments.add(segment);
        m_cells[{bar, segment}] += 1;
    }
    StatisticsTable table() const
    {
        StatisticsTable table;
        for (const StatisticsCount &bar : m_bars.counts())
            table.bars << bar.key;
        for (const StatisticsCount &segment : m_segments.counts())
            table.segments << segment.key;
        for (const QString &bar : std::as_const(table.bars)) {
            QList<int> row;
            for (const QString &segment : std::as_const(table.segments))
                row << m_cells.value({bar, segment});
            table.counts << row;
        }
        return table;
    }

private:
    Tally m_bars;
    Tally m_segments;
    QHash<QPair<QString, QString>, int> m_cells;
};

} // namespace

QString LibraryStatistics::monthOf(const QString &date)
{
    if (date.size() < 7 || date[4] != u'-')
        return kUnknown;
    return date.left(7);
}

std::optional<LibraryStatistics> LibraryStatistics::compute(Library &library,
                                                            const Options &options,
                                                            const SearchQuery *term,
                                                            const QString &termText)
{
    const auto cancelled = [&] {
        return options.cancelled && options.cancelled();
    };
    LibraryStatistics stats;
    const QList<EssaySummary> listing = library.essays().listing();
    QHash<qint64, const EssaySummary *> kept;
    Tally byLanguage, byOutlet, byMonth(true);
    CrossTally outletByLanguage, monthByLanguage(true);
    for (const EssaySummary &essay : listing) {
        if (!options.filter.accepts(essay))
            continue;
        kept.insert(essay.id, &essay);
        const QString language = languageKey(essay.languages);
        const QString outlet = orUnknown(essay.outlet);
        const QString month = monthOf(essay.date);
        byLanguage.add(language);
        byOutlet.add(outlet);
        byMonth.add(month);
        outletByLanguage.add(outlet, language);
        monthByLanguage.add(month, language);
    }
    stats.essays.total = int(kept.size());
    stats.essays.byLanguage = byLanguage.counts();
    stats.essays.byOutlet = byOutlet.counts();
    stats.essays.byMonth = byMonth.counts();
    stats.essays.outletByLanguage = outletByLanguage.table();
    stats.essays.monthByLanguage = monthByLanguage.table();
    if (cancelled())
        return std::nullopt;

    Tally byVerdict, byType, byTag;
    CrossTally typeByVerdict, tagByVerdict;
    for (const Annotation &annotation : library.annotations().ofEssay(0)) {
        if (!annotation.isClaim() || !kept.contains(annotation.essayId))
            continue;
        ++stats.claims.total;
        const QString verdict = orUnknown(annotation.verdict);
        byVerdict.add(verdict);
        byType.add(annotation.claimType);
        typeByVerdict.add(annotation.claimType, verdict);
        for (const QString &tag : annotation.tags) {
            byTag.add(tag);
            tagByVerdict.add(tag, verdict);
        }
    }
    stats.claims.byVerdict = byVerdict.counts();
    stats.claims.byType = byType.counts();
    stats.claims.byTag = byTag.counts();
    stats.claims.typeByVerdict = typeByVerdict.table();
    stats.claims.tagByVerdict = tagByVerdict.table();
    if (!term)
        return cancelled() ? std::nullopt : std::optional(stats);
    if (cancelled())
        return std::nullopt;

    Term counted;
    counted.query = termText;
    const std::function<bool(qint64)> wanted = options.filter.over(listing);
    QHash<qint64, int> hitsByEssay;
    QList<qint64> order;
    for (const MatchedBlock &block :
         library.search().matchingBlocks(*term, options.search, wanted)) {
        if (!hitsByEssay.contains(block.essayId))
            order << block.essayId;
        hitsByEssay[block.essayId] += block.matches;
        counted.total += block.matches;
    }
    Tally termByOutlet, termByMonth(true);
    for (const qint64 id : std::as_const(order)) {
        const EssaySummary *essay = kept.value(id);
        TermEssay row;
        row.essay = id;
        row.hits = hitsByEssay.value(id);
        if (essay) {
            row.title = essay->title;
            row.date = essay->date;
            row.outlet = essay->outlet;
        }
        termByOutlet.add(orUnknown(row.outlet), row.hits);
        termByMonth.add(monthOf(row.date), row.hits);
        counted.byEssay << row;
    }
    std::stable_sort(counted.byEssay.begin(), counted.byEssay.end(),
                     [](const TermEssay &a, const TermEssay &b) { return a.hits > b.hits; });
    counted.byOutlet = termByOutlet.counts();
    counted.byMonth = termByMonth.counts();
    stats.term = std::move(counted);
    if (cancelled())
        return std::nullopt;
    return stats;
}

} // namespace duizhao
