#include "StructureRulesDialog.h"

#include "DatabaseError.h"
#include "Library.h"
#include "RuleEdit.h"
#include "reader/BlockKindLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace duizhao {

StructureRulesDialog::StructureRulesDialog(Library &library, EditPerformer performEdit,
                                           QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_performEdit(std::move(performEdit))
{
    setWindowTitle(tr("Structure Rules"));
    setObjectName(QStringLiteral("structureRulesDialog"));
    resize(720, 360);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What you taught the importer with \u201c"
                                "Every Line Like "
                                "This\u201d. Rules apply to the library now and to every later "
                                "import; a block you re-classified yourself keeps your choice."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("structureRulesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Lines that read"), tr("Alike"), tr("Where"), tr("Are a")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove Rule"), this);
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    reload();
}

void StructureRulesDialog::reload()
{
    m_rules = m_library.rules().all();
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const StructureRule &rule = m_rules[row];
        m_table->setItem(row, 0, new QTableWidgetItem(rule.text));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(rule.match == StructureRule::Match::Digits
                                                  ? tr("any numbers")
                                                  : tr("same text")));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(rule.site.isEmpty() ? tr("everywhere") : rule.site));
        auto *kind = new QComboBox(m_table);
        for (BlockKind each : allBlockKinds())
            kind->addItem(blockKindLabel(each), blockKindName(each));
        kind->setCurrentIndex(int(allBlockKinds().indexOf(rule.kind)));
        connect(kind, &QComboBox::activated, this, [this, row, kind](int index) {
            if (!setKind(row, allBlockKinds().at(index)))
                kind->setCurrentIndex(int(allBlockKinds().indexOf(m_rules.value(row).kind)));
        });
        m_table->setCellWidget(row, 3, kind);
    }
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

bool StructureRulesDialog::run(std::unique_ptr<LibraryEdit> edit, const QString &text)
{
    if (!m_performEdit(std::move(edit), text))
        return false;
    m_changed = true;
    return true;
}

bool StructureRulesDialog::setKind(int row, BlockKind kind)
{
    if (row < 0 || row >= m_rules.size() || m_rules[row].kind == kind)
        return false;
    StructureRule rule = m_rules[row];
    rule.kind = kind;
    const bool done = run(RuleEdit::change(rule), tr("Change Rule"));
    if (done)
        m_rules[row] = rule;
    return done;
}

bool StructureRulesDialog::removeRow(int row)
{
    if (row < 0 || row >= m_rules.size())
        return false;
    const qint64 id = m_rules[row].id;
    const bool done = run(RuleEdit::forget(id), tr("Remove Rule"));
    if (done)
        reload();
    return done;
}

} // namespace duizhao
