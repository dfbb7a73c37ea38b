#include "SearchPanel.h"

#include "GlossaryQuery.h"
#include "SearchHitDelegate.h"
#include "SearchJob.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace duizhao {

namespace {

constexpr int BlockRole = Qt::UserRole + 1;
constexpr int EssayRole = Qt::UserRole + 2;
constexpr int HighlightsRole = Qt::UserRole + 3;
const QString kGlossaryChipKey = QStringLiteral("search/glossaryCounterparts");

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search every essay, any script"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Words must all match; \"a phrase\"; a OR b; -word excludes; "
                           "prefix*. \u82af\u7247 also finds \u6676\u7247, \u7f8e\u56fd finds "
                           "\u7f8e\u570b."));
    m_query->installEventFilter(this);

    m_glossaryChip = new QToolButton(this);
    m_glossaryChip->setObjectName(QStringLiteral("searchGlossaryChip"));
    m_glossaryChip->setText(tr("+ Glossary"));
    m_glossaryChip->setCheckable(true);
    m_glossaryChip->setChecked(QSettings().value(kGlossaryChipKey, false).toBool());
    m_glossaryChip->setToolTip(tr("Also find a glossary term's counterpart: chip finds "
                                  "\u82af\u7247 when the glossary pairs them"));
    m_glossaryChip->setAutoRaise(false);
    connect(m_glossaryChip, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(kGlossaryChipKey, on);
        refresh();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);

    m_hits = new QListWidget(this);
    m_hits->setObjectName(QStringLiteral("searchHits"));
    m_hits->setItemDelegate(new SearchHitDelegate(m_hits));
    m_hits->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hits->setAlternatingRowColors(true);
    m_hits->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto *queryRow = new QHBoxLayout;
    queryRow->setSpacing(4);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_glossaryChip);
    layout->addLayout(queryRow);
    layout->addWidget(m_status);
    layout->addWidget(m_hits, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    m_job = new SearchJob(this);
    connect(m_job, &SearchJob::finished, this, &SearchPanel::onFinished);
    connect(m_hits, &QListWidget::itemActivated, this, &SearchPanel::activate);
}

void SearchPanel::setLibraryPath(const QString &path, bool readOnly)
{
    m_job->setLibraryPath(path, readOnly);
    refresh();
}

void SearchPanel::releaseLibrary()
{
    m_job->releaseLibrary();
}

bool SearchPanel::isSearching() const
{
    return m_debounce->isActive() || m_job->isRunning();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::setGlossaryTerms(const QList<GlossaryTerm> &terms)
{
    m_glossaryTerms = terms;
    if (m_glossaryChip->isChecked())
        refresh();
}

QString SearchPanel::effectiveQuery() const
{
    const QString query = m_query->text().trimmed();
    if (!m_glossaryChip->isChecked() || m_glossaryTerms.isEmpty())
        return query;
    return GlossaryQuery::withCounterparts(query, m_glossaryTerms);
}

void SearchPanel::refresh()
{
    if (!m_query->text().trimmed().isEmpty())
        searchNow();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        m_results = {};
        m_hits->clear();
        m_status->clear();
        emit searched();
        return;
    }
    ++m_runs;
    m_status->setText(tr("Searching\u2026"));
    m_job->search(effectiveQuery());
}

void SearchPanel::onFinished(const SearchResults &results, const QString &error, qint64 elapsedMs)
{
    if (results.query != effectiveQuery()) {
        // Typed on while it ran; the next run reports.
        if (!m_debounce->isActive())
            searchNow();
        return;
    }
    m_results = results;
    m_hits->clear();
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit searched();
        return;
    }
    for (const SearchHit &hit : results.hits) {
        auto *item = new QListWidgetItem(hit.title, m_hits);
        item->setData(EssayRole, hit.essayId);
        item->setData(BlockRole, hit.block);
        item->setData(SearchHitDelegate::SnippetRole, hit.snippet);
        QVariantList highlights;
        for (const auto &[start, end] : hit.highlights)
            highlights << QVariant::fromValue(QPoint(start, end));
        item->setData(HighlightsRole, highlights);
        item->setToolTip(tr("Blocks matching in this essay: %1").arg(hit.matchingBlocks));
    }
    if (m_hits->count() > 0)
        m_hits->setCurrentRow(0);
    m_status->setText(
        results.total == 0
            ? tr("No essay matches.")
            : (results.total > results.hits.size()
                   ? tr("%1 essays match, best %2 shown (%3 ms)")
                         .arg(results.total)
                         .arg(results.hits.size())
                         .arg(elapsedMs)
                   : (results.total == 1
                          ? tr("1 essay matches (%1 ms)").arg(elapsedMs)
                          : tr("%1 essays match (%2 ms)").arg(results.total).arg(elapsedMs))));
    emit searched();
}

void SearchPanel::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    QList<QPair<int, int>> highlights;
    for (const QVariant &span : item->data(HighlightsRole).toList())
        highlights.append({span.toPoint().x(), span.toPoint().y()});
    emit hitActivated(item->data(EssayRole).toLongLong(), item->data(BlockRole).toInt(),
                      highlights);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_query && enter) {
            // Enter in the box: search now if a search is pending, else open the hit.
            if (m_debounce->isActive())
                searchNow();
            else
                activate(m_hits->currentItem());
            return true;
        }
        if (watched == m_query && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            // Arrow keys walk the hits without leaving the box.
            const int row = m_hits->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_hits->count())
                m_hits->setCurrentRow(row);
            return true;
        }
        if (watched == m_hits && enter) {
            activate(m_hits->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace duizhao
