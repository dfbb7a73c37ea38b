#include "SearchHitDelegate.h"

#include "reader/EssayHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace duizhao {

namespace {

constexpr int kMargin = 6;
constexpr int kSnippetLines = 2;

} // namespace

SearchHitDelegate::SearchHitDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString SearchHitDelegate::snippetHtml(const QString &snippet, const QString &markColour)
{
    QString html;
    bool inside = false;
    QString run;
    const auto flush = [&] {
        html += inside ? QStringLiteral("<b style=\"background-color:") + markColour +
                             QStringLiteral(";\">") + run.toHtmlEscaped() + QStringLiteral("</b>")
                       : run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if ((c == u'\u00ab' && !inside) || (c == u'\u00bb' && inside)) {
            flush();
            inside = !inside;
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    const QFontMetrics boldMetrics(bold);
    painter->drawText(area.left(), area.top() + boldMetrics.ascent(),
                      boldMetrics.elidedText(title, Qt::ElideRight, area.width()));

    QTextDocument snippet;
    snippet.setDocumentMargin(0);
    snippet.setDefaultFont(option.font);
    QFont font = option.font;
    font.setFamilies(EssayHtml::fontFamilies());
    snippet.setDefaultFont(font);
    const QColor base = option.palette.color(QPalette::Base);
    const QColor mark =
        base.lightnessF() < 0.5 ? QColor(0x6b, 0x55, 0x10) : QColor(0xff, 0xe6, 0x8a);
    snippet.setDefaultStyleSheet(
        QStringLiteral("body { color:%1; }").arg(option.palette.color(textRole).name()));
    snippet.setHtml(QStringLiteral("<body>") +
                    snippetHtml(index.data(SnippetRole).toString(), mark.name()) +
                    QStringLiteral("</body>"));
    snippet.setTextWidth(area.width());
    const int top = area.top() + boldMetrics.height() + 2;
    painter->translate(area.left(), top);
    const QRect clip(0, 0, area.width(), area.bottom() - top);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, option.palette.color(textRole));
    context.clip = clip;
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + 2 +
                       int(QFontMetrics(option.font).lineSpacing() * 1.4 * kSnippetLines) + kMargin;
    // 1.4: CJK faces (the snippet falls back to them) set taller lines than the UI font.
    return {200, height};
}

} // namespace duizhao
