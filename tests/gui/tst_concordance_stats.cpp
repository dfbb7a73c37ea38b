#include "ReaderTestLibrary.h"
#include "reader/EssayView.h"
#include "search/ConcordancePanel.h"
#include "shell/MainWindow.h"
#include "stats/StatisticsWindow.h"

#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// The concordance tab and the statistics window on the project's samples, offscreen:
// lines aligned on the hit with the counterpart beside them, sorting, opening an essay
// at the hit, CSV export; the charts, a bar's click, PNG and SVG. With
// DUIZHAO_SCREENSHOT_DIR set, both are saved as PNG there (1366×768 under xvfb-run).
class TestConcordanceStats : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;

    ConcordancePanel *panel() const { return m_window->concordancePanel(); }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name);
    }

private slots:
    void initTestCase()
    {
        m_ids = m_library.importSamples();
        QVERIFY(m_ids.size() >= 4);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->concordanceDock()->toggleViewAction()->trigger();
        QVERIFY(m_window->concordanceDock()->isVisible());
    }

    void listsLinesWithCounterparts()
    {
        QSignalSpy finished(panel(), &ConcordancePanel::finished);
        panel()->queryEdit()->setText(QStringLiteral("芯片"));
        QTest::keyClick(panel()->queryEdit(), Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        QTableWidget *table = panel()->table();
        QVERIFY(table->rowCount() >= 6);
        QCOMPARE(table->rowCount(), panel()->results().lines.size());
        QSet<QString> hits;
        bool paired = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            hits.insert(table->item(row, ConcordancePanel::HitColumn)->text());
            paired =
                paired || !table->item(row, ConcordancePanel::CounterpartColumn)->text().isEmpty();
        }
        QVERIFY(hits.contains(QStringLiteral("芯片")));
        QVERIFY(hits.contains(QStringLiteral("晶片"))); // 芯片 finds 晶片
        QVERIFY(paired);
        // The dictionary's equivalent is marked in the English counterpart: "chip".
        bool marked = false;
        for (const ConcordanceLine &line : panel()->results().lines) {
            const QList<uint> counterpart = line.counterpart.toUcs4();
            for (const auto &[start, end] : line.equivalents) {
                const QString text = QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(counterpart.data()) + start, end - start);
                marked = marked || text.startsWith(QStringLiteral("chip"), Qt::CaseInsensitive);
            }
        }
        QVERIFY(marked);
        QVERIFY(panel()->statusLabel()->text().contains(QString::number(table->rowCount())));
        m_window->concordanceDock()->setFloating(true);
        m_window->concordanceDock()->resize(1300, 500);
        QTest::qWait(50);
        screenshot(m_window->concordanceDock(), QStringLiteral("concordance.png"));
        m_window->concordanceDock()->setFloating(false);
    }

    void sortsByRightContext()
    {
        QSignalSpy finished(panel(), &ConcordancePanel::finished);
        panel()->orderBox()->setCurrentIndex(
            panel()->orderBox()->findData(int(ConcordanceOrder::Right)));
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        const QList<ConcordanceLine> &lines = panel()->results().lines;
        QList<ConcordanceLine> sorted = lines;
        Concordance::sort(sorted, ConcordanceOrder::Right);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i].right, sorted[i].right);
        QCOMPARE(panel()->table()->item(0, ConcordancePanel::RightColumn)->text(),
                 lines.first().right);
    }

    void doubleClickOpensTheEssayAtTheHit()
    {
        QTableWidget *table = panel()->table();
        QSignalSpy activated(panel(), &ConcordancePanel::lineActivated);
        const ConcordanceLine line = panel()->results().lines.first();
        const QRect cell = table->visualRect(table->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), line.essayId);
        QCOMPARE(activated.first().at(1).toInt(), line.block);
        QTRY_COMPARE(m_window->essayView()->essayId(), line.essayId);
    }

    void exportsCsv()
    {
        const QString path = m_out.filePath(QStringLiteral("lines.csv"));
        QVERIFY(panel()->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = file.readAll().split('\n');
        QVERIFY(rows.first().startsWith("essay,title,date,block"));
        QCOMPARE(rows.size() - 2, panel()->results().lines.size()); // header, final newline
    }

    void statisticsChartsClickAndSave()
    {
        StatisticsWindow *window = m_window->statisticsWindow();
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy computed(window, &StatisticsWindow::computed);
        window->termEdit()->setText(QStringLiteral("芯片"));
        window->refresh();
        QVERIFY(computed.wait(10000));
        QVERIFY(window->statistics());
        QCOMPARE(window->statistics()->essays.total, m_ids.size());
        window->showChart(StatisticsWindow::Chart::EssaysByLanguage);
        QVERIFY(!window->barKeys().isEmpty());
        window->showChart(StatisticsWindow::Chart::TermByEssay);
        QVERIFY(window->barKeys().size() >= 2);
        screenshot(window, QStringLiteral("statistics.png"));
        QSignalSpy bar(window, &StatisticsWindow::barActivated);
        window->activateBar(0);
        QCOMPARE(bar.count(), 1);
        // The top essay by matches opens.
        QTRY_COMPARE(m_window->essayView()->essayId(), window->barKeys().first().toLongLong());
        const QString png = m_out.filePath(QStringLiteral("chart.png"));
        const QString svg = m_out.filePath(QStringLiteral("chart.svg"));
        QVERIFY(window->savePng(png));
        QVERIFY(window->saveSvg(svg));
        QVERIFY(QFileInfo(png).size() > 1000);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
    }

    // The outlet and date fields narrow every chart: the totals change with them.
    void statisticsFilterChangesTheCharts()
    {
        StatisticsWindow *window = m_window->statisticsWindow();
        QSignalSpy computed(window, &StatisticsWindow::computed);
        window->setEssayFilter({});
        window->termEdit()->setText(QStringLiteral("芯片"));
        window->refresh();
        QVERIFY(computed.wait(10000));
        const LibraryStatistics all = *window->statistics();
        QCOMPARE(all.essays.total, m_ids.size());
        QVERIFY(all.term && all.term->total > 0);

        // An outlet the library names, typed and entered: only its essays are counted.
        for (const StatisticsCount &outlet : all.essays.byOutlet) {
            if (outlet.key == LibraryStatistics::kUnknown || outlet.count == all.essays.total)
                continue;
            window->outletEdit()->setText(outlet.key);
            QTest::keyClick(window->outletEdit(), Qt::Key_Return);
            QVERIFY(computed.wait(10000));
            QCOMPARE(window->statistics()->essays.total, outlet.count);
            window->showChart(StatisticsWindow::Chart::EssaysByOutlet);
            QCOMPARE(window->barKeys(), QStringList{outlet.key});
            window->outletEdit()->clear();
            break;
        }

        // A range no essay falls in: every chart is empty, the term's too.
        window->fromEdit()->setText(QStringLiteral("1900"));
        window->toEdit()->setText(QStringLiteral("1900-12"));
        QTest::keyClick(window->toEdit(), Qt::Key_Return);
        QVERIFY(computed.wait(10000));
        QCOMPARE(window->statistics()->essays.total, 0);
        QVERIFY(window->statistics()->term);
        QCOMPARE(window->statistics()->term->total, 0);
        for (const auto chart :
             {StatisticsWindow::Chart::EssaysByLanguage, StatisticsWindow::Chart::EssaysByMonth,
              StatisticsWindow::Chart::TermByEssay, StatisticsWindow::Chart::TermByOutlet}) {
            window->showChart(chart);
            QVERIFY2(window->barKeys().isEmpty(), qPrintable(window->barKeys().join(u',')));
        }
        QCOMPARE(window->essayFilter().from, QStringLiteral("1900"));

        window->setEssayFilter({});
        window->refresh();
        QVERIFY(computed.wait(10000));
        QCOMPARE(window->statistics()->essays.total, all.essays.total);
        QCOMPARE(window->statistics()->term->total, all.term->total);
    }
};

QTEST_MAIN(TestConcordanceStats)
#include "tst_concordance_stats.moc"
