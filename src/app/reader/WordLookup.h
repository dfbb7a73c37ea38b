#pragma once

#include <QObject>
#include <QPoint>
#include <QTextCursor>

class QAction;
class QTextBrowser;
class QTimer;

namespace duizhao {

class EssayView;
class WordPopup;

// The dictionary at hand in the page: hovering a Chinese word (or clicking it, a
// setting) shows a WordPopup for it, and Look Up Word (Ctrl+D) shows one for the word at
// the caret. It reads the page's text as it is displayed — each paragraph's text in the
// script view it is shown in — so it works the same in every view and in both columns;
// nothing is mapped back to the essay's blocks.
//
// It also snaps a selection dragged with the mouse to whole words (ICU word breaks for
// English, the dictionary's words for Chinese: WordSegmenter); holding Alt while
// releasing keeps the characters as dragged.
class WordLookup : public QObject
{
    Q_OBJECT

public:
    enum class Trigger { Hover, Click };

    explicit WordLookup(EssayView *view);

    QAction *lookUpAction() const { return m_lookUpAction; }
    // Checkable: look up on click instead of hover (remembered in the settings).
    QAction *clickToLookUpAction() const { return m_clickAction; }
    QAction *snapAction() const { return m_snapAction; }
    Trigger trigger() const;
    void setTrigger(Trigger trigger);
    WordPopup *popup() const { return m_popup; }

    // Shows the popup for the word at a document position; false when there is no
    // Chinese word there (the popup is hidden).
    bool lookUpAt(int documentPosition);
    // Widens the browser's selection to whole words (what a mouse release does).
    void snapSelection();
    // [start, end) in document positions of the word around `documentPosition`.
    static std::pair<int, int> wordAround(const QTextCursor &cursor);

signals:
    void addToGlossaryRequested(const QString &chinese, const QString &english);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int characterAt(const QPoint &viewportPosition) const;

    EssayView *m_view;
    QTextBrowser *m_browser;
    WordPopup *m_popup;
    QTimer *m_hoverTimer;
    QPoint m_hoverPosition;
    QAction *m_lookUpAction;
    QAction *m_clickAction;
    QAction *m_snapAction;
};

} // namespace duizhao
