#include "ClaimsView.h"

#include "ChoiceDelegate.h"
#include "ClaimsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace duizhao {

ClaimsView::ClaimsView(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("claimsView"));
    setWindowTitle(tr("Claims"));

    m_model = new ClaimsModel(this);
    // Two filters in a row: one verdict, then text in any column.
    m_byVerdict = new QSortFilterProxyModel(this);
    m_byVerdict->setSourceModel(m_model);
    m_byVerdict->setFilterKeyColumn(ClaimsModel::Verdict);
    m_byText = new QSortFilterProxyModel(this);
    m_byText->setSourceModel(m_byVerdict);
    m_byText->setFilterKeyColumn(-1);
    m_byText->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_byText->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_byText->setSortLocaleAware(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("claimsFilter"));
    m_filter->setPlaceholderText(tr("Filter claims: essay, quote, counterpart, type, tags, note"));
    m_filter->setClearButtonEnabled(true);
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("claimsVerdictFilter"));
    m_verdict->addItem(tr("Any verdict"), QString());
    for (const QString &verdict : Annotation::verdicts())
        m_verdict->addItem(verdict, verdict);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("claimsTable"));
    m_table->setModel(m_byText);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(ClaimsModel::Essay, 170);
    header->resizeSection(ClaimsModel::Quote, 230);
    header->resizeSection(ClaimsModel::Counterpart, 200);
    header->resizeSection(ClaimsModel::Type, 80);
    header->resizeSection(ClaimsModel::Verdict, 80);
    header->resizeSection(ClaimsModel::Tags, 120);
    m_table->setItemDelegateForColumn(ClaimsModel::Verdict,
                                      new ChoiceDelegate(Annotation::verdicts(), false, this));
    m_typeDelegate = new ChoiceDelegate(Annotation::defaultClaimTypes(), true, this);
    m_table->setItemDelegateForColumn(ClaimsModel::Type, m_typeDelegate);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("claimsCount"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_verdict);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    auto *exportButton = new QPushButton(tr("Export\u2026"), this);
    exportButton->setObjectName(QStringLiteral("claimsExportButton"));
    exportButton->setToolTip(tr("Export the claims listed, as filtered here"));
    connect(exportButton, &QPushButton::clicked, this,
            [this] { emit exportRequested(listedAnnotationIds()); });
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(exportButton);
    layout->addLayout(footer);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_byText->setFilterFixedString(text);
        updateCount();
    });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
        const QString verdict = m_verdict->currentData().toString();
        m_byVerdict->setFilterRegularExpression(
            verdict.isEmpty()
                ? QRegularExpression()
                : QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(verdict) +
                                     QStringLiteral("$")));
        updateCount();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(ClaimsModel::EssayIdRole).toLongLong(),
                           index.data(ClaimsModel::AnnotationIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimsView::updateCount);
    resize(1100, 520);
    updateCount();
}

void ClaimsView::setClaimTypes(const QStringList &types)
{
    m_typeDelegate->setChoices(types);
}

void ClaimsView::updateCount()
{
    const int shown = m_byText->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n claim(s)", nullptr, total)
                                    : tr("%1 of %2 claims shown").arg(shown).arg(total));
}

QList<qint64> ClaimsView::listedAnnotationIds() const
{
    QList<qint64> ids;
    const QAbstractItemModel *shown = m_table->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        ids << shown->index(row, 0).data(ClaimsModel::AnnotationIdRole).toLongLong();
    return ids;
}

} // namespace duizhao
