#include "TagCodebookDialog.h"

#include "AnnotationEditor.h"
#include "DatabaseError.h"
#include "Library.h"
#include "TagEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <exception>
#include <functional>

namespace duizhao {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

TagCodebookDialog::TagCodebookDialog(Library *library, EditPerformer performEdit, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_performEdit(std::move(performEdit))
{
    setObjectName(QStringLiteral("tagCodebook"));
    setWindowTitle(tr("Tag Codebook"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setHeaderLabels({tr("Tag"), tr("Used"), tr("Description")});
    m_tree->header()->resizeSection(0, 180);
    m_tree->header()->resizeSection(1, 50);

    m_name = new QLineEdit(this);
    m_color = new QLineEdit(this);
    m_color->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_description = new QLineEdit(this);
    m_parent = new QComboBox(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Parent:"), m_parent);

    auto *create = new QPushButton(tr("New Tag"), this);
    m_save = new QPushButton(tr("Save Changes"), this);
    m_merge = new QPushButton(tr("Merge Into\u2026"), this);
    m_delete = new QPushButton(tr("Delete\u2026"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {create, m_save, m_merge, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TagCodebookDialog::showCurrent);
    connect(create, &QPushButton::clicked, this, &TagCodebookDialog::createTag);
    connect(m_save, &QPushButton::clicked, this, &TagCodebookDialog::saveCurrent);
    connect(m_merge, &QPushButton::clicked, this, &TagCodebookDialog::mergeCurrent);
    connect(m_delete, &QPushButton::clicked, this, &TagCodebookDialog::deleteCurrent);
    resize(560, 520);
    reload();
}

void TagCodebookDialog::reload()
{
    const qint64 current = currentTagId();
    m_tags = m_library->tags().all();
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Tag &tag : std::as_const(m_tags)) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, tag.name);
        item->setText(1, QString::number(tag.usage));
        item->setText(2, tag.description);
        item->setData(0, kIdRole, tag.id);
        if (!tag.color.isEmpty())
            item->setIcon(0, AnnotationEditor::swatch(tag.color));
        items.insert(tag.id, item);
    }
    for (const Tag &tag : std::as_const(m_tags)) {
        QTreeWidgetItem *parent = items.value(tag.parentId);
        if (parent)
            parent->addChild(items[tag.id]);
        else
            m_tree->addTopLevelItem(items[tag.id]);
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *item = items.value(current))
        m_tree->setCurrentItem(item);
    showCurrent();
}

qint64 TagCodebookDialog::currentTagId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void TagCodebookDialog::selectTag(qint64 id)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(0, kIdRole).toLongLong() == id)
            m_tree->setCurrentItem(*it);
    }
}

void TagCodebookDialog::showCurrent()
{
    const qint64 id = currentTagId();
    Tag tag;
    for (const Tag &candidate : std::as_const(m_tags)) {
        if (candidate.id == id)
            tag = candidate;
    }
    m_name->setText(tag.name);
    m_color->setText(tag.color);
    m_description->setText(tag.description);
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), qint64(0));
    for (const Tag &candidate : std::as_const(m_tags)) {
        if (candidate.id != id)
            m_parent->addItem(candidate.name, candidate.id);
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(tag.parentId)));
    for (QWidget *widget : {static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_merge),
                            static_cast<QWidget *>(m_delete)})
        widget->setEnabled(id != 0);
}

bool TagCodebookDialog::run(std::unique_ptr<TagEdit> edit, const QString &text)
{
    if (m_performEdit) {
        // The window applies it, shows a refusal and re-reads (this dialog too).
        if (!m_performEdit(std::move(edit), text))
            return false;
        reload();
        emit codebookChanged();
        return true;
    }
    QString error;
    try {
        edit->apply(*m_library);
    } catch (const DatabaseError &failure) {
        error = failure.message();
    } catch (const std::exception &failure) {
        error = QString::fromLocal8Bit(failure.what());
    }
    if (!error.isEmpty()) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Tag Codebook"), error, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("codebookError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    reload();
    emit codebookChanged();
    return true;
}

bool TagCodebookDialog::saveTag(const Tag &tag)
{
    const bool done =
        tag.id == 0 ? run(TagEdit::create(tag), tr("New Tag \u201c%1\u201d").arg(tag.name))
                    : run(TagEdit::change(tag), tr("Change Tag \u201c%1\u201d").arg(tag.name));
    if (done && tag.id == 0) {
        if (const std::optional<Tag> created = m_library->tags().named(tag.name))
            selectTag(created->id);
    }
    return done;
}

bool TagCodebookDialog::mergeTags(qint64 from, qint64 into)
{
    return run(TagEdit::merge(from, into), tr("Merge Tags"));
}

bool TagCodebookDialog::deleteTag(qint64 id, TagDeletion policy)
{
    return run(TagEdit::remove(id, policy), tr("Delete Tag"));
}

void TagCodebookDialog::createTag()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Tag"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Tag tag;
    tag.name = name;
    tag.parentId = currentTagId(); // new tags go under the selected one
    saveTag(tag);
}

void TagCodebookDialog::saveCurrent()
{
    Tag tag;
    tag.id = currentTagId();
    tag.name = m_name->text();
    tag.color = m_color->text().trimmed();
    tag.description = m_description->text();
    tag.parentId = m_parent->currentData().toLongLong();
    saveTag(tag);
}

void TagCodebookDialog::mergeCurrent()
{
    const qint64 from = currentTagId();
    QStringList names;
    QList<qint64> ids;
    QString fromName;
    for (const Tag &tag : std::as_const(m_tags)) {
        if (tag.id == from) {
            fromName = tag.name;
            continue;
        }
        names << tag.name;
        ids << tag.id;
    }
    if (from == 0 || names.isEmpty())
        return;
    bool ok = false;
    const QString target = QInputDialog::getItem(
        this, tr("Merge Tags"),
        tr("Every annotation tagged \u201c%1\u201d will be tagged with the tag you choose, and "
           "\u201c%1\u201d will be removed from the codebook.")
            .arg(fromName),
        names, 0, false, &ok);
    if (ok)
        mergeTags(from, ids[names.indexOf(target)]);
}

void TagCodebookDialog::deleteCurrent()
{
    const qint64 id = currentTagId();
    Tag tag;
    for (const Tag &candidate : std::as_const(m_tags)) {
        if (candidate.id == id)
            tag = candidate;
    }
    if (id == 0)
        return;
    if (tag.usage == 0) {
        deleteTag(id, TagDeletion::RefuseWhenUsed);
        return;
    }
    if (m_performEdit) {
        // Undoable: Edit → Undo puts the tag back on the same annotations.
        deleteTag(id, TagDeletion::RemoveFromAnnotations);
        return;
    }
    QMessageBox question(
        QMessageBox::Question, tr("Delete Tag"),
        tr("\u201c%1\u201d is on %n annotation(s). Remove it from them and delete it? "
           "The annotations themselves stay.",
           nullptr, tag.usage)
            .arg(tag.name),
        QMessageBox::Cancel, this);
    QPushButton *remove =
        question.addButton(tr("Remove From Annotations and Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() == remove)
        deleteTag(id, TagDeletion::RemoveFromAnnotations);
}

} // namespace duizhao
