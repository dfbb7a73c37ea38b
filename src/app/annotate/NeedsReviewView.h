#pragma once

#include "Annotation.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace duizhao {

// Orphaned annotations of the whole library: their text was not found again after a
// re-import, so they are kept with their quote and note for the user to decide. Each
// can be opened (its essay) and re-attached to the text currently selected in the
// reader; the owner does the writing.
class NeedsReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit NeedsReviewView(QWidget *parent = nullptr);

    // `annotations` may be all of the library's; only the orphaned are listed.
    void setAnnotations(const QList<Annotation> &annotations,
                        const QHash<qint64, QString> &essayTitles);
    QList<qint64> listedIds() const;
    qint64 currentAnnotationId() const;
    void selectAnnotation(qint64 id);

    QTreeWidget *list() const { return m_list; }
    QPushButton *reattachButton() const { return m_reattach; }

signals:
    void openRequested(qint64 essayId, qint64 annotationId);
    void reattachRequested(qint64 annotationId);

private:
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_reattach = nullptr;
};

} // namespace duizhao
