#include "ChoiceDelegate.h"

#include <QComboBox>

namespace duizhao {

ChoiceDelegate::ChoiceDelegate(QStringList choices, bool allowOther, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_allowOther(allowOther)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(m_allowOther);
    combo->addItems(m_choices);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    if (combo->findText(value) < 0 && m_allowOther)
        combo->addItem(value);
    combo->setCurrentText(value);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace duizhao
