#include "SelectionToolBar.h"

#include "AnnotationEditor.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace duizhao {

SelectionToolBar::SelectionToolBar(QWidget *viewport)
    : QFrame(viewport)
{
    setObjectName(QStringLiteral("selectionToolBar"));
    setFrameShape(QFrame::Box);
    setFrameShadow(QFrame::Plain);
    setAutoFillBackground(true);
    QPalette border = palette();
    border.setColor(QPalette::WindowText, border.color(QPalette::Mid));
    setPalette(border);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(3, 2, 3, 2);
    layout->setSpacing(1);
    const QStringList colours = AnnotationEditor::palette();
    const QStringList names = AnnotationEditor::paletteNames();
    for (qsizetype i = 0; i < colours.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setIcon(AnnotationEditor::swatch(colours[i]));
        button->setToolTip(tr("Highlight in %1").arg(names.value(i)));
        connect(button, &QToolButton::clicked, this, [this, colour = colours[i]] {
            hide();
            emit highlightRequested(colour);
        });
        layout->addWidget(button);
    }
    const auto addText = [&](const QString &text, const QString &tip,
                             void (SelectionToolBar::*signal)()) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setText(text);
        button->setToolTip(tip);
        connect(button, &QToolButton::clicked, this, [this, signal] {
            hide();
            emit(this->*signal)();
        });
        layout->addWidget(button);
    };
    addText(tr("Tag / Note\u2026"), tr("Highlight with tags and a note"),
            &SelectionToolBar::annotateRequested);
    addText(tr("Claim\u2026"), tr("Mark as a claim, with type and verdict"),
            &SelectionToolBar::claimRequested);
    hide();
}

void SelectionToolBar::showFor(const QRect &selection)
{
    adjustSize();
    const QWidget *viewport = parentWidget();
    int y = selection.top() - height() - 4;
    if (y < 0)
        y = selection.bottom() + 4;
    const int x = std::clamp(selection.left(), 0, std::max(0, viewport->width() - width()));
    move(x, y);
    show();
    raise();
}

} // namespace duizhao
