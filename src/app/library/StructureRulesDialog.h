#pragma once

#include "StructureRule.h"
#include "shell/LibraryCommand.h"

#include <QDialog>
#include <QList>

#include <functional>

class QPushButton;
class QTableWidget;

namespace duizhao {

class Library;

// Edit → Structure Rules: every rule the reader has taught, with its kind, how alike a
// line must be and where it holds. A rule's kind can be changed and a rule removed;
// either re-classifies the library's lines at once. Each is a RuleEdit handed to
// `performEdit` (the window's undo stack, which also reports a refusal and re-reads the
// window), so a removal is undone with Edit → Undo instead of asked about first.
class StructureRulesDialog : public QDialog
{
    Q_OBJECT

public:
    StructureRulesDialog(Library &library, EditPerformer performEdit, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *removeButton() const { return m_remove; }
    // Whether anything was changed while the dialog was open (the window re-reads).
    bool changedLibrary() const { return m_changed; }

    // The selected rule's kind, or removing it, as the buttons do (tests call them).
    bool setKind(int row, BlockKind kind);
    bool removeRow(int row);

private:
    void reload();
    bool run(std::unique_ptr<LibraryEdit> edit, const QString &text);

    Library &m_library;
    EditPerformer m_performEdit;
    QList<StructureRule> m_rules;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_changed = false;
};

} // namespace duizhao
