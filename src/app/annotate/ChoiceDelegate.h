#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace duizhao {

// Edits a table cell with a combo box of choices (verdicts; claim types, where the
// user may also type a new one).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(QStringList choices, bool allowOther, QObject *parent = nullptr);

    void setChoices(QStringList choices) { m_choices = std::move(choices); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_choices;
    bool m_allowOther;
};

} // namespace duizhao
