#pragma once

#include <QCompleter>

namespace duizhao {

// Completes the last of several comma-separated tags in a line edit from the codebook:
// typing "chips, exp" offers "export controls" and accepting it gives
// "chips, export controls".
class TagCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit TagCompleter(const QStringList &tags, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    // "a, b ,, c" → {"a", "b", "c"}
    static QStringList parseTags(const QString &text);
};

} // namespace duizhao
