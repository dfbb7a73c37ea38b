#pragma once

#include "StructureRule.h"

#include <QDialog>
#include <QList>

#include <functional>

class QPushButton;
class QTableWidget;

namespace duizhao {

class Library;

// Edit → Structure Rules: every rule the reader has taught, with its kind, how alike a
// line must be and where it holds. A rule's kind can be changed and a rule removed;
// either re-classifies the library's lines at once (StructureTeacher). Failures are
// reported by `report`, the window's way of showing an error.
class StructureRulesDialog : public QDialog
{
    Q_OBJECT

public:
    using Report = std::function<void(const QString &title, const QString &text)>;

    StructureRulesDialog(Library &library, Report report, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *removeButton() const { return m_remove; }
    // Whether anything was changed while the dialog was open (the window re-reads).
    bool changedLibrary() const { return m_changed; }

    // The selected rule's kind, or removing it, as the buttons do (tests call them).
    bool setKind(int row, BlockKind kind);
    bool removeRow(int row);

private:
    void reload();
    bool run(const QString &failure, const std::function<void()> &edit);

    Library &m_library;
    Report m_report;
    QList<StructureRule> m_rules;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_changed = false;
};

} // namespace duizhao
