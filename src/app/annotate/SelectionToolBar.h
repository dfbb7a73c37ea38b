#pragma once

#include <QFrame>

class QToolButton;

namespace duizhao {

// The small bar that appears over a text selection in the reader: one click highlights
// in a colour, or opens the annotation dialog for tags and a note, or marks a claim.
// It lives inside the browser's viewport (no window of its own) and hides when the
// selection goes or the page scrolls.
class SelectionToolBar : public QFrame
{
    Q_OBJECT

public:
    explicit SelectionToolBar(QWidget *viewport);

    // Shows the bar just above `selection` (viewport coordinates), or below it when
    // there is no room above.
    void showFor(const QRect &selection);

signals:
    void highlightRequested(const QString &colour);
    void annotateRequested();
    void claimRequested();
};

} // namespace duizhao
