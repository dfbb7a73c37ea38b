#pragma once

#include "ScriptConverter.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace duizhao {

// The tool bar switch for the scripts the panes show Chinese text in: a left and a
// right combo box. The right one also offers "Automatic" (the layout's default: the
// other script for a Chinese-only essay, as written for a bilingual one) and, where
// the essay allows, "One pane" (no right column).
class ScriptSwitch : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptSwitch(QWidget *parent = nullptr);

    // What the switch offers: the left box only when the left column holds Chinese
    // text, "One pane" only when the right column can go.
    void configure(bool leftChinese, bool rightChinese, bool rightPaneOptional,
                   const QString &rightLabel);

    ScriptView leftScript() const;
    void setLeftScript(ScriptView view);
    // nullopt: automatic.
    std::optional<ScriptView> rightScript() const;
    void setRightScript(std::optional<ScriptView> view);
    bool isRightPaneShown() const;
    void setRightPaneShown(bool shown);

    QComboBox *leftBox() const { return m_left; }
    QComboBox *rightBox() const { return m_right; }

signals:
    // The user changed a box (not emitted by the setters).
    void changed();

private:
    int rightIndexFor(std::optional<ScriptView> view, bool shown) const;

    QLabel *m_leftLabel = nullptr;
    QComboBox *m_left = nullptr;
    QLabel *m_rightLabel = nullptr;
    QComboBox *m_right = nullptr;
};

} // namespace duizhao
