#include "AnnotationEditor.h"

#include "TagCompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace duizhao {

QIcon AnnotationEditor::swatch(const QString &colour)
{
    const QColor fill(colour);
    QPixmap pixmap(14, 14);
    pixmap.fill(fill.isValid() ? fill : QColor(palette().front()));
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 80));
    painter.drawRect(0, 0, 13, 13);
    return QIcon(pixmap);
}

QStringList AnnotationEditor::palette()
{
    return {QStringLiteral("#ffd54f"), QStringLiteral("#a5d6a7"), QStringLiteral("#90caf9"),
            QStringLiteral("#f48fb1"), QStringLiteral("#ffab91")};
}

QStringList AnnotationEditor::paletteNames()
{
    return {tr("Yellow"), tr("Green"), tr("Blue"), tr("Pink"), tr("Orange")};
}

AnnotationEditor::AnnotationEditor(const Annotation &annotation, const QStringList &codebook,
                                   const QStringList &claimTypes, QWidget *parent)
    : QDialog(parent)
    , m_annotation(annotation)
{
    setObjectName(QStringLiteral("annotationEditor"));
    setWindowTitle(annotation.id == 0 ? tr("New Annotation") : tr("Edit Annotation"));

    auto *quote = new QLabel(this);
    quote->setObjectName(QStringLiteral("quoteLabel"));
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    quote->setText(QStringLiteral("\u201c") + annotation.anchor.quote + QStringLiteral("\u201d"));
    QFont italic = quote->font();
    italic.setItalic(true);
    quote->setFont(italic);

    m_color = new QComboBox(this);
    m_color->setObjectName(QStringLiteral("colorCombo"));
    const QStringList names = paletteNames();
    const QStringList colours = palette();
    for (qsizetype i = 0; i < colours.size(); ++i)
        m_color->addItem(swatch(colours[i]), names.value(i), colours[i]);
    if (m_color->findData(annotation.color) < 0)
        m_color->addItem(swatch(annotation.color), annotation.color, annotation.color);
    m_color->setCurrentIndex(m_color->findData(annotation.color));

    m_tags = new QLineEdit(annotation.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated; new names join the codebook"));
    m_tags->setCompleter(new TagCompleter(codebook, m_tags));

    m_note = new QPlainTextEdit(annotation.note, this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note (Markdown)"));
    m_note->setTabChangesFocus(true);

    m_claim = new QCheckBox(tr("This is a claim"), this);
    m_claim->setObjectName(QStringLiteral("claimCheck"));
    m_claim->setChecked(annotation.isClaim());
    m_claimType = new QComboBox(this);
    m_claimType->setObjectName(QStringLiteral("claimTypeCombo"));
    m_claimType->setEditable(true); // users add their own types by typing them
    m_claimType->addItems(claimTypes);
    m_claimType->setCurrentText(annotation.isClaim() ? annotation.claimType : claimTypes.value(0));
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictCombo"));
    m_verdict->addItems(Annotation::verdicts());
    m_verdict->setCurrentText(annotation.verdict.isEmpty() ? Annotation::verdicts().front()
                                                           : annotation.verdict);
    const auto enableClaim = [this](bool on) {
        m_claimType->setEnabled(on);
        m_verdict->setEnabled(on);
    };
    enableClaim(m_claim->isChecked());
    connect(m_claim, &QCheckBox::toggled, this, enableClaim);

    auto *form = new QFormLayout;
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_claim);
    form->addRow(tr("Claim type:"), m_claimType);
    form->addRow(tr("Verdict:"), m_verdict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, 380);
}

Annotation AnnotationEditor::annotation() const
{
    Annotation result = m_annotation;
    result.color = m_color->currentData().toString();
    result.tags = TagCompleter::parseTags(m_tags->text());
    result.note = m_note->toPlainText();
    if (m_claim->isChecked() && !m_claimType->currentText().trimmed().isEmpty()) {
        result.claimType = m_claimType->currentText().trimmed();
        result.verdict = m_verdict->currentText();
    } else {
        result.claimType.clear();
        result.verdict.clear();
    }
    return result;
}

} // namespace duizhao
