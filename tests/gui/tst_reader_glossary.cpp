#include "GlossaryExport.h"
#include "Library.h"
#include "ReaderTestLibrary.h"
#include "glossary/GlossaryWorkspace.h"
#include "reader/EssayView.h"
#include "search/SearchPanel.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

using namespace duizhao;
using namespace Qt::StringLiterals;

// The glossary in the reader (issue 17), on the project's own samples: its terms marked
// in both columns (a folded Chinese match included) and the switch that turns that off,
// the search chip that widens a query with a term's counterpart, a pair made from two
// selections, and the dock's CSV and TBX export read back.
class TestReaderGlossary : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    EssayView *view() const { return m_window->essayView(); }
    QTextBrowser *browser() const { return view()->browser(); }
    GlossaryWorkspace *glossary() const { return m_window->glossary(); }

    int positionOf(const QString &text, int from = 0) const
    {
        return browser()->document()->find(text, from).selectionStart();
    }

    // Whether a marked glossary span starts at `position` and is `length` long.
    bool marked(int position, int length) const
    {
        return view()->glossarySpans().contains(QPair<int, int>(position, position + length));
    }

    // Whether the page draws an underlined extra selection over `position`.
    bool underlined(int position) const
    {
        for (const QTextEdit::ExtraSelection &extra : browser()->extraSelections()) {
            if (extra.format.underlineStyle() != QTextCharFormat::NoUnderline &&
                extra.cursor.selectionStart() <= position && position < extra.cursor.selectionEnd())
                return true;
        }
        return false;
    }

    void removeAllTerms()
    {
        Library library(m_library.path());
        for (const GlossaryTerm &term : library.glossary().all())
            library.glossary().remove(term.id);
        glossary()->refresh();
    }

    bool search(const QString &query)
    {
        SearchPanel *panel = m_window->searchPanel();
        QSignalSpy searched(panel, &SearchPanel::searched);
        panel->queryEdit()->setText(query);
        panel->searchNow();
        return searched.wait(5000);
    }

    void select(const QString &text)
    {
        const int at = positionOf(text);
        QVERIFY(at >= 0);
        QTextCursor cursor(browser()->document());
        cursor.setPosition(at);
        cursor.setPosition(at + int(text.size()), QTextCursor::KeepAnchor);
        browser()->setTextCursor(cursor);
    }

private slots:
    void initTestCase()
    {
        m_ids = m_library.importSamples();
        QVERIFY(m_ids.contains(u"sample-bilingual-chips.txt"_s));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        removeAllTerms();
        view()->setGlossaryHighlighted(true);
        QVERIFY(m_window->openEssay(m_ids.value(u"sample-bilingual-chips.txt"_s)));
    }

    void highlightBothColumns()
    {
        // stored as the mainland 芯片; the page writes the Taiwan 晶片
        QVERIFY(glossary()->storeTerm(u"chip"_s, u"芯片"_s, u"PRC spelling"_s) > 0);
        const int english = positionOf(u"Chip Subsidy"_s);
        const int chinese = positionOf(u"晶片補貼"_s);
        QVERIFY(english >= 0 && chinese >= 0);
        QVERIFY(marked(english, 4)); // case-insensitive
        QVERIFY(marked(chinese, 2)); // folded: 晶片 is 芯片
        QVERIFY(underlined(english));
        QVERIFY(underlined(chinese));
        // whole words only: the "chip" inside another word is not marked
        for (const auto &[start, end] : view()->glossarySpans()) {
            QTextCursor cursor(browser()->document());
            cursor.setPosition(start);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            const QString text = cursor.selectedText();
            QVERIFY2(text.compare(u"chip"_s, Qt::CaseInsensitive) == 0 || text == u"晶片"_s,
                     qPrintable(text));
        }
        // the tooltip: the counterpart and the note
        const std::optional<GlossaryTerm> term = view()->glossaryTermAt(chinese + 1);
        QVERIFY(term);
        const QString tip = EssayView::glossaryToolTip(*term);
        QVERIFY(tip.contains(u"chip"_s) && tip.contains(u"PRC spelling"_s));

        // off: nothing marked, nothing drawn; on again after a new page
        QAction *toggle = view()->glossaryHighlightAction();
        QVERIFY(m_window->findChild<QAction *>(u"glossaryHighlightAction"_s) == toggle);
        toggle->trigger();
        QVERIFY(!view()->isGlossaryHighlighted());
        QVERIFY(view()->glossarySpans().isEmpty());
        QVERIFY(!underlined(english));
        QVERIFY(!underlined(chinese));
        toggle->trigger();
        view()->setRawView(true);
        view()->setRawView(false);
        QVERIFY(marked(positionOf(u"晶片補貼"_s), 2));

        // a change of the glossary marks again
        removeAllTerms();
        QVERIFY(view()->glossarySpans().isEmpty());
    }

    void searchChip()
    {
        QToolButton *chip = m_window->searchPanel()->glossaryChip();
        QVERIFY(chip);
        chip->setChecked(false);
        QVERIFY(glossary()->storeTerm(u"photolithography"_s, u"微影"_s, {}) > 0);
        QVERIFY(search(u"photolithography"_s));
        QCOMPARE(m_window->searchPanel()->results().total, 0);
        chip->setChecked(true);
        QVERIFY(search(u"photolithography"_s));
        QVERIFY(m_window->searchPanel()->results().total >= 1);
        bool chips = false;
        for (const SearchHit &hit : m_window->searchPanel()->results().hits)
            chips = chips || hit.essayId == m_ids.value(u"sample-bilingual-chips.txt"_s);
        QVERIFY(chips);
        chip->setChecked(false);
        QVERIFY(search(u"photolithography"_s));
        QCOMPARE(m_window->searchPanel()->results().total, 0);
        m_window->searchPanel()->queryEdit()->clear();
    }

    void pairFromTwoSelections()
    {
        select(u"fabrication plants"_s);
        glossary()->addTermAction()->trigger();
        QDialog *dialog = glossary()->pairDialog();
        QVERIFY(dialog);
        auto *english = dialog->findChild<QLineEdit *>(u"glossaryPairEnglish"_s);
        auto *chinese = dialog->findChild<QLineEdit *>(u"glossaryPairChinese"_s);
        QCOMPARE(english->text(), u"fabrication plants"_s);
        QVERIFY(chinese->text().isEmpty());
        // the dialog stays open while the reader selects the counterpart
        select(u"晶圓廠"_s);
        QCOMPARE(chinese->text(), u"晶圓廠"_s);
        QCOMPARE(english->text(), u"fabrication plants"_s);
        dialog->findChild<QLineEdit *>(u"glossaryPairNote"_s)->setText(u"fab"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!glossary()->pairDialog());

        Library library(m_library.path());
        const QList<GlossaryTerm> terms = library.glossary().all();
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms[0].english, u"fabrication plants"_s);
        QCOMPARE(terms[0].chinese, u"晶圓廠"_s);
        QCOMPARE(terms[0].note, u"fab"_s);
        QVERIFY(marked(positionOf(u"fabrication plants"_s), 18)); // and marked at once
    }

    void exportCsvAndTbx()
    {
        QVERIFY(glossary()->storeTerm(u"chip"_s, u"芯片"_s, u"a \"quoted\" note"_s) > 0);
        QVERIFY(glossary()->storeTerm(u"subsidy"_s, u"補貼"_s, {}) > 0);
        QVERIFY(m_window->findChild<QToolButton *>(u"glossaryExportButton"_s));
        const QString tbxPath = m_dir.filePath(u"glossary.tbx"_s);
        QCOMPARE(glossary()->exportTo(tbxPath, GlossaryWorkspace::ExportFormat::Tbx), QString());
        QFile tbx(tbxPath);
        QVERIFY(tbx.open(QIODevice::ReadOnly));
        const QList<GlossaryTerm> back = GlossaryExport::readTbx(tbx.readAll());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].english, u"chip"_s);
        QCOMPARE(back[0].chinese, u"芯片"_s);
        QCOMPARE(back[0].note, u"a \"quoted\" note"_s);
        QCOMPARE(back[1].chinese, u"補貼"_s);

        const QString csvPath = m_dir.filePath(u"glossary.csv"_s);
        QCOMPARE(glossary()->exportTo(csvPath, GlossaryWorkspace::ExportFormat::Csv), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), GlossaryExport::csv(Library(m_library.path()).glossary().all()));
        // a folder that is not there: a reason, no file
        QVERIFY(!glossary()
                     ->exportTo(m_dir.filePath(u"missing/g.tbx"_s),
                                GlossaryWorkspace::ExportFormat::Tbx)
                     .isEmpty());
    }
};

QTEST_MAIN(TestReaderGlossary)
#include "tst_reader_glossary.moc"
