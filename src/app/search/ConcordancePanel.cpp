#include "ConcordancePanel.h"

#include "search/ConcordanceJob.h"
#include "search/SearchHitDelegate.h"

#include "reader/BlockKindLabel.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace duizhao {

namespace {

constexpr int kLineRole = Qt::UserRole + 1;   // the line's index in the results
constexpr int kMarkedRole = Qt::UserRole + 2; // the counterpart with «marks»

// The counterpart column: its text with the likely equivalents in bold on a tint, as the
// search panel marks a snippet (SearchHitDelegate::snippetHtml), on one line.
class MarkedTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString marked = index.data(kMarkedRole).toString();
        item.text.clear();
        item.widget->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        QTextDocument document;
        document.setDefaultFont(item.font);
        document.setDocumentMargin(2);
        const QString colour = item.palette.color(QPalette::Highlight).name();
        document.setHtml(SearchHitDelegate::snippetHtml(marked, colour));
        painter->save();
        painter->setClipRect(item.rect);
        painter->translate(item.rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = item.palette;
        if (item.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, item.palette.color(QPalette::HighlightedText));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

// The left context, aligned on the hit: cut (elided) at its far end, the start.
class LeftContextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
};

// A counterpart with its equivalents marked «like this» (the form snippetHtml reads).
QString markedCounterpart(const ConcordanceLine &line)
{
    const QList<uint> codePoints = line.counterpart.toUcs4();
    QString out;
    int at = 0;
    const auto append = [&](int from, int to) {
        const auto *data = reinterpret_cast<const char32_t *>(codePoints.constData());
        out += QString::fromUcs4(data + from, to - from);
    };
    for (const auto &[start, end] : line.equivalents) {
        if (start < at || end > codePoints.size())
            continue;
        append(at, start);
        out += u'\u00AB';
        append(start, end);
        out += u'\u00BB';
        at = end;
    }
    append(at, int(codePoints.size()));
    return out;
}

} // namespace

ConcordancePanel::ConcordancePanel(QWidget *parent)
    : QWidget(parent)
    , m_job(new ConcordanceJob(this))
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("concordanceQuery"));
    m_query->setPlaceholderText(tr("Concordance of… (芯片, \"Silicon Valley\", chip*)"));
    m_query->setClearButtonEnabled(true);
    m_runButton = new QPushButton(tr("List"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setEnabled(false);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("concordanceOrder"));
    m_order->addItem(tr("By essay"), int(ConcordanceOrder::Essay));
    m_order->addItem(tr("By date"), int(ConcordanceOrder::Date));
    m_order->addItem(tr("By left context"), int(ConcordanceOrder::Left));
    m_order->addItem(tr("By right context"), int(ConcordanceOrder::Right));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Any language"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Simplified Chinese"), QStringLiteral("zh-Hans"));
    m_language->addItem(tr("Traditional Chinese"), QStringLiteral("zh-Hant"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Any kind"), QString());
    for (const BlockKind kind : allBlockKinds())
        m_kind->addItem(blockKindLabel(kind), blockKindName(kind));
    m_outlet = new QLineEdit(this);
    m_outlet->setPlaceholderText(tr("Outlet"));
    m_from = new QLineEdit(this);
    m_from->setPlaceholderText(tr("From (2024-01)"));
    m_to = new QLineEdit(this);
    m_to->setPlaceholderText(tr("To"));
    m_exactScript = new QCheckBox(tr("Exact script"), this);
    m_exactVocabulary = new QCheckBox(tr("Exact vocabulary"), this);

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("concordanceStatus"));

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("concordanceLines"));
    m_table->setHorizontalHeaderLabels(
        {tr("Essay"), tr("Left context"), tr("Hit"), tr("Right context"), tr("Counterpart")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(LeftColumn, new LeftContextDelegate(m_table));
    m_table->setItemDelegateForColumn(CounterpartColumn, new MarkedTextDelegate(m_table));

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_order);
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_exportButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_language);
    filters->addWidget(m_kind);
    filters->addWidget(m_outlet, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_exactScript);
    filters->addWidget(m_exactVocabulary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &ConcordancePanel::run);
    connect(m_runButton, &QPushButton::clicked, this, &ConcordancePanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConcordancePanel::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &ConcordancePanel::chooseExportFile);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ConcordancePanel::onOrderChanged);
    // Enter and a double-click.
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_job, &ConcordanceJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_job, &ConcordanceJob::concordanceFinished, this, &ConcordancePanel::onFinished);
}

void ConcordancePanel::setLibraryPath(const QString &path)
{
    m_job->setLibraryPath(path);
}

bool ConcordancePanel::isRunning() const
{
    return m_job->isRunning();
}

void ConcordancePanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

ConcordanceOrder ConcordancePanel::order() const
{
    return ConcordanceOrder(m_order->currentData().toInt());
}

void ConcordancePanel::run()
{
    const QString text = m_query->text().trimmed();
    if (text.isEmpty())
        return;
    ConcordanceOptions options;
    options.limit = kLimit;
    options.order = order();
    options.equivalents = m_equivalents;
    SearchOptions &search = options.search;
    search.foldScript = !m_exactScript->isChecked();
    search.foldVocabulary = !m_exactVocabulary->isChecked();
    search.language = languageFromTag(m_language->currentData().toString());
    search.kind = blockKindFromName(m_kind->currentData().toString());
    if (search.kind)
        search.includeBoilerplate = isBoilerplate(*search.kind);
    const EssayFilter filter{m_outlet->text().trimmed(), m_from->text().trimmed(),
                             m_to->text().trimmed()};
    m_status->setText(tr("Listing…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_job->concordance(text, options, filter);
}

void ConcordancePanel::setEssayFilter(const EssayFilter &filter)
{
    m_outlet->setText(filter.outlet);
    m_from->setText(filter.from);
    m_to->setText(filter.to);
}

void ConcordancePanel::cancel()
{
    m_job->cancel();
}

void ConcordancePanel::onFinished(const ConcordanceResults &results, const QString &error,
                                  qint64 elapsedMs)
{
    m_progress->hide();
    m_cancelButton->setEnabled(false);
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit finished();
        return;
    }
    m_results = results;
    fill();
    const QString count = results.lines.size() < results.total
                              ? tr("%1 of %2 lines").arg(results.lines.size()).arg(results.total)
                              : tr("%n line(s)", nullptr, int(results.total));
    m_status->setText(results.cancelled ? tr("Cancelled: %1").arg(count)
                                        : tr("%1 (%2 ms)").arg(count).arg(elapsedMs));
    m_exportButton->setEnabled(!results.lines.isEmpty());
    emit finished();
}

void ConcordancePanel::onOrderChanged()
{
    if (m_results.lines.isEmpty())
        return;
    // Every line is here: sort them. Otherwise the worker sorts all of them.
    if (m_results.lines.size() >= m_results.total && !m_results.cancelled) {
        Concordance::sort(m_results.lines, order());
        fill();
        emit finished();
    } else {
        run();
    }
}

void ConcordancePanel::fill()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_results.lines.size()));
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int row = 0; row < m_results.lines.size(); ++row) {
        const ConcordanceLine &line = m_results.lines[row];
        auto *essay = new QTableWidgetItem(line.title);
        essay->setData(kLineRole, row);
        essay->setToolTip(QStringLiteral("%1 · %2").arg(line.title, line.date));
        auto *left = new QTableWidgetItem(line.left);
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *hit = new QTableWidgetItem(line.hit);
        hit->setTextAlignment(Qt::AlignCenter);
        hit->setFont(bold);
        auto *right = new QTableWidgetItem(line.right);
        auto *counterpart = new QTableWidgetItem(line.counterpart);
        counterpart->setData(kMarkedRole, markedCounterpart(line));
        counterpart->setToolTip(line.counterpart);
        m_table->setItem(row, EssayColumn, essay);
        m_table->setItem(row, LeftColumn, left);
        m_table->setItem(row, HitColumn, hit);
        m_table->setItem(row, RightColumn, right);
        m_table->setItem(row, CounterpartColumn, counterpart);
    }
    m_table->resizeColumnToContents(HitColumn);
    m_table->setColumnWidth(EssayColumn, 140);
    m_table->setColumnWidth(LeftColumn, 260);
    m_table->setColumnWidth(RightColumn, 260);
}

void ConcordancePanel::activate(int row)
{
    if (row < 0 || row >= m_results.lines.size())
        return;
    const ConcordanceLine &line = m_results.lines[row];
    emit lineActivated(line.essayId, line.block, {{line.start, line.end}});
}

bool ConcordancePanel::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Concordance::toCsv(m_results.lines)) < 0 ||
        !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(
        tr("%n line(s) written to %1", nullptr, int(m_results.lines.size())).arg(path));
    return true;
}

void ConcordancePanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Concordance"),
                                                      tr("concordance.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace duizhao
