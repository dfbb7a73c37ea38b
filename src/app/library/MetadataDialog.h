#pragma once

#include "Essay.h"
#include "Library.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

class QLineEdit;
class QToolButton;

namespace duizhao {

// Edits an essay's title, author, outlet, date and URL. A field the user corrected
// before is marked, and can be put back to what the file says ("Reset"). The dialog
// only collects; the window stores the changes with Library::setMetadata, where they
// survive re-import.
class MetadataDialog : public QDialog
{
    Q_OBJECT

public:
    using Field = MetadataField;
    // nullopt: back to the value parsing found.
    using Change = std::pair<Field, std::optional<QString>>;

    explicit MetadataDialog(const Essay &essay, QWidget *parent = nullptr);

    qint64 essayId() const { return m_essayId; }
    QLineEdit *edit(Field field) const { return m_edits.value(field); }
    // Fields whose text differs from what the essay had, or that were reset.
    QList<Change> changes() const;

private:
    qint64 m_essayId = 0;
    QHash<Field, QLineEdit *> m_edits;
    QHash<Field, QString> m_initial;
    QHash<Field, bool> m_reset;
};

} // namespace duizhao
