#include "TagCompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace duizhao {

TagCompleter::TagCompleter(const QStringList &tags, QObject *parent)
    : QCompleter(new QStringListModel(tags), parent)
{
    model()->setParent(this);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList TagCompleter::splitPath(const QString &path) const
{
    const qsizetype comma = path.lastIndexOf(u',');
    return {path.mid(comma + 1).trimmed()};
}

QString TagCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString tag = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<QLineEdit *>(widget());
    if (!edit)
        return tag;
    const QString text = edit->text();
    const qsizetype comma = text.lastIndexOf(u',');
    return comma < 0 ? tag : text.left(comma + 1) + u' ' + tag;
}

QStringList TagCompleter::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

} // namespace duizhao
