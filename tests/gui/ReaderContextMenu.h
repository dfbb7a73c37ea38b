#pragma once

#include "reader/EssayView.h"

#include <QMenu>
#include <QTextBrowser>
#include <QTextCursor>

// Opens the page's context menu on a block's paragraph, as a right-click there does, and
// returns the action named `name` in it (searched through the submenus); nullptr when the
// block is not on the page or the menu has no such entry.
inline QAction *readerContextAction(duizhao::EssayView *view, int blockIndex, const QString &name)
{
    const auto spans = view->paragraphSpans(blockIndex);
    if (spans.isEmpty())
        return nullptr;
    QTextCursor cursor(view->browser()->document());
    cursor.setPosition(spans.constLast().first + 1);
    view->browser()->setTextCursor(cursor);
    view->browser()->ensureCursorVisible();
    qDeleteAll(view->browser()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly)); // earlier menus
    emit view->browser()->customContextMenuRequested(view->browser()->cursorRect(cursor).center());
    for (QMenu *menu : view->browser()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == name)
                return action;
        }
    }
    return nullptr;
}
