#pragma once

#include <QList>
#include <QString>

namespace duizhao {

// A block's Chinese text as a script view shows it: the converted text and the
// characters to mark, [start, start + length) in UTF-16 offsets of `text`, each with
// its tooltip ("后: 後 后"). See PageConversions.
struct ConvertedText {
    struct Mark {
        qsizetype start = 0;
        qsizetype length = 0;
        QString toolTip;
    };
    QString text;
    QList<Mark> marks;
};

} // namespace duizhao
