#include "MetadataDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace duizhao {

MetadataDialog::MetadataDialog(const Essay &essay, QWidget *parent)
    : QDialog(parent)
    , m_essayId(essay.id)
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(tr("Essay Metadata"));
    setMinimumWidth(520);

    auto *form = new QFormLayout;
    const struct {
        Field field;
        QString label;
        QString value;
    } rows[] = {
        {Field::Title, tr("&Title:"), essay.title},
        {Field::Author, tr("&Author:"), essay.author},
        {Field::Outlet, tr("&Outlet:"), essay.outlet},
        {Field::Date, tr("&Date:"), essay.date},
        {Field::Url, tr("&URL:"), essay.url},
    };
    for (const auto &row : rows) {
        const QString name = metadataFieldName(row.field);
        auto *edit = new QLineEdit(row.value, this);
        edit->setObjectName(name + QStringLiteral("Edit"));
        m_edits.insert(row.field, edit);
        m_initial.insert(row.field, row.value);
        m_reset.insert(row.field, false);

        auto *line = new QHBoxLayout;
        line->addWidget(edit, 1);
        if (essay.editedFields.contains(name)) {
            edit->setToolTip(tr("You corrected this; re-imports keep your value."));
            auto *reset = new QToolButton(this);
            reset->setObjectName(name + QStringLiteral("Reset"));
            reset->setText(tr("Reset"));
            reset->setToolTip(tr("Use what the file says again"));
            connect(reset, &QToolButton::clicked, this, [this, field = row.field, edit, reset] {
                m_reset[field] = true;
                edit->clear();
                edit->setPlaceholderText(tr("(as the file says)"));
                reset->setEnabled(false);
            });
            connect(edit, &QLineEdit::textEdited, this,
                    [this, field = row.field] { m_reset[field] = false; });
            line->addWidget(reset);
        }
        auto *label = new QLabel(row.label, this);
        label->setBuddy(edit);
        form->addRow(label, line);
    }
    m_edits.value(Field::Date)->setPlaceholderText(tr("as written, e.g. 2025-03-14"));

    auto *file = new QLabel(tr("File: %1").arg(QFileInfo(essay.file).fileName()), this);
    file->setToolTip(essay.file);
    QPalette muted = file->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    file->setPalette(muted);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(file);
    layout->addWidget(buttons);
}

QList<MetadataDialog::Change> MetadataDialog::changes() const
{
    QList<Change> result;
    for (Field field : {Field::Title, Field::Author, Field::Outlet, Field::Date, Field::Url}) {
        if (m_reset.value(field)) {
            result.append({field, std::nullopt});
            continue;
        }
        const QString text = m_edits.value(field)->text().trimmed();
        if (text != m_initial.value(field).trimmed())
            result.append({field, text});
    }
    return result;
}

} // namespace duizhao
