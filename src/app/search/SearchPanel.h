#pragma once

#include "GlossaryRepository.h"
#include "SearchResults.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QToolButton;

namespace duizhao {

class SearchJob;

// The search panel: a query box, searched as the user types (250 ms after the last
// key, on a SearchJob worker), and the hits, best first, each as the essay title over
// a snippet with the match marked. Enter or a double-click opens the hit:
// hitActivated() carries the essay, the block and the matched spans (code points of
// the block's original text).
// The "Glossary counterparts" chip beside the box (remembered in QSettings): when on, a
// query word that is a glossary term also finds its other-language form
// (GlossaryQuery::withCounterparts).
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit SearchPanel(QWidget *parent = nullptr);

    void setLibraryPath(const QString &path, bool readOnly = false);
    // Closes the search worker's connection to the library and waits for it.
    void releaseLibrary();
    // Searches now, without waiting for the debounce.
    void searchNow();
    // Re-runs the current query (after an import or an edit changed the library).
    void refresh();

    // The glossary the chip widens a query with; searches again when it is on.
    void setGlossaryTerms(const QList<GlossaryTerm> &terms);
    QToolButton *glossaryChip() const { return m_glossaryChip; }
    // What is searched for the box's text: widened by the glossary when the chip is on.
    QString effectiveQuery() const;

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *hitList() const { return m_hits; }
    QLabel *statusLabel() const { return m_status; }
    const SearchResults &results() const { return m_results; }
    bool isSearching() const;
    // Searches started (one per settled query, not per key).
    int runCount() const { return m_runs; }

    void focusQuery();

signals:
    void hitActivated(qint64 essayId, int block, const QList<QPair<int, int>> &highlights);
    // Every finished search (tests wait on it).
    void searched();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFinished(const SearchResults &results, const QString &error, qint64 elapsedMs);
    void activate(QListWidgetItem *item);

    QLineEdit *m_query = nullptr;
    QToolButton *m_glossaryChip = nullptr;
    QList<GlossaryTerm> m_glossaryTerms;
    QLabel *m_status = nullptr;
    QListWidget *m_hits = nullptr;
    QTimer *m_debounce = nullptr;
    SearchJob *m_job = nullptr;
    SearchResults m_results;
    int m_runs = 0;
};

} // namespace duizhao
