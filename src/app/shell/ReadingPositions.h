#pragma once

#include <QString>

#include <optional>

namespace duizhao {

// Where the reader was in each essay of a library: the block at the top of the page
// when the essay was left, kept in QSettings under readingPositions/<library key>/<id>
// (the key is a hash of the library's absolute path, so two libraries never mix). A
// block, not a scroll offset: it lands on the same paragraph at another window width or
// text size.
class ReadingPositions
{
public:
    explicit ReadingPositions(const QString &libraryPath);

    std::optional<int> block(qint64 essayId) const;
    // Block 0 (the top) is stored as no position, keeping the settings small.
    void setBlock(qint64 essayId, int block);

private:
    QString m_group;
};

} // namespace duizhao
