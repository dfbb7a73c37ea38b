#pragma once

#include "LibraryStatistics.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace duizhao {

class ConcordanceJob;

// The library at a glance, as bar charts (Qt Charts): essays by outlet, language and
// month (stacked by language), claims by verdict, type and tag (stacked by verdict), and
// with a term, its matches per essay, outlet and month. The outlet and date fields
// (EssayFilter) narrow every chart to the essays they keep. Computed on a ConcordanceJob
// worker (LibraryStatistics). Clicking a bar asks for what it counts (barActivated: the
// chart and the bar's key); any chart saves as PNG or SVG.
class StatisticsWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Chart {
        EssaysByOutlet,
        EssaysByLanguage,
        EssaysByMonth,
        ClaimsByVerdict,
        ClaimsByType,
        ClaimsByTag,
        TermByEssay,
        TermByOutlet,
        TermByMonth,
    };
    Q_ENUM(Chart)

    explicit StatisticsWindow(QWidget *parent = nullptr);

    void setLibraryPath(const QString &path);
    // Computes again (the term and the filter as typed).
    void refresh();
    // The outlet and date fields as a filter, and setting them (not computed again).
    EssayFilter essayFilter() const;
    void setEssayFilter(const EssayFilter &filter);
    void showChart(Chart chart);
    Chart chart() const;
    bool savePng(const QString &path);
    bool saveSvg(const QString &path);

    QLineEdit *termEdit() const { return m_term; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QComboBox *chartBox() const { return m_chartBox; }
    QChartView *chartView() const { return m_view; }
    const std::optional<LibraryStatistics> &statistics() const { return m_statistics; }
    // The bars of the chart shown, in order (tests).
    QStringList barKeys() const { return m_keys; }
    // As if the bar at `index` of the shown chart was clicked.
    void activateBar(int index);

signals:
    // `key` as the statistics name it (an outlet, a yyyy-MM month, a verdict, a tag…);
    // for TermByEssay the essay id as text.
    void barActivated(duizhao::StatisticsWindow::Chart chart, const QString &key);
    void computed();

private:
    void onFinished(const std::optional<LibraryStatistics> &statistics, const QString &error,
                    qint64 elapsedMs);
    void draw();
    void save(bool svg);

    QLineEdit *m_term = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_chartBox = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_savePng = nullptr;
    QPushButton *m_saveSvg = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_view = nullptr;
    ConcordanceJob *m_job = nullptr;
    std::optional<LibraryStatistics> m_statistics;
    QStringList m_keys;
};

} // namespace duizhao
