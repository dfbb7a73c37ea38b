#pragma once

#include "WordSegmenter.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QPainter;
class QTextBlock;
class QTextBrowser;

namespace duizhao {

class EssayView;

// View → Pinyin: pinyin over the Chinese text of a column, word by word, like ruby.
//
// Qt's rich text has no ruby, so the reading is drawn in a transparent layer over the
// page rather than written into it: the page's text stays exactly what it was, so
// selection, find, annotations and the position maps all work as without pinyin. The
// one change to the page is the line height of the Chinese paragraphs of that column
// (a block format, FixedHeight), which makes room above each line; it is put back when
// pinyin is turned off. The layer reads the page as laid out (each word's caret
// rectangles), so it follows scrolling, zoom, a script switch (the words of the script
// shown) and window size; it draws only the paragraphs in view, each paragraph's words
// cut once (WordSegmenter) until the page changes. Off in the raw view.
class PinyinLayer : public QWidget
{
    Q_OBJECT

public:
    explicit PinyinLayer(EssayView *view);

    // Checkable, one per column; remembered in the settings.
    QAction *leftAction() const { return m_leftAction; }
    QAction *rightAction() const { return m_rightAction; }
    bool isShown(int column) const;
    void setShown(int column, bool shown);

    struct Reading {
        int start; // document positions of the word
        int end;
        QString pinyin;
    };
    // The readings drawn for the paragraphs of a column (tests, the benchmark): every
    // Chinese word of the column, in page order.
    QList<Reading> readings(int column);
    // Computes the readings of every Chinese paragraph of the shown columns (what a
    // first paint of the whole page would), returns how many words.
    int prepareAll();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Paragraph {
        QString text;
        QList<WordSegmenter::Word> words;
    };
    // The column (0 left, 1 right) of a page paragraph; -1 outside the two columns.
    int columnOf(const QTextBlock &block) const;
    const Paragraph &paragraph(const QTextBlock &block);
    void pageChanged();
    void applyLineHeights();
    void restoreLineHeights();
    QFont pinyinFont() const;
    static void drawReading(QPainter &painter, const QFontMetrics &metrics, const QString &text,
                            const QRect &over);

    EssayView *m_view;
    QTextBrowser *m_browser;
    QAction *m_leftAction;
    QAction *m_rightAction;
    QHash<int, Paragraph> m_paragraphs; // by block number, until the page changes
    // Blocks whose line height the layer changed, with the height and type they had.
    QHash<int, std::pair<qreal, int>> m_changedBlocks;
    bool m_applying = false;
};

} // namespace duizhao
