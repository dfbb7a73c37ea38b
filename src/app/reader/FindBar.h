#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace duizhao {

// The find-in-essay bar (Ctrl+F): a text box, "3 of 12", previous / next and close.
// It only reports what the user does; EssayView does the finding and tells the bar
// the count with setResult(). Enter goes to the next match, Shift+Enter to the
// previous one, Escape closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Shows the bar with its text selected, ready to type over.
    void activate();
    // `current` counts from 1; 0 with matches > 0 means none is selected yet.
    void setResult(int current, int matches);

    QLineEdit *edit() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }

signals:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
};

} // namespace duizhao
