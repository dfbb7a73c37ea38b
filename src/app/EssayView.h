#pragma once

#include "store/EssayRecord.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTextBrowser;

namespace duizhao {

// The reading pane: one essay, side by side (see EssayHtml for the layouts), or every
// block with its kind when the raw view is on. Shows what it is given; it never opens
// the library, so a test can hand it a record directly.
class EssayView : public QWidget
{
    Q_OBJECT

public:
    explicit EssayView(QWidget *parent = nullptr);

    void setEssay(const EssayRecord &essay);
    // Shows no essay, with `message` in its place ("No essay selected" when empty).
    void clear(const QString &message = {});

    qint64 essayId() const { return m_essay ? m_essay->id : 0; }
    // The essay shown, with its blocks; nullptr when none.
    const EssayRecord *essay() const { return m_essay ? &*m_essay : nullptr; }
    bool hasEssay() const { return m_essay.has_value(); }

    bool isRawView() const;
    void setRawView(bool raw);
    // Checkable; the window puts it in its View menu and tool bar.
    QAction *rawViewAction() const { return m_rawViewAction; }

    // The rendered page, for tests and screenshots.
    QTextBrowser *browser() const { return m_browser; }
    QString html() const { return m_html; }

signals:
    void rawViewChanged(bool raw);
    // The page was laid out again (new essay, raw view toggled): whatever was drawn
    // into the old page (annotation highlights) has to be drawn again.
    void pageRendered();

private:
    void render();

    QLabel *m_layoutLabel = nullptr;
    QTextBrowser *m_browser = nullptr;
    QAction *m_rawViewAction = nullptr;
    std::optional<EssayRecord> m_essay;
    QString m_message;
    QString m_html;
};

} // namespace duizhao
