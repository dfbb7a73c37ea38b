#include "Startup.h"

#include "MainWindow.h"
#include "reader/EssayView.h"
#include "search/SearchPanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace duizhao {

namespace {

// Time for the first essay to be laid out and painted before --screenshot grabs it.
constexpr int kScreenshotDelayMs = 250;

} // namespace

Startup::Startup(MainWindow &window, Options options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{}

void Startup::printError(const QString &text)
{
    std::fputs(QString(QStringLiteral("duizhao: ") + text + u'\n').toLocal8Bit().constData(),
               stderr);
}

bool Startup::start()
{
    bool opened = true;
    if (!m_window.setLibraryPath(m_options.libraryPath)) {
        printError(m_window.lastError().simplified());
        m_failed = true;
        opened = false;
    }
    if (!m_options.imports.isEmpty() && m_window.hasLibrary()) {
        connect(
            &m_window, &MainWindow::importFinished, this,
            [this](const QList<ImportResult> &results) {
                for (const ImportResult &result : results) {
                    if (result.status == ImportResult::Status::Failed) {
                        printError(
                            QStringLiteral("import failed: %1: %2").arg(result.path, result.error));
                        m_failed = true;
                    }
                }
                present();
            },
            Qt::SingleShotConnection);
        using Feedback = MainWindow::ImportFeedback;
        m_window.importPaths(m_options.imports,
                             m_options.screenshot.isEmpty() ? Feedback::Dialog : Feedback::Quiet);
    } else {
        present();
    }
    return opened;
}

void Startup::present()
{
    m_window.show();
    if (m_options.openId > 0) {
        if (!m_window.openEssay(m_options.openId)) {
            printError(QStringLiteral("no essay %1 in %2")
                           .arg(QString::number(m_options.openId), m_options.libraryPath));
            m_failed = true;
        }
    } else {
        m_window.openDefaultEssay();
    }
    if (m_options.highlightBlock)
        m_window.essayView()->highlightCounterpart(*m_options.highlightBlock);
    if (m_options.searchQuery.isEmpty()) {
        shoot();
        return;
    }
    SearchPanel *panel = m_window.searchPanel();
    // The dock takes its width from the window, not from the library and the essay.
    m_window.resize(m_window.width() + 280, m_window.height());
    m_window.searchDock()->show();
    connect(
        panel, &SearchPanel::searched, this,
        [this, panel] {
            if (!panel->results().hits.isEmpty()) {
                const SearchHit &hit = panel->results().hits.constFirst();
                m_window.openSearchHit(hit.essayId, hit.block, hit.highlights);
            }
            shoot();
        },
        Qt::SingleShotConnection);
    panel->queryEdit()->setText(m_options.searchQuery);
    panel->searchNow();
}

void Startup::shoot()
{
    if (m_options.screenshot.isEmpty())
        return;
    QTimer::singleShot(kScreenshotDelayMs, this, [this] {
        if (!m_window.grab().save(m_options.screenshot, "PNG")) {
            printError(QStringLiteral("cannot write the screenshot %1").arg(m_options.screenshot));
            m_failed = true;
        }
        QApplication::exit(m_failed ? 1 : 0);
    });
}

} // namespace duizhao
