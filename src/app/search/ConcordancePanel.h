#pragma once

#include "Concordance.h"
#include "EssayFilter.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace duizhao {

class ConcordanceJob;

// The concordance tab beside Search: every match of a query as a line, left context |
// hit | right context aligned on the hit, in the original script, with the pair's other
// side beside it (its likely equivalent marked). Sorted by essay, date, left or right
// context; filtered by block language and kind, outlet and dates; the folding of search
// (exact script, exact vocabulary). Runs on a ConcordanceJob with progress and cancel.
// Enter or a double-click opens the line's essay at the hit (lineActivated, the same
// path as a search hit); Export writes the lines as CSV.
class ConcordancePanel : public QWidget
{
    Q_OBJECT

public:
    // Lines listed at most; a sort other than essay order over a longer result is run
    // again on the worker, which sorts every line.
    static constexpr int kLimit = 2000;
    enum Column { EssayColumn, LeftColumn, HitColumn, RightColumn, CounterpartColumn };

    explicit ConcordancePanel(QWidget *parent = nullptr);

    void setLibraryPath(const QString &path);
    // The guesses for the counterpart column; empty (the default): the library's glossary
    // and the dictionary (TermEquivalents, on the worker). The hit itself, folded, is
    // always looked for as well.
    void setEquivalents(Equivalents equivalents) { m_equivalents = std::move(equivalents); }
    // The outlet and date fields (EssayFilter's), as the statistics window asks.
    void setEssayFilter(const EssayFilter &filter);
    void run();
    void cancel();
    bool isRunning() const;
    // Writes the lines as CSV (Concordance::toCsv); false with a reason in the status.
    bool exportCsv(const QString &path);

    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *orderBox() const { return m_order; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    const ConcordanceResults &results() const { return m_results; }

    void focusQuery();

signals:
    void lineActivated(qint64 essayId, int block, const QList<QPair<int, int>> &highlights);
    // Every finished run (tests wait on it).
    void finished();

private:
    ConcordanceOrder order() const;
    void onFinished(const ConcordanceResults &results, const QString &error, qint64 elapsedMs);
    void onOrderChanged();
    void fill();
    void activate(int row);
    void chooseExportFile();

    QLineEdit *m_query = nullptr;
    QComboBox *m_order = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QCheckBox *m_exactScript = nullptr;
    QCheckBox *m_exactVocabulary = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    ConcordanceJob *m_job = nullptr;
    Equivalents m_equivalents;
    ConcordanceResults m_results;
};

} // namespace duizhao
