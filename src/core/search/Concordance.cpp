#include "Concordance.h"

#include "CodePoints.h"
#include "Collation.h"
#include "Database.h"
#include "EssayText.h"
#include "FoldedFind.h"
#include "HitMarker.h"
#include "QueryPlan.h"
#include "SearchEngine.h"
#include "SearchFolder.h"
#include "SearchTokenizer.h"
#include "Statement.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace duizhao {

namespace {

// Lines are made in batches between two looks at the control: a block takes a few
// microseconds, a look at a cancel flag less, a progress signal more.
constexpr size_t kBlocksPerReport = 64;

QString fromCodePoints(const QList<uint> &codePoints, qsizetype from, qsizetype count)
{
    QString text;
    text.reserve(count);
    for (qsizetype i = from; i < from + count; ++i) {
        const char32_t c = codePoints[i];
        text.append(c < 0x20 || c == 0x7F ? QString(u' ') : QString::fromUcs4(&c, 1));
    }
    return text;
}

// The essay's fields a line shows, as the user corrected them.
struct EssayFields {
    QString title;
    QString date;
    QString outlet;
};

// A term of the query as a strict mode folds it: a match the index found (it folds
// everything) is a line only when its text holds one of them.
struct StrictTerms {
    SearchFolder::Options options;
    std::vector<std::pair<QString, bool>> terms; // folded text, prefix

    bool holds(QStringView text) const
    {
        const QString folded = SearchFolder::instance().foldedString(text, options).simplified();
        return std::any_of(terms.begin(), terms.end(),
                           [&](const auto &term) { return folded.contains(term.first); });
    }
};

} // namespace

Concordance::Concordance(Database &db, SearchEngine &engine)
    : m_db(db)
    , m_engine(engine)
{}

QPair<QString, QString> Concordance::context(const QString &text, int start, int end, int width)
{
    const QList<uint> codePoints = text.toUcs4();
    const qsizetype size = codePoints.size();
    const qsizetype from = std::clamp<qsizetype>(start, 0, size);
    const qsizetype to = std::clamp<qsizetype>(end, from, size);
    const qsizetype reach = std::max(0, width);
    const qsizetype leftFrom = std::max<qsizetype>(0, from - reach);
    const qsizetype rightCount = std::min(size - to, reach);
    return {fromCodePoints(codePoints, leftFrom, from - leftFrom),
            fromCodePoints(codePoints, to, rightCount)};
}

ConcordanceResults Concordance::run(const SearchQuery &query, const ConcordanceOptions &options,
                                    const Control &control)
{
    ConcordanceResults results;
    const std::vector<MatchedBlock> blocks =
        m_engine.matchingBlocks(query, options.search, options.wantEssay);
    const SearchOptions &search = options.search;
    const bool exact = !search.foldVocabulary || !search.foldScript;
    const size_t limit = size_t(std::max(0, options.limit));
    // Every line is made when they are all asked for, when another order must see them
    // all, or when the index's count is not the answer (it folds what a strict mode keeps
    // apart).
    const bool everyLine = limit == 0 || exact || options.order != ConcordanceOrder::Essay;
    for (const MatchedBlock &block : blocks)
        results.total += block.matches;

    const QueryPlan plan(query);
    const SearchTokenizer::Session session(m_db.handle());
    const HitMarker marker(session, plan);
    StrictTerms strict{{search.foldScript, search.foldVocabulary && search.foldScript}, {}};
    for (int leaf = 0; leaf < plan.positiveCount(); ++leaf) {
        const QueryPlan::Leaf &term = plan.leaves()[size_t(leaf)];
        strict.terms.emplace_back(
            SearchFolder::instance().foldedString(term.text, strict.options).simplified(),
            term.prefix);
    }
    const SearchFolder::Options folding{search.foldScript,
                                        search.foldVocabulary && search.foldScript};

    Statement blockInfo = m_db.prepare(u"SELECT kind, lang, text_start, text_bytes FROM block "
                                       u"WHERE essay_id = ?1 AND position = ?2");
    Statement essayInfo = m_db.prepare(
        u"SELECT coalesce((SELECT value FROM essay_edit x WHERE x.essay_id = e.id AND x.field = "
        u"'title'), e.title), coalesce((SELECT value FROM essay_edit x WHERE x.essay_id = e.id "
        u"AND x.field = 'date'), e.date), coalesce((SELECT value FROM essay_edit x WHERE "
        u"x.essay_id = e.id AND x.field = 'outlet'), e.outlet) FROM essay e WHERE e.id = ?1");
    // The blocks on the pair's other side, in their order.
    Statement counterpartOf =
        m_db.prepare(u"SELECT b.position, b.text_start, b.text_bytes, b.lang FROM block mine "
                     u"JOIN pair_block mp ON mp.block_id = mine.id "
                     u"JOIN pair_block op ON op.pair_id = mp.pair_id AND op.side <> mp.side "
                     u"JOIN block b ON b.id = op.block_id "
                     u"WHERE mine.essay_id = ?1 AND mine.position = ?2 ORDER BY b.position");
    EssayTextReader texts(m_db);
    QHash<qint64, EssayFields> essays;

    int made = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (i % kBlocksPerReport == 0) {
            if (control.cancelled && control.cancelled()) {
                results.cancelled = true;
                break;
            }
            if (control.progress)
                control.progress(int(i), int(blocks.size()));
        }
        if (!everyLine && size_t(results.lines.size()) >= limit)
            break;
        const MatchedBlock &matched = blocks[i];
        blockInfo.bind(1, matched.essayId).bind(2, matched.block);
        if (!blockInfo.step()) {
            blockInfo.reset();
            continue;
        }
        const BlockKind kind = blockKindFromName(blockInfo.text(0)).value_or(BlockKind::Paragraph);
        const Language language =
            languageFromTag(blockInfo.text(1)).value_or(Language::Undetermined);
        const QString text = texts.block(matched.essayId, {blockInfo.int32(2), blockInfo.int32(3)});
        blockInfo.reset();

        auto fields = essays.find(matched.essayId);
        if (fields == essays.end()) {
            EssayFields read;
            essayInfo.bind(1, matched.essayId);
            if (essayInfo.step())
                read = {essayInfo.text(0), essayInfo.text(1), essayInfo.text(2)};
            essayInfo.reset();
            fields = essays.insert(matched.essayId, read);
        }

        // The counterpart is read once per block, when the block gives a line.
        bool counterpartRead = false;
        int counterpartBlock = -1;
        QString counterpart;
        Language counterpartLanguage = Language::Undetermined;
        const auto readCounterpart = [&] {
            counterpartRead = true;
            counterpartOf.bind(1, matched.essayId).bind(2, matched.block);
            while (counterpartOf.step()) {
                if (counterpartBlock < 0) {
                    counterpartBlock = counterpartOf.int32(0);
                    counterpartLanguage =
                        languageFromTag(counterpartOf.text(3)).value_or(Language::Undetermined);
                } else {
                    counterpart += u' ';
                }
                counterpart +=
                    texts.block(matched.essayId, {counterpartOf.int32(1), counterpartOf.int32(2)});
            }
            counterpartOf.reset();
        };

        const HitMarker::Marked marked = marker.mark(text);
        const QList<uint> codePoints = text.toUcs4();
        for (const auto &[start, end] : marked.highlights) {
            const QString hit = fromCodePoints(codePoints, start, end - start);
            if (exact && !strict.holds(hit))
                continue;
            ++made;
            if (!everyLine && size_t(results.lines.size()) >= limit)
                continue;
            ConcordanceLine line;
            line.essayId = matched.essayId;
            line.title = fields->title;
            line.date = fields->date;
            line.outlet = fields->outlet;
            line.block = matched.block;
            line.kind = kind;
            line.language = language;
            line.start = start;
            line.end = end;
            line.hit = hit;
            const qsizetype width = std::max(0, options.width);
            const qsizetype leftFrom = std::max<qsizetype>(0, start - width);
            line.left = fromCodePoints(codePoints, leftFrom, start - leftFrom);
            line.right = fromCodePoints(codePoints, end,
                                        std::min<qsizetype>(codePoints.size() - end, width));
            if (!counterpartRead)
                readCounterpart();
            if (counterpartBlock >= 0) {
                line.counterpartBlock = counterpartBlock;
                line.counterpart = counterpart;
                QStringList terms{hit};
                if (options.equivalents)
                    terms += options.equivalents(hit, language, counterpartLanguage, counterpart);
                for (const QString &term : std::as_const(terms)) {
                    for (const TextSpan &span : FoldedFind(term, folding).spansIn(counterpart))
                        line.equivalents.append(
                            {int(utf16OffsetToCodePoint(counterpart, span.begin)),
                             int(utf16OffsetToCodePoint(counterpart, span.end))});
                }
                std::sort(line.equivalents.begin(), line.equivalents.end());
                line.equivalents.erase(
                    std::unique(line.equivalents.begin(), line.equivalents.end()),
                    line.equivalents.end());
            }
            results.lines.append(std::move(line));
        }
    }
    if (everyLine && !results.cancelled)
        results.total = made;
    if (options.order != ConcordanceOrder::Essay)
        sort(results.lines, options.order);
    if (limit > 0 && size_t(results.lines.size()) > limit)
        results.lines.resize(qsizetype(limit));
    if (control.progress && !results.cancelled)
        control.progress(int(blocks.size()), int(blocks.size()));
    return results;
}

QByteArray Concordance::toCsv(const QList<ConcordanceLine> &lines)
{
    const auto field = [](const QString &text) {
        QString quoted = text;
        if (quoted.contains(u'"') || quoted.contains(u',') || quoted.contains(u'\n') ||
            quoted.contains(u'\r'))
            quoted =
                QLatin1Char('"') + quoted.replace(u'"', QStringLiteral("\"\"")) + QLatin1Char('"');
        return quoted;
    };
    QString csv =
        QStringLiteral("essay,title,date,block,kind,lang,start,end,left,hit,right,counterpart\r\n");
    for (const ConcordanceLine &line : lines) {
        const QStringList fields{QString::number(line.essayId),
                                 field(line.title),
                                 field(line.date),
                                 QString::number(line.block),
                                 blockKindName(line.kind),
                                 languageTag(line.language),
                                 QString::number(line.start),
                                 QString::number(line.end),
                                 field(line.left),
                                 field(line.hit),
                                 field(line.right),
                                 field(line.counterpart)};
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

void Concordance::sort(QList<ConcordanceLine> &lines, ConcordanceOrder order)
{
    std::vector<QByteArray> keys(size_t(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ConcordanceLine &line = lines[i];
        switch (order) {
        case ConcordanceOrder::Essay:
            break;
        case ConcordanceOrder::Date:
            // Undated essays last; dates are ISO text, so bytes sort them.
            keys[size_t(i)] = line.date.isEmpty() ? QByteArray("\xff") : line.date.toUtf8();
            break;
        case ConcordanceOrder::Left: {
            QList<uint> reversed = line.left.trimmed().toUcs4();
            std::reverse(reversed.begin(), reversed.end());
            keys[size_t(i)] = Collation::sortKey(QString::fromUcs4(
                reinterpret_cast<const char32_t *>(reversed.constData()), reversed.size()));
            break;
        }
        case ConcordanceOrder::Right:
            keys[size_t(i)] = Collation::sortKey(line.right.trimmed());
            break;
        }
    }
    std::vector<qsizetype> indexes(size_t(lines.size()));
    std::iota(indexes.begin(), indexes.end(), 0);
    const auto essayOrder = [&](qsizetype a, qsizetype b) {
        const ConcordanceLine &x = lines[a];
        const ConcordanceLine &y = lines[b];
        if (x.essayId != y.essayId)
            return x.essayId < y.essayId;
        return x.block != y.block ? x.block < y.block : x.start < y.start;
    };
    std::stable_sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
        if (keys[size_t(a)] != keys[size_t(b)])
            return keys[size_t(a)] < keys[size_t(b)];
        return essayOrder(a, b);
    });
    QList<ConcordanceLine> sorted;
    sorted.reserve(lines.size());
    for (const qsizetype i : indexes)
        sorted.append(std::move(lines[i]));
    lines = std::move(sorted);
}

} // namespace duizhao
