#pragma once

#include <QStyledItemDelegate>

namespace duizhao {

// Paints a search hit as its essay title over the snippet, with the matched words
// (marked «like this» by Library::search) in bold on a tint instead of the marks.
// Reads Qt::DisplayRole (title) and SnippetRole.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SnippetRole = Qt::UserRole + 10;

    explicit SearchHitDelegate(QObject *parent = nullptr);

    // "a «chip» b" → "a <b …>chip</b> b", everything else escaped.
    static QString snippetHtml(const QString &snippet, const QString &markColour);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace duizhao
