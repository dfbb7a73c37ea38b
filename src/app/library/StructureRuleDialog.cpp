#include "StructureRuleDialog.h"

#include "reader/BlockKindLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace duizhao {

StructureRuleDialog::StructureRuleDialog(const QString &line, BlockKind kind, const QString &site,
                                         QWidget *parent)
    : QDialog(parent)
    , m_line(line.trimmed())
    , m_site(site)
{
    setWindowTitle(tr("Every Line Like This"));
    setObjectName(QStringLiteral("structureRuleDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *quote = new QLabel(m_line, this);
    quote->setWordWrap(true);
    quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    quote->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    layout->addWidget(new QLabel(tr("Lines that read:"), this));
    layout->addWidget(quote);

    auto *alike = new QGroupBox(tr("How alike"), this);
    auto *alikeLayout = new QVBoxLayout(alike);
    m_exact = new QRadioButton(tr("The same text (spacing and case aside)"), alike);
    m_digits = new QRadioButton(tr("The same text, any numbers (\u201c阅读 1024 次\u201d matches "
                                   "\u201c阅读 7 次\u201d)"),
                                alike);
    m_exact->setObjectName(QStringLiteral("exactChoice"));
    m_digits->setObjectName(QStringLiteral("digitsChoice"));
    const bool hasDigits =
        std::any_of(m_line.cbegin(), m_line.cend(), [](QChar c) { return c.isDigit(); });
    (hasDigits ? m_digits : m_exact)->setChecked(true);
    alikeLayout->addWidget(m_exact);
    alikeLayout->addWidget(m_digits);
    layout->addWidget(alike);

    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereLayout = new QVBoxLayout(where);
    m_siteOnly = new QRadioButton(site.isEmpty() ? tr("On this essay's site (it names none)")
                                                 : tr("On %1 only").arg(site),
                                  where);
    m_everywhere = new QRadioButton(tr("In every essay"), where);
    m_siteOnly->setObjectName(QStringLiteral("siteChoice"));
    m_siteOnly->setEnabled(!site.isEmpty());
    (site.isEmpty() ? m_everywhere : m_siteOnly)->setChecked(true);
    whereLayout->addWidget(m_siteOnly);
    whereLayout->addWidget(m_everywhere);
    layout->addWidget(where);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindChoice"));
    for (BlockKind each : allBlockKinds())
        m_kind->addItem(blockKindLabel(each), blockKindName(each));
    m_kind->setCurrentIndex(int(allBlockKinds().indexOf(kind)));
    form->addRow(tr("Are a:"), m_kind);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Matching lines already in the library change now, and so do "
                               "those of later imports. A block you re-classified yourself "
                               "keeps your choice. Edit \u2192 Structure Rules lists the rules."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply to Every Line"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

StructureRule StructureRuleDialog::rule() const
{
    StructureRule rule;
    rule.text = m_line;
    rule.match = m_digits->isChecked() ? StructureRule::Match::Digits : StructureRule::Match::Exact;
    rule.site = m_siteOnly->isChecked() ? m_site : QString();
    rule.kind = blockKindFromName(m_kind->currentData().toString()).value_or(BlockKind::Footer);
    return rule;
}

} // namespace duizhao
