#include "AnnotationPanel.h"

#include "AnnotationEditor.h"
#include "EssayAnnotationLayer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QSet>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duizhao {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + QStringLiteral("\u2026") : simple;
}

} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("annotationFilter"));
    m_filter->setToolTip(
        tr("Show all annotations, only claims, claims with one verdict, or one tag"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("annotationList"));
    // One column: a dock is narrow, so each entry is the quote over its tags, claim
    // and note, one line each (QTreeView sizes rows by their line breaks, not by
    // wrapping, so long lines are elided rather than wrapped).
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(false);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    m_edit = new QToolButton(this);
    m_edit->setText(tr("Edit\u2026"));
    m_edit->setAutoRaise(true);
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Delete"));
    m_remove->setAutoRaise(true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &AnnotationPanel::rebuildList);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit annotationActivated(item->data(0, kIdRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit annotationActivated(item->data(0, kIdRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit editRequested(item->data(0, kIdRole).toLongLong());
    });
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (const qint64 id = currentAnnotationId())
            emit editRequested(id);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (const qint64 id = currentAnnotationId())
            emit removeRequested(id);
    });
    rebuildFilters();
}

bool AnnotationPanel::matches(const Annotation &annotation, const QString &filter)
{
    if (filter.isEmpty() || filter == u"all")
        return true;
    if (filter == u"claims")
        return annotation.isClaim();
    if (filter.startsWith(u"verdict:"))
        return annotation.isClaim() && annotation.verdict == QStringView(filter).mid(8);
    if (filter.startsWith(u"tag:"))
        return annotation.tags.contains(filter.mid(4), Qt::CaseInsensitive);
    return true;
}

void AnnotationPanel::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    // Text order, the orphaned (no place in the text any more) at the end.
    std::stable_sort(
        m_annotations.begin(), m_annotations.end(),
        [](const Annotation &a, const Annotation &b) { return !a.orphaned && b.orphaned; });
    rebuildFilters();
    rebuildList();
}

void AnnotationPanel::rebuildFilters()
{
    const QString current = filter();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All annotations"), QStringLiteral("all"));
    m_filter->addItem(tr("Claims"), QStringLiteral("claims"));
    for (const QString &verdict : Annotation::verdicts())
        m_filter->addItem(tr("Claims: %1").arg(verdict),
                          QString(QStringLiteral("verdict:") + verdict));
    QStringList tags;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        for (const QString &tag : annotation.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags << tag;
        }
    }
    tags.sort(Qt::CaseInsensitive);
    for (const QString &tag : std::as_const(tags))
        m_filter->addItem(tr("Tag: %1").arg(tag), QString(QStringLiteral("tag:") + tag));
    const int index = m_filter->findData(current);
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
}

void AnnotationPanel::rebuildList()
{
    const qint64 current = currentAnnotationId();
    const QString chosen = filter();
    m_list->clear();
    int shown = 0;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (!matches(annotation, chosen))
            continue;
        QStringList details;
        if (!annotation.tags.isEmpty())
            details << annotation.tags.join(QStringLiteral(", "));
        if (annotation.isClaim())
            details << annotation.claimType + QStringLiteral(" \u00b7 ") + annotation.verdict;
        if (annotation.orphaned)
            details << tr("needs review: text not found");
        if (!annotation.note.isEmpty())
            details << shortened(annotation.note, 80);
        auto *item = new QTreeWidgetItem(m_list);
        QString text = QStringLiteral("\u201c") + shortened(annotation.anchor.quote, 60) +
                       QStringLiteral("\u201d");
        if (!details.isEmpty())
            text += u'\n' + details.join(QStringLiteral("\n"));
        item->setText(0, text);
        // Room for every line: a quote in a CJK face is taller than the list's font says.
        const int lines = int(text.count(u'\n')) + 1;
        item->setSizeHint(0, QSize(1, lines * (m_list->fontMetrics().lineSpacing() * 4 / 3) + 4));
        item->setIcon(0, AnnotationEditor::swatch(annotation.color));
        item->setData(0, kIdRole, annotation.id);
        item->setToolTip(0, EssayAnnotationLayer::toolTipFor(annotation));
        if (annotation.orphaned) {
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
        }
        if (annotation.id == current)
            m_list->setCurrentItem(item);
        ++shown;
    }
    m_count->setText(shown == m_annotations.size()
                         ? tr("%n annotation(s)", nullptr, shown)
                         : tr("%1 of %2 shown").arg(shown).arg(m_annotations.size()));
    m_edit->setEnabled(shown > 0);
    m_remove->setEnabled(shown > 0);
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (item->data(0, kIdRole).toLongLong() == id) {
                m_list->setCurrentItem(item);
                m_list->scrollToItem(item);
                return;
            }
        }
        setFilter(QStringLiteral("all")); // hidden by the filter: show everything
    }
}

qint64 AnnotationPanel::currentAnnotationId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void AnnotationPanel::setFilter(const QString &filter)
{
    const int index = m_filter->findData(filter);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

QString AnnotationPanel::filter() const
{
    return m_filter->currentData().toString();
}

QList<qint64> AnnotationPanel::shownIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids << m_list->topLevelItem(i)->data(0, kIdRole).toLongLong();
    return ids;
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            currentAnnotationId() != 0) {
            emit removeRequested(currentAnnotationId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace duizhao
