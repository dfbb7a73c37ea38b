#include "NeedsReviewView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duizhao {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kEssayRole = Qt::UserRole + 2;

} // namespace

NeedsReviewView::NeedsReviewView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("needsReviewView"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("needsReviewList"));
    m_list->setHeaderLabels({tr("Essay"), tr("Quote"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->resizeSection(0, 120);
    m_list->header()->resizeSection(1, 160);

    m_open = new QPushButton(tr("Open Essay"), this);
    m_open->setObjectName(QStringLiteral("needsReviewOpen"));
    m_reattach = new QPushButton(tr("Re-attach to Selection"), this);
    m_reattach->setObjectName(QStringLiteral("needsReviewReattach"));
    m_reattach->setToolTip(
        tr("Select the text this annotation belongs to in the essay, then press this"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_reattach);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    const auto openCurrent = [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            emit openRequested(item->data(0, kEssayRole).toLongLong(),
                               item->data(0, kIdRole).toLongLong());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, openCurrent);
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAnnotationId())
            emit reattachRequested(id);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_open->setEnabled(current != nullptr);
        m_reattach->setEnabled(current != nullptr);
    });
    setAnnotations({}, {});
}

void NeedsReviewView::setAnnotations(const QList<Annotation> &annotations,
                                     const QHash<qint64, QString> &essayTitles)
{
    const qint64 current = currentAnnotationId();
    m_list->clear();
    for (const Annotation &annotation : annotations) {
        if (!annotation.orphaned)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, essayTitles.value(annotation.essayId));
        item->setText(1, annotation.anchor.quote.simplified());
        item->setText(2, annotation.note.simplified());
        item->setToolTip(1, annotation.anchor.quote);
        item->setToolTip(2, annotation.note);
        item->setData(0, kIdRole, annotation.id);
        item->setData(0, kEssayRole, annotation.essayId);
        if (annotation.id == current)
            m_list->setCurrentItem(item);
    }
    const int count = m_list->topLevelItemCount();
    m_summary->setText(count == 0
                           ? tr("Every annotation is in place.")
                           : tr("%n annotation(s) lost their text in a re-import. They are kept "
                                "with quote and note; re-attach each to a new selection.",
                                nullptr, count));
    m_open->setEnabled(m_list->currentItem() != nullptr);
    m_reattach->setEnabled(m_list->currentItem() != nullptr);
}

QList<qint64> NeedsReviewView::listedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids << m_list->topLevelItem(i)->data(0, kIdRole).toLongLong();
    return ids;
}

qint64 NeedsReviewView::currentAnnotationId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void NeedsReviewView::selectAnnotation(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

} // namespace duizhao
