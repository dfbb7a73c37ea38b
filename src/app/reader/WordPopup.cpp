#include "WordPopup.h"

#include "Pinyin.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace duizhao {

namespace {

// Tone colours as most learners' dictionaries have them.
QString toneColour(int tone)
{
    switch (tone) {
    case 1:
        return QStringLiteral("#d32f2f");
    case 2:
        return QStringLiteral("#2e7d32");
    case 3:
        return QStringLiteral("#1565c0");
    case 4:
        return QStringLiteral("#7b1fa2");
    default:
        return QStringLiteral("#757575");
    }
}

QString entriesHtml(const QList<DictionaryEntry> &entries, bool withForms)
{
    QString html;
    for (const DictionaryEntry &entry : entries) {
        html += QStringLiteral("<p style='margin:4px 0 0 0'>");
        if (withForms) {
            html += QStringLiteral("<span style='font-size:large'>") +
                    entry.simplified.toHtmlEscaped() + QStringLiteral("</span>");
            if (entry.traditional != entry.simplified)
                html += QStringLiteral(" <span style='font-size:large'>") +
                        entry.traditional.toHtmlEscaped() + QStringLiteral("</span>");
            html += QStringLiteral("&nbsp;&nbsp;");
        }
        html += WordPopup::tonedPinyin(entry.pinyinNumbered) +
                QStringLiteral("</p><ol style='margin:0'>");
        for (const QString &definition : entry.definitions)
            html += QStringLiteral("<li>") + definition.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace

WordPopup::WordPopup(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("wordPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("wordPopupText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setMaximumWidth(420);
    m_addButton = new QPushButton(tr("Add to Glossary\u2026"), this);
    m_addButton->setObjectName(QStringLiteral("wordPopupAddButton"));
    m_addButton->setFocusPolicy(Qt::NoFocus);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const QString english =
            m_match.entries.isEmpty()
                ? QString()
                : m_match.entries.front().definitions.value(0).section(u';', 0, 0);
        hide();
        emit addToGlossaryRequested(m_word, english);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_label);
    layout->addLayout(buttons);
}

QString WordPopup::tonedPinyin(const QString &numbered)
{
    QStringList parts;
    for (const Pinyin::Syllable &syllable : Pinyin::syllables(numbered))
        parts << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(toneColour(syllable.tone), syllable.text.toHtmlEscaped());
    return parts.join(u' ');
}

void WordPopup::showMatch(const DictionaryMatch &match, const QString &word,
                          const QPoint &globalPosition)
{
    m_match = match;
    m_word = word;
    const Dictionary &dictionary = Dictionary::instance();
    QString html;
    if (!dictionary.isLoaded()) {
        html = QStringLiteral("<p>") + dictionary.error().toHtmlEscaped() + QStringLiteral("</p>");
    } else if (match.entries.isEmpty()) {
        html = QStringLiteral("<p><b>%1</b>&nbsp;&nbsp;%2</p><p>%3</p>")
                   .arg(word.toHtmlEscaped(), Pinyin::fromHan(word).toHtmlEscaped(),
                        tr("Not in CC-CEDICT (reading from ICU)."));
    } else {
        html = entriesHtml(match.entries, true);
    }
    for (const DictionaryMatch::Word &other : match.counterparts) {
        html += QStringLiteral("<hr/><p style='margin:0'><i>%1</i></p>")
                    .arg(tr("Other region's term: %1").arg(other.text.toHtmlEscaped()));
        html += entriesHtml(other.entries, true);
    }
    if (!match.shorter.isEmpty()) {
        html += QStringLiteral("<hr/><p style='margin:0'><i>%1</i></p>").arg(tr("Within it:"));
        for (const DictionaryMatch::Word &shorter : match.shorter)
            html += entriesHtml(shorter.entries, true);
    }
    m_label->setText(html);
    m_addButton->setVisible(!word.isEmpty());
    adjustSize();
    QPoint at = globalPosition + QPoint(12, 16);
    if (const QScreen *screen = QGuiApplication::screenAt(globalPosition)) {
        const QRect area = screen->availableGeometry();
        if (at.x() + width() > area.right())
            at.setX(std::max(area.left(), area.right() - width()));
        if (at.y() + height() > area.bottom())
            at.setY(std::max(area.top(), globalPosition.y() - height() - 8));
    }
    move(at);
    show();
    raise();
}

QString WordPopup::html() const
{
    return m_label->text();
}

} // namespace duizhao
