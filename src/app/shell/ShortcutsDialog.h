#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTreeWidget;

namespace duizhao {

// Help → Keyboard Shortcuts: every menu entry that has a shortcut, read from the
// actions themselves (the menu bar walked menu by menu, submenus included), so the
// list is never out of date and shows the keys in the UI's language.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry {
        QString menu;   // "View", "Edit › Alignment"
        QString action; // "Zoom In" (mnemonics and the trailing ellipsis removed)
        QString keys;   // "Ctrl+=, Ctrl++" in the platform's native text
    };

    ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    static QList<Entry> collect(const QMenuBar *menuBar);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace duizhao
