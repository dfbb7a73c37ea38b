#include "ReaderTestLibrary.h"
#include "reader/EssayView.h"
#include "search/SearchPanel.h"
#include "shell/MainWindow.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace duizhao;

// The search panel: debounced searching on a worker, hits with title and marked
// snippet, and Enter / double-click opening the essay at the matched block.
class TestReaderSearch : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<MainWindow> m_window;

    SearchPanel *panel() const { return m_window->searchPanel(); }

    bool waitForSearch()
    {
        QSignalSpy searched(panel(), &SearchPanel::searched);
        return searched.wait(5000);
    }

    QString shownText(const QPair<int, int> &span) const
    {
        const QString page = m_window->essayView()->browser()->document()->toPlainText();
        return page.mid(span.first, span.second - span.first);
    }

private slots:
    void initTestCase()
    {
        m_ids = m_library.importSamples();
        QVERIFY(m_ids.size() >= 4);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->searchDock()->isVisible());
        QTRY_VERIFY(panel()->queryEdit()->hasFocus());
    }

    void typingIsDebounced()
    {
        const int runs = panel()->runCount();
        // 芯片 typed one character at a time, faster than the debounce.
        panel()->queryEdit()->insert(QStringLiteral("\u82af"));
        QTest::qWait(SearchPanel::kDebounceMs / 4);
        panel()->queryEdit()->insert(QStringLiteral("\u7247"));
        QVERIFY(waitForSearch());
        QCOMPARE(panel()->runCount(), runs + 1);
        QTRY_VERIFY(!panel()->isSearching());
    }

    void hitsShowTitleAndMarkedSnippet()
    {
        // 芯片 finds the Taiwan spelling 晶片 in the bilingual sample.
        const SearchResults &results = panel()->results();
        QVERIFY(results.total >= 1);
        QCOMPARE(panel()->hitList()->count(), results.hits.size());
        const qint64 chips = m_ids.value(QStringLiteral("sample-bilingual-chips.txt"));
        bool found = false;
        for (int row = 0; row < panel()->hitList()->count(); ++row) {
            const SearchHit &hit = results.hits.at(row);
            QCOMPARE(panel()->hitList()->item(row)->text(), hit.title);
            QVERIFY(hit.snippet.contains(u'\u00ab') && hit.snippet.contains(u'\u00bb'));
            found = found || hit.essayId == chips;
        }
        QVERIFY(found);
        QVERIFY(!panel()->statusLabel()->text().isEmpty());
    }

    void enterOpensTheHit()
    {
        panel()->hitList()->setCurrentRow(0);
        const SearchHit hit = panel()->results().hits.at(0);
        QTest::keyClick(panel()->queryEdit(), Qt::Key_Return);
        QCOMPARE(m_window->currentEssayId(), hit.essayId);
        const QList<QPair<int, int>> spans = m_window->essayView()->hitSpans();
        QCOMPARE(spans.size(), hit.highlights.size());
        for (const auto &span : spans)
            QCOMPARE(shownText(span), QStringLiteral("\u6676\u7247")); // 晶片, as written
        // The block is scrolled into view.
        QTextCursor cursor(m_window->essayView()->browser()->document());
        cursor.setPosition(spans.first().first);
        const QRect rect = m_window->essayView()->browser()->cursorRect(cursor);
        QVERIFY(m_window->essayView()->browser()->viewport()->rect().contains(rect.center()));
    }

    void doubleClickOpensTheHit()
    {
        // A hit in another essay: 标准 (the traditional essay writes 標準).
        m_window->openEssay(m_ids.value(QStringLiteral("sample-bilingual-chips.txt")));
        panel()->queryEdit()->setText(QStringLiteral("\u6807\u51c6"));
        QVERIFY(waitForSearch());
        QVERIFY(panel()->hitList()->count() >= 1);
        const SearchHit hit = panel()->results().hits.at(0);
        QListWidget *list = panel()->hitList();
        const QRect rect = list->visualItemRect(list->item(0));
        // What a real double-click sends: a click, then the double-click.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->currentEssayId(), hit.essayId);
        QVERIFY(!m_window->essayView()->hitSpans().isEmpty());
        QCOMPARE(shownText(m_window->essayView()->hitSpans().first()),
                 QStringLiteral("\u6a19\u6e96"));
    }

    void badQueryIsReported()
    {
        panel()->queryEdit()->setText(QStringLiteral("\"unbalanced"));
        panel()->searchNow();
        QVERIFY(waitForSearch());
        QCOMPARE(panel()->hitList()->count(), 0);
        QVERIFY(!panel()->statusLabel()->text().isEmpty());
    }

    // The worker keeps its library open between searches, and still sees what was
    // imported since (by another connection, as the import worker is), and a library
    // opened in the panel's place.
    void laterSearchesSeeNewEssaysAndAnotherLibrary()
    {
        const auto hitsFor = [&](const QString &query) {
            panel()->queryEdit()->setText(query);
            panel()->searchNow();
            return waitForSearch() ? panel()->results().total : -1;
        };
        QCOMPARE(hitsFor(QStringLiteral("zymurgy")), 0);
        const QString added =
            m_library.writeFile(QStringLiteral("later/zymurgy.txt"),
                                "On Zymurgy\n\nA paragraph about zymurgy and its policy.\n");
        QCOMPARE(m_library.import({added}).size(), 1);
        QCOMPARE(hitsFor(QStringLiteral("zymurgy")), 1);

        ReaderTestLibrary other;
        const QString elsewhere = other.writeFile(QStringLiteral("quokka.txt"),
                                                  "On Quokkas\n\nA paragraph about the quokka.\n");
        QCOMPARE(other.import({elsewhere}).size(), 1);
        panel()->setLibraryPath(other.path());
        QCOMPARE(hitsFor(QStringLiteral("quokka")), 1);
        QCOMPARE(hitsFor(QStringLiteral("zymurgy")), 0);
        panel()->setLibraryPath(m_library.path());
        QCOMPARE(hitsFor(QStringLiteral("quokka")), 0);
        QCOMPARE(hitsFor(QStringLiteral("zymurgy")), 1);
    }

    void emptyQueryClears()
    {
        panel()->queryEdit()->clear();
        panel()->searchNow();
        QCOMPARE(panel()->hitList()->count(), 0);
    }
};

QTEST_MAIN(TestReaderSearch)
#include "tst_reader_search.moc"
