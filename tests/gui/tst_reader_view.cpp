#include "ReaderTestLibrary.h"
#include "ScriptConverter.h"
#include "reader/EssayView.h"
#include "reader/FindBar.h"
#include "reader/ScriptSwitch.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>

using namespace duizhao;

namespace duizhao {
// QCOMPARE's failure messages name the paragraph ("b12", "c12").
char *toString(const BlockAnchor &anchor)
{
    return QTest::toString(anchor.toString());
}
} // namespace duizhao

// The reading pane on the project's own samples: a bilingual essay's pairs share table
// rows, hovering a paragraph highlights its counterpart, the script switch converts
// the panes, and Ctrl+F finds across both panes with search's folding.
class TestReaderView : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<MainWindow> m_window;

    EssayView *view() const { return m_window->essayView(); }
    QTextDocument *document() const { return view()->browser()->document(); }

    Essay open(const QString &file)
    {
        const qint64 id = m_ids.value(file);
        if (!m_window->openEssay(id))
            return {};
        return *view()->essay();
    }

    // The table cell (row, column) holding a document position; (-1, -1) outside tables.
    QPair<int, int> cellAt(int position) const
    {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        QTextTable *table = cursor.currentTable();
        if (!table)
            return {-1, -1};
        const QTextTableCell cell = table->cellAt(cursor);
        return {cell.row(), cell.column()};
    }

    QString paragraphText(int blockIndex, bool copy = false) const
    {
        const QList<QPair<int, int>> spans = view()->paragraphSpans(blockIndex, copy);
        if (spans.isEmpty())
            return {};
        return document()->findBlock(spans.constLast().first).text();
    }

    // A point in the viewport inside a block's paragraph, scrolled into view.
    QPoint pointIn(int blockIndex) const
    {
        const int position = view()->paragraphSpans(blockIndex).constLast().first + 1;
        QTextCursor cursor(document());
        cursor.setPosition(position);
        view()->browser()->setTextCursor(cursor);
        view()->browser()->ensureCursorVisible();
        return view()->browser()->cursorRect(cursor).center();
    }

    static void choose(QComboBox *box, const QString &data)
    {
        const int index = box->findData(data);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        emit box->activated(index); // what a user's pick sends
    }

    void chooseRight(const QString &data) { choose(view()->scriptSwitch()->rightBox(), data); }
    void chooseLeft(const QString &data) { choose(view()->scriptSwitch()->leftBox(), data); }

private slots:
    void initTestCase()
    {
        m_ids = m_library.importSamples();
        QVERIFY(m_ids.contains(QStringLiteral("sample-bilingual-chips.txt")));
        QVERIFY(m_ids.contains(QStringLiteral("sample-hant-standards.txt")));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        view()->setRawView(false);
        view()->setLeftScript(ScriptView::Original);
        view()->setRightScript(std::nullopt);
        view()->setRightPaneShown(true);
    }

    void pairsShareARow()
    {
        const Essay essay = open(QStringLiteral("sample-bilingual-chips.txt"));
        QVERIFY(essay.pairs.size() >= 5);
        int checked = 0;
        for (const Pair &pair : essay.pairs) {
            QVERIFY(!pair.english.isEmpty() && !pair.chinese.isEmpty());
            if (essay.blocks[pair.english.first()].kind == BlockKind::Title)
                continue; // the header shows titles, one under the other
            const auto english = view()->paragraphSpans(pair.english.first());
            const auto chinese = view()->paragraphSpans(pair.chinese.first());
            QCOMPARE(english.size(), 1);
            QCOMPARE(chinese.size(), 1);
            const auto left = cellAt(english.first().first);
            const auto right = cellAt(chinese.first().first);
            QVERIFY2(left.first >= 0,
                     qPrintable(QStringLiteral("pair at block %1").arg(pair.english.first())));
            QCOMPARE(left.first, right.first);
            QCOMPARE(left.second, 0);
            QCOMPARE(right.second, 1);
            // The row shows exactly the two texts of the pair.
            QCOMPARE(paragraphText(pair.english.first()),
                     essay.blocks[pair.english.first()].text.trimmed());
            QCOMPARE(paragraphText(pair.chinese.first()),
                     essay.blocks[pair.chinese.first()].text.trimmed());
            ++checked;
        }
        QCOMPARE(checked, essay.pairs.size() - 1);
        // Residue stays out of the clean view.
        for (const Block &block : essay.blocks) {
            if (block.kind == BlockKind::Ad)
                QVERIFY(view()->paragraphSpans(block.index).isEmpty());
        }
    }

    void hoverHighlightsTheCounterpart()
    {
        const Essay essay = open(QStringLiteral("sample-bilingual-chips.txt"));
        const Pair &second = essay.pairs.at(1);
        const Pair &third = essay.pairs.at(2);
        QWidget *viewport = view()->browser()->viewport();

        QTest::mouseMove(viewport, pointIn(second.english.first()));
        QTRY_COMPARE(view()->highlightedAnchor(), BlockAnchor(second.english.first()));
        QCOMPARE(view()->counterpartAnchors(),
                 QList<BlockAnchor>{BlockAnchor(second.chinese.first())});
        // The counterpart is really tinted on the page.
        const int chineseStart = view()->paragraphSpans(second.chinese.first()).first().first;
        bool tinted = false;
        for (const QTextEdit::ExtraSelection &selection : view()->browser()->extraSelections())
            tinted = tinted || (selection.cursor.selectionStart() == chineseStart &&
                                selection.format.hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(tinted);

        // Hovering the Chinese side works the other way round.
        QTest::mouseMove(viewport, pointIn(third.chinese.first()));
        QTRY_COMPARE(view()->counterpartAnchors(),
                     QList<BlockAnchor>{BlockAnchor(third.english.first())});

        // A click pins the highlight: moving on leaves it.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, pointIn(second.english.first()));
        QCOMPARE(view()->highlightedAnchor(), BlockAnchor(second.english.first()));
        QTest::mouseMove(viewport, pointIn(third.english.first()));
        QCOMPARE(view()->highlightedAnchor(), BlockAnchor(second.english.first()));
        // Clicking the pinned paragraph releases it.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, pointIn(second.english.first()));
        const Pair &fourth = essay.pairs.at(3);
        QTest::mouseMove(viewport, pointIn(fourth.english.first()));
        QTRY_COMPARE(view()->highlightedAnchor(), BlockAnchor(fourth.english.first()));
    }

    void chineseOnlyScriptSwitch()
    {
        const Essay essay = open(QStringLiteral("sample-hant-standards.txt"));
        QCOMPARE(EssayHtml::layoutFor(essay), EssayHtml::Layout::ScriptCompanion);
        const ScriptConverter &converter = ScriptConverter::instance();
        const Block *paragraph = nullptr;
        for (const Block &block : essay.blocks) {
            if (block.kind == BlockKind::Paragraph &&
                converter.toView(block.text, block.language, ScriptView::Simplified) !=
                    block.text) {
                paragraph = &block;
                break;
            }
        }
        QVERIFY(paragraph);
        const QString original = paragraph->text.trimmed();
        const auto shown = [&](ScriptView script) {
            return converter.toView(original, paragraph->language, script);
        };

        // Default: the original left, simplified right, on the same row.
        QVERIFY(view()->scriptSwitch()->isVisible());
        QCOMPARE(view()->rightScript(), ScriptView::Simplified);
        QCOMPARE(paragraphText(paragraph->index), original);
        QCOMPARE(paragraphText(paragraph->index, true), shown(ScriptView::Simplified));
        QCOMPARE(cellAt(view()->paragraphSpans(paragraph->index).first().first).first,
                 cellAt(view()->paragraphSpans(paragraph->index, true).first().first).first);

        chooseRight(QStringLiteral("tw"));
        QCOMPARE(view()->rightScript(), ScriptView::Taiwan);
        QCOMPARE(paragraphText(paragraph->index, true), shown(ScriptView::Taiwan));
        chooseRight(QStringLiteral("hk"));
        QCOMPARE(paragraphText(paragraph->index, true), shown(ScriptView::HongKong));
        chooseLeft(QStringLiteral("hans"));
        QCOMPARE(paragraphText(paragraph->index), shown(ScriptView::Simplified));
        QCOMPARE(paragraphText(paragraph->index, true), shown(ScriptView::HongKong));

        // Hovering a block highlights its copy in the other script.
        QTest::mouseMove(view()->browser()->viewport(), pointIn(paragraph->index));
        QTRY_COMPARE(view()->counterpartAnchors(),
                     QList<BlockAnchor>{BlockAnchor(paragraph->index, true)});

        chooseRight(QStringLiteral("none"));
        QVERIFY(!view()->isRightPaneShown());
        QVERIFY(view()->paragraphSpans(paragraph->index, true).isEmpty());
        QCOMPARE(paragraphText(paragraph->index), shown(ScriptView::Simplified));
        chooseRight(QStringLiteral("auto"));
        QVERIFY(view()->isRightPaneShown());
        QCOMPARE(paragraphText(paragraph->index, true), shown(ScriptView::Simplified));
    }

    void conversionChoicesAreMarked()
    {
        const Essay essay = open(QStringLiteral("sample-hant-standards.txt"));
        const ScriptConverter &converter = ScriptConverter::instance();
        int marked = 0;
        for (const Block &block : essay.blocks) {
            if (block.kind != BlockKind::Paragraph)
                continue;
            const QString text = block.text.trimmed();
            QList<ConversionChoice> choices =
                converter.choices(text, block.language, ScriptView::Simplified);
            if (choices.isEmpty() || choices.first().chosen == 0)
                continue;
            // Characters kept as they were are not marked.
            choices.removeIf([](const ConversionChoice &c) { return c.chosen == c.source; });
            if (choices.isEmpty())
                continue;
            // Every choice has a tinted character with its candidates in a tooltip.
            const QTextBlock shown =
                document()->findBlock(view()->paragraphSpans(block.index, true).first().first);
            QStringList tips;
            for (auto it = shown.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().toolTip().isEmpty())
                    tips << it.fragment().charFormat().toolTip();
            }
            QCOMPARE(tips.size(), choices.size());
            QVERIFY(tips.first().startsWith(QString::fromUcs4(&choices.first().source, 1)));
            ++marked;
        }
        QVERIFY(marked > 0);
    }

    void bilingualChineseColumnSwitch()
    {
        const Essay essay = open(QStringLiteral("sample-bilingual-chips.txt"));
        QCOMPARE(view()->rightScript(), ScriptView::Original);
        const Block &chinese = essay.blocks[essay.pairs.at(1).chinese.first()];
        const QString simplified = ScriptConverter::instance().toView(
            chinese.text.trimmed(), chinese.language, ScriptView::Simplified);
        QVERIFY(simplified != chinese.text.trimmed());
        QVERIFY(!view()->scriptSwitch()->leftBox()->isVisible());
        chooseRight(QStringLiteral("hans"));
        QCOMPARE(paragraphText(chinese.index), simplified);
        // English is never converted.
        const Block &english = essay.blocks[essay.pairs.at(1).english.first()];
        QCOMPARE(paragraphText(english.index), english.text.trimmed());
    }

    void findAcrossBothPanes()
    {
        open(QStringLiteral("sample-hant-standards.txt"));
        const QString traditional = QStringLiteral("\u6a19\u6e96"); // 標準
        const QString simplified = QStringLiteral("\u6807\u51c6");  // 标准
        const QString page = document()->toPlainText();
        const int expected = int(page.count(traditional) + page.count(simplified));
        QVERIFY(page.count(traditional) > 0 && page.count(simplified) > 0);

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = view()->findBar();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->edit()->hasFocus());
        bar->edit()->insert(simplified); // keyClicks takes Latin-1 only
        QCOMPARE(view()->findMatchCount(), expected);
        QSet<int> columns;
        for (const auto &[start, end] : view()->findMatches()) {
            columns.insert(cellAt(start).second);
            const QString found = page.mid(start, end - start);
            QVERIFY2(found == traditional || found == simplified, qPrintable(found));
        }
        QVERIFY(columns.contains(0) && columns.contains(1));
        QVERIFY(bar->countLabel()->text().contains(QString::number(expected)));

        const int current = view()->currentFindMatch();
        QTest::keyClick(bar->edit(), Qt::Key_Return);
        QCOMPARE(view()->currentFindMatch(), (current + 1) % expected);
        QTest::keyClick(bar->edit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view()->currentFindMatch(), current);

        // A script switch re-runs the find on the new page.
        chooseRight(QStringLiteral("none"));
        QCOMPARE(view()->findMatchCount(), int(document()->toPlainText().count(traditional)));

        QTest::keyClick(bar->edit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(view()->findMatchCount(), 0);
    }

    void findFoldsRegionalVocabulary()
    {
        open(QStringLiteral("sample-bilingual-chips.txt"));
        const QString page = document()->toPlainText();
        const int expected = int(page.count(QStringLiteral("\u6676\u7247"))); // 晶片
        QVERIFY(expected > 0);
        QCOMPARE(view()->find(QStringLiteral("\u82af\u7247")), expected); // 芯片
        QCOMPARE(view()->find(QStringLiteral("CHIP")),
                 int(page.count(QStringLiteral("chip"), Qt::CaseInsensitive)));
        view()->find(QString());
    }

    void zoomChangesThePage()
    {
        open(QStringLiteral("sample-bilingual-chips.txt"));
        const int height = int(document()->size().height());
        view()->zoomInAction()->trigger();
        view()->zoomInAction()->trigger();
        QCOMPARE(view()->pointSize(), EssayHtml::kDefaultPointSize + 2);
        QVERIFY(document()->size().height() > height);
        view()->zoomResetAction()->trigger();
        QCOMPARE(view()->pointSize(), EssayHtml::kDefaultPointSize);
    }

    void readingSettingsAreRemembered()
    {
        // QStandardPaths test mode (ReaderTestLibrary) keeps the user's settings apart.
        QCoreApplication::setOrganizationName(QStringLiteral("DuizhaoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reader_view"));
        {
            MainWindow first;
            first.restoreSettings();
            first.essayView()->setPointSize(15);
            first.essayView()->setLeftScript(ScriptView::Simplified);
            first.essayView()->setRightScript(ScriptView::HongKong);
            first.essayView()->setRightPaneShown(false);
            first.saveSettings();
        }
        MainWindow second;
        second.restoreSettings();
        QCOMPARE(second.essayView()->pointSize(), 15);
        QCOMPARE(second.essayView()->leftScript(), ScriptView::Simplified);
        QCOMPARE(second.essayView()->rightScriptChoice(), std::optional(ScriptView::HongKong));
        QVERIFY(!second.essayView()->isRightPaneShown());
        QSettings().clear();
    }

    void darkPaletteGivesADarkPage()
    {
        open(QStringLiteral("sample-bilingual-chips.txt"));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x21, 0x24));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        view()->setPalette(dark); // the view re-renders from its palette
        QVERIFY(view()->html().contains(QStringLiteral("color:#e8eaed")));
        QVERIFY(!view()->html().contains(QStringLiteral("#f6f7f9")));
        view()->setPalette(QPalette());
        QVERIFY(!view()->html().contains(QStringLiteral("color:#e8eaed")));
    }

    void corpusEssaysSwitchScript()
    {
        // The shared corpus's largest essays, read in place: 000 (106 blocks, Chinese
        // only) and 004 (bilingual, 33 pairs). How long this takes is bench_reader's
        // business; here: the switch happens and only the Chinese column changes.
        const QDir corpus(QStringLiteral(DUIZHAO_CORPUS_DIR));
        const QStringList files =
            corpus.entryList({QStringLiteral("000_*.txt"), QStringLiteral("004_*.txt")});
        QCOMPARE(files.size(), 2);
        QStringList paths;
        for (const QString &file : files)
            paths << corpus.filePath(file);
        const QHash<QString, qint64> ids = m_library.import(paths);
        QCOMPARE(ids.size(), 2);
        m_window->refresh();
        for (const QString &file : files) {
            QVERIFY(m_window->openEssay(ids.value(file)));
            view()->setRightScript(ScriptView::Taiwan);
            QCOMPARE(view()->rightScript(), ScriptView::Taiwan);
            const QString taiwan = view()->browser()->toPlainText();
            view()->setRightScript(ScriptView::Simplified);
            QCOMPARE(view()->rightScript(), ScriptView::Simplified);
            const QString simplified = view()->browser()->toPlainText();
            QVERIFY2(taiwan != simplified, qPrintable(file));
            // 004's English column is the same in both.
            if (file.startsWith(QStringLiteral("004"))) {
                QVERIFY(taiwan.contains(QStringLiteral("Silicon Valley")));
                QVERIFY(simplified.contains(QStringLiteral("Silicon Valley")));
            }
        }
        view()->setRightScript(std::nullopt);
    }

    // Re-showing the essay being read (after an edit or an import) and zooming keep the
    // reader's place, although Qt lays a long page out lazily and its scroll range grows
    // as it does.
    void rereadingAndZoomKeepThePlace()
    {
        const QDir corpus(QStringLiteral(DUIZHAO_CORPUS_DIR));
        const QStringList files = corpus.entryList({QStringLiteral("000_*.txt")});
        QCOMPARE(files.size(), 1);
        const QHash<QString, qint64> ids = m_library.import({corpus.filePath(files.first())});
        m_window->refresh();
        const qint64 id = ids.value(files.first());
        QVERIFY(m_window->openEssay(id));
        QScrollBar *scroll = view()->browser()->verticalScrollBar();
        // The last paragraph, made visible: the page is laid out to its end.
        QTextCursor end(document());
        end.movePosition(QTextCursor::End);
        view()->browser()->setTextCursor(end);
        view()->browser()->ensureCursorVisible();
        QTRY_VERIFY(scroll->value() > 3 * view()->browser()->viewport()->height());
        const int place = scroll->value();

        view()->setEssay(*view()->essay()); // what a refresh does with the open essay
        QTest::qWait(200);                  // the rest of the page is laid out from the event loop
        QCOMPARE(scroll->value(), place);

        const double fraction = double(scroll->value()) / scroll->maximum();
        view()->zoomInAction()->trigger();
        QTest::qWait(200);
        QVERIFY(std::abs(double(scroll->value()) / scroll->maximum() - fraction) < 0.02);
        view()->zoomResetAction()->trigger();
    }

    // What the page shows, paragraph by paragraph: text, the block each paragraph stands
    // for (its user state), fonts and the conversion marks (tooltips), for comparing two
    // ways of making the same page.
    QStringList pageSummary() const
    {
        QStringList lines;
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            QString line = block.text() + u'#' + QString::number(block.userState());
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                line += u'|' + format.fontFamilies().toStringList().join(u',') + u'|' +
                        format.toolTip() + u'|' + QString::number(format.fontPointSize());
            }
            lines << line;
        }
        return lines;
    }

    void rightScriptSwitchInPlaceMatchesARebuiltPage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("inPlace");
        const QString bilingual = QStringLiteral("sample-bilingual-chips.txt");
        const QString traditional = QStringLiteral("sample-hant-standards.txt");
        QTest::newRow("bilingual, simplified") << bilingual << QStringLiteral("hans") << true;
        QTest::newRow("bilingual, Taiwan") << bilingual << QStringLiteral("tw") << true;
        QTest::newRow("traditional, simplified") << traditional << QStringLiteral("hans") << true;
        // The title reads the same in Hong Kong script: its copy goes, the page is rebuilt.
        QTest::newRow("traditional, Hong Kong") << traditional << QStringLiteral("hk") << false;
    }

    // A switch of the right script edits the laid-out page instead of building it again
    // (EssayView::replaceRightColumn): the page it leaves is the page a rebuild makes,
    // and everything that reads the page (anchors, counterparts, find) follows it.
    void rightScriptSwitchInPlaceMatchesARebuiltPage()
    {
        QFETCH(QString, file);
        QFETCH(QString, script);
        QFETCH(bool, inPlace);
        const Essay essay = open(file);
        const QString find = QStringLiteral("\u6676"); // 晶, in 晶片 of both scripts
        view()->find(find);
        // The page's first paragraph (the left title) keeps a mark of ours only if the
        // page is edited, not built again.
        struct Mark : QTextBlockUserData {
        };
        auto *mark = new Mark; // the document owns it
        document()->firstBlock().setUserData(mark);
        chooseRight(script);
        QCOMPARE(document()->firstBlock().userData() == mark, inPlace);
        const QStringList edited = pageSummary();
        const int matchesInPlace = view()->findMatchCount();
        // The raw view and back builds the page anew in the same scripts.
        view()->setRawView(true);
        view()->setRawView(false);
        QCOMPARE(pageSummary(), edited);
        QCOMPARE(view()->findMatchCount(), matchesInPlace);
        view()->find(QString());

        chooseRight(script == u"hans" ? QStringLiteral("hk") : QStringLiteral("hans"));
        chooseRight(script);
        QCOMPARE(pageSummary(), edited);
        // Every pair or converted copy still finds its counterpart.
        for (const Block &block : essay.blocks) {
            const bool copy = EssayHtml::layoutFor(essay) == EssayHtml::Layout::ScriptCompanion;
            if (view()->paragraphSpans(block.index, copy).isEmpty() ||
                block.kind == BlockKind::Title)
                continue;
            view()->highlightCounterpart(block.index, copy);
            QVERIFY2(!view()->counterpartAnchors().isEmpty() || !copy,
                     qPrintable(QStringLiteral("block %1").arg(block.index)));
        }
        view()->highlightCounterpart(-1);
    }
};

QTEST_MAIN(TestReaderView)
#include "tst_reader_view.moc"
