#pragma once

#include "Tag.h"
#include "shell/LibraryCommand.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace duizhao {

class Library;
class TagEdit;

// The tag codebook: tags as a tree (parent → children) with how many annotations carry
// each. Create, edit (name, colour, description, parent), merge one tag into another,
// delete — deleting a tag in use removes it from its annotations; no annotation is ever
// deleted. Every change is a TagEdit handed to `performEdit` (the window's undo stack),
// so a merge or delete is undone with Edit → Undo rather than asked about first. Without
// a performer (a dialog on its own) changes are applied directly, and deleting a tag in
// use asks first, since nothing could undo it.
class TagCodebookDialog : public QDialog
{
    Q_OBJECT

public:
    TagCodebookDialog(Library *library, EditPerformer performEdit = {}, QWidget *parent = nullptr);

    void reload();
    qint64 currentTagId() const;
    void selectTag(qint64 id);

    // The operations behind the buttons, without questions; false and the reason shown
    // (objectName "codebookError") when the library refuses.
    bool saveTag(const Tag &tag);
    bool mergeTags(qint64 from, qint64 into);
    bool deleteTag(qint64 id, TagDeletion policy);

    QTreeWidget *tree() const { return m_tree; }

signals:
    void codebookChanged();

private:
    void showCurrent();
    void createTag();
    void saveCurrent();
    void mergeCurrent();
    void deleteCurrent();
    bool run(std::unique_ptr<TagEdit> edit, const QString &text);

    Library *m_library;
    EditPerformer m_performEdit;
    QList<Tag> m_tags;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_color = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_parent = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace duizhao
