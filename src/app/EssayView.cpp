#include "EssayView.h"

#include "EssayHtml.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace duizhao {

EssayView::EssayView(QWidget *parent)
    : QWidget(parent)
{
    m_rawViewAction = new QAction(tr("Show &Raw Blocks"), this);
    m_rawViewAction->setObjectName(QStringLiteral("rawViewAction"));
    m_rawViewAction->setCheckable(true);
    m_rawViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rawViewAction->setToolTip(
        tr("Show every block of the file with its kind, language and pair, residue included"));
    connect(m_rawViewAction, &QAction::toggled, this, [this](bool raw) {
        render();
        emit rawViewChanged(raw);
    });

    m_layoutLabel = new QLabel(this);
    m_layoutLabel->setObjectName(QStringLiteral("layoutLabel"));
    m_layoutLabel->setTextFormat(Qt::PlainText);
    QPalette muted = m_layoutLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_layoutLabel->setPalette(muted);

    auto *rawButton = new QToolButton(this);
    rawButton->setDefaultAction(m_rawViewAction);
    rawButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    rawButton->setText(tr("Raw blocks"));
    rawButton->setAutoRaise(true);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("essayBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(18);
    QFont font = m_browser->font();
    font.setFamilies(EssayHtml::fontFamilies());
    font.setPointSize(11);
    m_browser->setFont(font);
    m_browser->document()->setDefaultFont(font);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 2, 4, 2);
    bar->addWidget(m_layoutLabel, 1);
    bar->addWidget(rawButton);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(line);
    layout->addWidget(m_browser, 1);

    clear();
}

void EssayView::setEssay(const EssayRecord &essay)
{
    const bool sameEssay = m_essay && m_essay->id == essay.id;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_essay = essay;
    m_message.clear();
    render();
    // Re-showing the same essay (after an import) keeps the reader's place.
    if (sameEssay)
        m_browser->verticalScrollBar()->setValue(scroll);
}

void EssayView::clear(const QString &message)
{
    m_essay.reset();
    m_message = message.isEmpty() ? tr("No essay selected") : message;
    render();
}

bool EssayView::isRawView() const
{
    return m_rawViewAction->isChecked();
}

void EssayView::setRawView(bool raw)
{
    m_rawViewAction->setChecked(raw);
}

void EssayView::render()
{
    if (!m_essay) {
        m_layoutLabel->clear();
        m_html = EssayHtml::message(m_message);
    } else if (isRawView()) {
        m_layoutLabel->setText(tr("Raw view: every block in file order, residue included"));
        m_html = EssayHtml::raw(*m_essay);
    } else {
        switch (EssayHtml::layoutFor(*m_essay)) {
        case EssayHtml::Layout::Bilingual:
            m_layoutLabel->setText(tr("Side by side: English and Chinese, paragraph by paragraph"));
            break;
        case EssayHtml::Layout::ScriptCompanion:
            m_layoutLabel->setText(
                EssayHtml::companionView(*m_essay) == ScriptView::Simplified
                    ? tr("Side by side: original and simplified script (OpenCC)")
                    : tr("Side by side: original and traditional script (OpenCC)"));
            break;
        case EssayHtml::Layout::SingleColumn:
            m_layoutLabel->setText(tr("Single column"));
            break;
        }
        m_html = EssayHtml::clean(*m_essay);
    }
    m_browser->setHtml(m_html);
    emit pageRendered();
}

} // namespace duizhao
