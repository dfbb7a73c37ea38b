// What the reader costs a person waiting for it: the window's cold start on a library
// (to its first paint), opening the largest essays side by side (to their first paint)
// and switching their script, each next to a floor measured in the same run:
//
//   - cold start: a bare QMainWindow holding an empty QTableView, shown and painted;
//   - open: the essay's text alone laid out in a QTextBrowser as plain text, painted;
//   - script switch: OpenCC converting the essay's Chinese text alone.
//
//   bench_reader [--repeat N] [--json FILE] [--library FILE] [CORPUS_DIR]
//
// Without --library the corpus is imported into a temporary library first (a 10k-essay
// library made by bench_library can be named with --library). Medians of N rounds.
// Not a test: numbers are reported, never asserted.
#include "Importer.h"
#include "Library.h"
#include "ScriptConverter.h"
#include "reader/EssayView.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace duizhao;

namespace {

double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

double medianOf(int repeat, const std::function<double()> &round)
{
    QList<double> values;
    for (int i = 0; i < repeat; ++i)
        values << round();
    return median(values);
}

// Shown and painted: what the user sees, not only what was computed.
void paintNow(QWidget *widget)
{
    QCoreApplication::processEvents();
    widget->repaint();
}

struct Row {
    QString name;
    double ms;
    QString baselineName;
    double baselineMs;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QStringList arguments = app.arguments().mid(1);
    int repeat = 5;
    QString jsonPath;
    QString libraryPath;
    QString corpus = QStringLiteral(DUIZHAO_CORPUS_DIR);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--repeat" && i + 1 < arguments.size())
            repeat = std::max(1, arguments[++i].toInt());
        else if (arguments[i] == u"--json" && i + 1 < arguments.size())
            jsonPath = arguments[++i];
        else if (arguments[i] == u"--library" && i + 1 < arguments.size())
            libraryPath = arguments[++i];
        else
            corpus = arguments[i];
    }

    QTemporaryDir scratch;
    if (libraryPath.isEmpty()) {
        libraryPath = scratch.filePath(QStringLiteral("bench.sqlite"));
        Library library(libraryPath);
        Importer(library).run({corpus});
    }
    QList<EssayDetails> essays = Library(libraryPath).essays().all();
    if (essays.size() < 2) {
        std::fprintf(stderr, "bench_reader: the library needs at least two essays\n");
        return 2;
    }
    std::sort(essays.begin(), essays.end(), [](const EssayDetails &a, const EssayDetails &b) {
        return a.blockCount > b.blockCount;
    });

    QList<Row> rows;
    const double bareStart = medianOf(repeat, [] {
        return milliseconds([] {
            QMainWindow window;
            window.setCentralWidget(new QTableView);
            window.resize(1360, 860);
            window.show();
            paintNow(&window);
        });
    });
    const double coldStart = medianOf(repeat, [&] {
        return milliseconds([&] {
            MainWindow window;
            window.setLibraryPath(libraryPath);
            window.resize(1360, 860);
            window.show();
            paintNow(&window);
        });
    });
    rows << Row{QStringLiteral("cold start, %1 essays").arg(essays.size()), coldStart,
                QStringLiteral("bare window"), bareStart};

    MainWindow window;
    window.setLibraryPath(libraryPath);
    window.resize(1360, 860);
    window.show();
    paintNow(&window);
    EssayView *view = window.essayView();
    const EssayDetails &smallest = essays.constLast();
    // The two largest essays: one bilingual and one Chinese-only when the library has them.
    QList<EssayDetails> largest{essays.front()};
    for (const EssayDetails &essay : std::as_const(essays)) {
        if ((essay.languages.size() > 1) != (largest.front().languages.size() > 1)) {
            largest << essay;
            break;
        }
    }
    for (const EssayDetails &summary : std::as_const(largest)) {
        const Essay essay = *Library(libraryPath).essays().find(summary.id);
        QString text;
        QString chinese;
        for (const Block &block : essay.blocks) {
            text += block.text + u'\n';
            if (isChinese(block.language))
                chinese += block.text + u'\n';
        }
        const QString label = QStringLiteral("%1 (%2 blocks)")
                                  .arg(QFileInfo(essay.file).fileName().left(12))
                                  .arg(essay.blocks.size());

        const double plainLayout = medianOf(repeat, [&] {
            QTextBrowser browser;
            browser.resize(view->browser()->size());
            browser.show();
            return milliseconds([&] {
                browser.setPlainText(text);
                paintNow(&browser);
            });
        });
        const double open = medianOf(repeat, [&] {
            window.openEssay(smallest.id);
            paintNow(&window);
            return milliseconds([&] {
                window.openEssay(essay.id);
                paintNow(view);
            });
        });
        rows << Row{QStringLiteral("open side by side: ") + label, open,
                    QStringLiteral("plain text laid out"), plainLayout};

        const Language script = essay.script;
        const double convertOnly = medianOf(repeat, [&] {
            return milliseconds(
                [&] { ScriptConverter::instance().toView(chinese, script, ScriptView::Taiwan); });
        });
        const double toTaiwan = medianOf(repeat, [&] {
            view->setRightScript(ScriptView::Simplified);
            paintNow(view);
            return milliseconds([&] {
                view->setRightScript(ScriptView::Taiwan);
                paintNow(view);
            });
        });
        view->setRightScript(std::nullopt);
        rows << Row{QStringLiteral("script switch to Taiwan: ") + label, toTaiwan,
                    QStringLiteral("OpenCC alone"), convertOnly};
    }

    std::printf("%-52s %10s   %-22s %10s %7s\n", "measure", "ms", "baseline (same run)", "ms",
                "ratio");
    QJsonArray json;
    for (const Row &row : std::as_const(rows)) {
        const double ratio = row.baselineMs > 0 ? row.ms / row.baselineMs : 0.0;
        std::printf("%-52s %10.1f   %-22s %10.1f %6.1fx\n", qPrintable(row.name), row.ms,
                    qPrintable(row.baselineName), row.baselineMs, ratio);
        json.append(QJsonObject{{QStringLiteral("measure"), row.name},
                                {QStringLiteral("ms"), row.ms},
                                {QStringLiteral("baseline"), row.baselineName},
                                {QStringLiteral("baselineMs"), row.baselineMs},
                                {QStringLiteral("ratio"), ratio}});
    }
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_reader: cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("repeat"), repeat},
                                             {QStringLiteral("rows"), json}})
                       .toJson());
    }
    return 0;
}
