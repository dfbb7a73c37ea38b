#include "Dictionary.h"
#include "ReaderTestLibrary.h"
#include "glossary/GlossaryWorkspace.h"
#include "reader/EssayView.h"
#include "reader/PinyinLayer.h"
#include "reader/ScriptSwitch.h"
#include "reader/WordLookup.h"
#include "reader/WordPopup.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QPainter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace duizhao;
using namespace Qt::StringLiterals;

// The dictionary in the reader, on the project's own samples: the word popup (by
// position, hover and Ctrl+D, in a converted view too), selections snapped to words,
// pinyin over a pane (the page's text, find and script switch unchanged by it), adding a
// glossary term. With DUIZHAO_SCREENSHOT_DIR set, saves the popup and pinyin mode at
// 1366×768 (docs/screenshots).
class TestReaderDictionary : public QObject
{
    Q_OBJECT

    ReaderTestLibrary m_library;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<MainWindow> m_window;

    EssayView *view() const { return m_window->essayView(); }
    QTextBrowser *browser() const { return view()->browser(); }
    WordLookup *lookup() const { return m_window->wordLookup(); }

    int positionOf(const QString &text) const
    {
        return browser()->document()->find(text).selectionStart();
    }

    QPoint pointAt(int position) const
    {
        QTextCursor cursor(browser()->document());
        cursor.setPosition(position);
        browser()->setTextCursor(cursor);
        browser()->ensureCursorVisible();
        cursor.setPosition(position + 1);
        const QRect after = browser()->cursorRect(cursor);
        cursor.setPosition(position);
        const QRect before = browser()->cursorRect(cursor);
        return QPoint((before.left() + after.left()) / 2, before.center().y());
    }

    void saveScreenshot(const QString &name, QWidget *popup = nullptr)
    {
        const QString dir = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QPixmap shot = m_window->grab();
        if (popup && popup->isVisible()) {
            QPainter painter(&shot);
            painter.drawPixmap(popup->pos() - m_window->mapToGlobal(QPoint(0, 0)), popup->grab());
        }
        QVERIFY(shot.save(dir + u'/' + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(Dictionary::instance().isLoaded(), qPrintable(Dictionary::instance().error()));
        m_ids = m_library.importSamples();
        QVERIFY(m_ids.contains(u"sample-bilingual-chips.txt"_s));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_library.path()));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        lookup()->setTrigger(WordLookup::Trigger::Hover);
    }

    void init()
    {
        m_window->pinyinLayer()->setShown(0, false);
        m_window->pinyinLayer()->setShown(1, false);
        QVERIFY(m_window->openEssay(m_ids.value(u"sample-bilingual-chips.txt"_s)));
    }

    void popupAtPosition()
    {
        const int at = positionOf(u"晶片"_s);
        QVERIFY(at >= 0);
        QVERIFY(lookup()->lookUpAt(at + 1)); // inside the word: the word's start counts
        WordPopup *popup = lookup()->popup();
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->word(), u"晶片"_s);
        QCOMPARE(popup->match().entries.front().pinyinNumbered, u"jing1 pian4"_s);
        QVERIFY(popup->html().contains(u"(Tw) (computing) chip"_s));
        QVERIFY(popup->html().contains(u"芯片"_s));    // the mainland counterpart
        QVERIFY(popup->html().contains(u"#d32f2f"_s)); // tone 1 in red
        // English is no Chinese word: no popup
        QVERIFY(!lookup()->lookUpAt(positionOf(u"Subsidy"_s)));
        QVERIFY(!popup->isVisible());
    }

    void popupOnHoverAndKey()
    {
        const int at = positionOf(u"補貼"_s);
        const QPoint point = pointAt(at);
        QTest::mouseMove(browser()->viewport(), point);
        QTRY_VERIFY(lookup()->popup()->isVisible());
        QCOMPARE(lookup()->popup()->word(), u"補貼"_s);
        saveScreenshot(u"reader-dictionary-popup.png"_s, lookup()->popup());
        lookup()->popup()->hide();

        QTextCursor cursor(browser()->document());
        cursor.setPosition(positionOf(u"究竟"_s));
        browser()->setTextCursor(cursor);
        lookup()->lookUpAction()->trigger();
        QVERIFY(lookup()->popup()->isVisible());
        QCOMPARE(lookup()->popup()->word(), u"究竟"_s);
        QCOMPARE(lookup()->popup()->match().entries.front().pinyin(), u"jiū jìng"_s);
        lookup()->popup()->hide();
    }

    // The page shows converted text: the popup reads what is shown.
    void popupInConvertedView()
    {
        QComboBox *right = view()->scriptSwitch()->rightBox();
        const int index = right->findData(u"hans"_s);
        QVERIFY(index >= 0);
        right->setCurrentIndex(index);
        emit right->activated(index);
        const int at = positionOf(u"补贴"_s);
        QVERIFY(at >= 0);
        QVERIFY(lookup()->lookUpAt(at));
        QCOMPARE(lookup()->popup()->word(), u"补贴"_s);
        QCOMPARE(lookup()->popup()->match().entries.front().traditional, u"補貼"_s);
        lookup()->popup()->hide();
        right->setCurrentIndex(right->findData(u"auto"_s) >= 0 ? right->findData(u"auto"_s) : 0);
        emit right->activated(right->currentIndex());
    }

    void snapping()
    {
        const int start = positionOf(u"governments announce"_s);
        QTextCursor cursor(browser()->document());
        cursor.setPosition(start + 3);                           // gov|ernments
        cursor.setPosition(start + 15, QTextCursor::KeepAnchor); // ann|ounce
        browser()->setTextCursor(cursor);
        lookup()->snapSelection();
        QCOMPARE(browser()->textCursor().selectedText(), u"governments announce"_s);

        const int zh = positionOf(u"晶片補貼"_s);
        cursor.setPosition(zh + 1); // 晶|片補|貼
        cursor.setPosition(zh + 3, QTextCursor::KeepAnchor);
        browser()->setTextCursor(cursor);
        QTest::mouseRelease(browser()->viewport(), Qt::LeftButton, Qt::NoModifier, pointAt(zh + 3));
        // a release without Alt snaps (the release above lost the selection only if the
        // browser moved the caret; set it again for the direct call)
        browser()->setTextCursor(cursor);
        lookup()->snapSelection();
        QCOMPARE(browser()->textCursor().selectedText(), u"晶片補貼"_s);

        // Alt keeps the characters
        cursor.setPosition(start + 3);
        cursor.setPosition(start + 15, QTextCursor::KeepAnchor);
        browser()->setTextCursor(cursor);
        QTest::mouseRelease(browser()->viewport(), Qt::LeftButton, Qt::AltModifier,
                            browser()->cursorRect(cursor).center());
        QCOMPARE(browser()->textCursor().selectedText(), u"ernments ann"_s);
    }

    void pinyinMode()
    {
        PinyinLayer *pinyin = m_window->pinyinLayer();
        const QString before = browser()->document()->toPlainText();
        pinyin->setShown(1, true);
        QVERIFY(pinyin->readings(1).size() > 20);
        QVERIFY(pinyin->readings(0).isEmpty()); // the English column has no readings
        bool found = false;
        const int at = positionOf(u"晶片"_s);
        for (const PinyinLayer::Reading &reading : pinyin->readings(1)) {
            if (reading.start == at) {
                QCOMPARE(reading.pinyin, u"jīng piàn"_s);
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(browser()->document()->toPlainText(), before); // the text is untouched
        QVERIFY(view()->find(u"芯片"_s) > 0);                   // find still folds
        view()->find(QString());
        saveScreenshot(u"reader-pinyin.png"_s);

        // kept through a script switch: the readings of the script shown
        QComboBox *right = view()->scriptSwitch()->rightBox();
        right->setCurrentIndex(right->findData(u"hans"_s));
        emit right->activated(right->currentIndex());
        QVERIFY(pinyin->isShown(1));
        bool simplified = false;
        for (const PinyinLayer::Reading &reading : pinyin->readings(1)) {
            QTextCursor cursor(browser()->document());
            cursor.setPosition(reading.start);
            cursor.setPosition(reading.end, QTextCursor::KeepAnchor);
            if (cursor.selectedText() == u"补贴"_s)
                simplified = reading.pinyin == u"bǔ tiē"_s;
        }
        QVERIFY(simplified);
        pinyin->setShown(1, false);
        QVERIFY(pinyin->readings(1).size() > 0); // computed on request even when hidden
    }

    void glossaryTerm()
    {
        GlossaryWorkspace *glossary = m_window->glossary();
        QVERIFY(glossary->storeTerm(u"chip"_s, u"晶片"_s, u"Taiwan usage"_s) > 0);
        QCOMPARE(glossary->terms().size(), 1);
        auto *list = m_window->findChild<QTreeWidget *>(u"glossaryList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), u"晶片"_s);
        auto *filter = m_window->findChild<QLineEdit *>(u"glossaryFilter"_s);
        filter->setText(u"芯片"_s); // folded: the mainland spelling finds the Taiwan term
        QVERIFY(!list->topLevelItem(0)->isHidden());
        filter->setText(u"wafer"_s);
        QVERIFY(list->topLevelItem(0)->isHidden());
        filter->clear();
    }
};

QTEST_MAIN(TestReaderDictionary)
#include "tst_reader_dictionary.moc"
