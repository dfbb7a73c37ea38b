#include "StatisticsWindow.h"

#include "search/ConcordanceJob.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

namespace duizhao {

namespace {

// Bars shown at most: the rest of a long tail (tags, essays) is left out of the chart.
constexpr int kMostBars = 30;

StatisticsTable tableOf(const StatisticsCounts &counts, const QString &segment)
{
    StatisticsTable table;
    table.segments << segment;
    for (const StatisticsCount &count : counts) {
        table.bars << count.key;
        table.counts << QList<int>{count.count};
    }
    return table;
}

} // namespace

StatisticsWindow::StatisticsWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_job(new ConcordanceJob(this))
{
    setWindowTitle(tr("Library Statistics"));
    setObjectName(QStringLiteral("statisticsWindow"));
    m_term = new QLineEdit(this);
    m_term->setPlaceholderText(tr("Term (optional): 芯片, \"Silicon Valley\""));
    m_term->setClearButtonEnabled(true);
    m_outlet = new QLineEdit(this);
    m_outlet->setPlaceholderText(tr("Outlet"));
    m_outlet->setClearButtonEnabled(true);
    m_outlet->setToolTip(tr("Count only the essays of this outlet (as the library table "
                            "shows it)"));
    m_from = new QLineEdit(this);
    m_from->setPlaceholderText(tr("From (2024-01)"));
    m_from->setToolTip(tr("First date counted: a year, a month or a day (yyyy-MM-dd)"));
    m_to = new QLineEdit(this);
    m_to->setPlaceholderText(tr("To"));
    m_to->setToolTip(tr("Last date counted, included; undated essays are left out when a "
                        "date is given"));
    m_chartBox = new QComboBox(this);
    m_chartBox->addItem(tr("Essays by outlet"), int(Chart::EssaysByOutlet));
    m_chartBox->addItem(tr("Essays by language"), int(Chart::EssaysByLanguage));
    m_chartBox->addItem(tr("Essays by month"), int(Chart::EssaysByMonth));
    m_chartBox->addItem(tr("Claims by verdict"), int(Chart::ClaimsByVerdict));
    m_chartBox->addItem(tr("Claims by type"), int(Chart::ClaimsByType));
    m_chartBox->addItem(tr("Claims by tag"), int(Chart::ClaimsByTag));
    m_chartBox->addItem(tr("Term: matches per essay"), int(Chart::TermByEssay));
    m_chartBox->addItem(tr("Term: matches per outlet"), int(Chart::TermByOutlet));
    m_chartBox->addItem(tr("Term: matches per month"), int(Chart::TermByMonth));
    m_refresh = new QPushButton(tr("Count"), this);
    m_savePng = new QPushButton(tr("Save PNG…"), this);
    m_saveSvg = new QPushButton(tr("Save SVG…"), this);
    m_status = new QLabel(this);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);

    auto *top = new QHBoxLayout;
    top->addWidget(m_term, 1);
    top->addWidget(m_outlet);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_refresh);
    top->addWidget(m_chartBox);
    top->addWidget(m_savePng);
    top->addWidget(m_saveSvg);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    resize(900, 600);

    for (QLineEdit *edit : {m_term, m_outlet, m_from, m_to})
        connect(edit, &QLineEdit::returnPressed, this, &StatisticsWindow::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &StatisticsWindow::refresh);
    connect(m_chartBox, &QComboBox::currentIndexChanged, this, &StatisticsWindow::draw);
    connect(m_savePng, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveSvg, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_job, &ConcordanceJob::statisticsFinished, this, &StatisticsWindow::onFinished);
}

void StatisticsWindow::setLibraryPath(const QString &path)
{
    m_job->setLibraryPath(path);
}

void StatisticsWindow::refresh()
{
    m_status->setText(tr("Counting…"));
    LibraryStatistics::Options options;
    options.filter = essayFilter();
    m_job->statistics(m_term->text().trimmed(), options);
}

EssayFilter StatisticsWindow::essayFilter() const
{
    return EssayFilter{m_outlet->text().trimmed(), m_from->text().trimmed(),
                       m_to->text().trimmed()};
}

void StatisticsWindow::setEssayFilter(const EssayFilter &filter)
{
    m_outlet->setText(filter.outlet);
    m_from->setText(filter.from);
    m_to->setText(filter.to);
}

StatisticsWindow::Chart StatisticsWindow::chart() const
{
    return Chart(m_chartBox->currentData().toInt());
}

void StatisticsWindow::showChart(Chart chart)
{
    m_chartBox->setCurrentIndex(m_chartBox->findData(int(chart)));
}

void StatisticsWindow::onFinished(const std::optional<LibraryStatistics> &statistics,
                                  const QString &error, qint64 elapsedMs)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
    } else if (statistics) {
        m_statistics = statistics;
        QString text = tr("%n essay(s), ", nullptr, statistics->essays.total) +
                       tr("%n claim(s)", nullptr, statistics->claims.total);
        if (statistics->term)
            text += tr("; %1: %n match(es)", nullptr, statistics->term->total)
                        .arg(statistics->term->query);
        m_status->setText(text + tr(" (%1 ms)").arg(elapsedMs));
        draw();
    }
    emit computed();
}

void StatisticsWindow::draw()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    m_keys.clear();
    StatisticsTable table;
    QStringList labels; // what a bar is called on its axis (the key, or an essay's title)
    if (m_statistics) {
        const LibraryStatistics &s = *m_statistics;
        switch (this->chart()) {
        case Chart::EssaysByOutlet:
            table = s.essays.outletByLanguage;
            break;
        case Chart::EssaysByLanguage:
            table = tableOf(s.essays.byLanguage, tr("Essays"));
            break;
        case Chart::EssaysByMonth:
            table = s.essays.monthByLanguage;
            break;
        case Chart::ClaimsByVerdict:
            table = tableOf(s.claims.byVerdict, tr("Claims"));
            break;
        case Chart::ClaimsByType:
            table = s.claims.typeByVerdict;
            break;
        case Chart::ClaimsByTag:
            table = s.claims.tagByVerdict;
            break;
        case Chart::TermByEssay:
            if (s.term) {
                table.segments << tr("Matches");
                for (const LibraryStatistics::TermEssay &row : s.term->byEssay) {
                    table.bars << QString::number(row.essay);
                    labels << row.title.left(24);
                    table.counts << QList<int>{row.hits};
                }
            }
            break;
        case Chart::TermByOutlet:
            if (s.term)
                table = tableOf(s.term->byOutlet, tr("Matches"));
            break;
        case Chart::TermByMonth:
            if (s.term)
                table = tableOf(s.term->byMonth, tr("Matches"));
            break;
        }
    }
    const int bars = int(std::min<qsizetype>(kMostBars, table.bars.size()));
    m_keys = table.bars.mid(0, bars);
    if (labels.isEmpty())
        labels = m_keys;
    labels = labels.mid(0, bars);
    // Horizontal bars, the largest on top: long outlet names and titles stay readable.
    std::reverse(labels.begin(), labels.end());
    auto *series = new QHorizontalStackedBarSeries;
    for (qsizetype segment = 0; segment < table.segments.size(); ++segment) {
        auto *set = new QBarSet(table.segments[segment]);
        for (int bar = bars - 1; bar >= 0; --bar)
            *set << table.counts[bar][segment];
        series->append(set);
    }
    connect(series, &QHorizontalStackedBarSeries::clicked, this,
            [this, bars](int index, QBarSet *) { activateBar(bars - 1 - index); });
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers();
    chart->setTitle(m_chartBox->currentText());
    chart->legend()->setVisible(table.segments.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void StatisticsWindow::activateBar(int index)
{
    if (index >= 0 && index < m_keys.size())
        emit barActivated(chart(), m_keys[index]);
}

bool StatisticsWindow::savePng(const QString &path)
{
    return m_view->grab().save(path, "PNG");
}

bool StatisticsWindow::saveSvg(const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(m_view->rect());
    svg.setTitle(m_chartBox->currentText());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_view->render(&painter);
    return painter.end();
}

void StatisticsWindow::save(bool svg)
{
    const QString filter = svg ? tr("SVG (*.svg)") : tr("PNG (*.png)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), svg ? tr("chart.svg") : tr("chart.png"), filter);
    if (path.isEmpty())
        return;
    if (!(svg ? saveSvg(path) : savePng(path)))
        m_status->setText(tr("Could not write %1").arg(path));
}

} // namespace duizhao
