#pragma once

#include "Annotation.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace duizhao {

// The side panel of the reader: the open essay's annotations in text order (orphaned
// ones last, marked), filtered by tag, claims or verdict. Clicking one jumps to it in
// the text; double-clicking edits it; Delete removes it (undoably, by the owner).
class AnnotationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setAnnotations(const QList<Annotation> &annotations);
    // Selects the row of an annotation (clearing a filter that hides it).
    void selectAnnotation(qint64 id);
    qint64 currentAnnotationId() const;

    // Filters are "all", "claims", "verdict:<verdict>" and "tag:<name>".
    void setFilter(const QString &filter);
    QString filter() const;
    static bool matches(const Annotation &annotation, const QString &filter);

    QTreeWidget *list() const { return m_list; }
    QComboBox *filterCombo() const { return m_filter; }
    // Visible rows' annotation ids, top to bottom.
    QList<qint64> shownIds() const;

signals:
    void annotationActivated(qint64 id);
    void editRequested(qint64 id);
    void removeRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildFilters();
    void rebuildList();

    QList<Annotation> m_annotations;
    QComboBox *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace duizhao
