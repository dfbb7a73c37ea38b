#include "AlignmentEditor.h"

#include <algorithm>
#include <climits>

namespace duizhao::AlignmentEditor {

namespace {

int firstBlock(const Pair &pair)
{
    int first = INT_MAX;
    for (int index : pair.english + pair.chinese)
        first = std::min(first, index);
    return first;
}

void sortRows(QList<Pair> &pairs)
{
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return firstBlock(a) < firstBlock(b); });
}

} // namespace

QList<Pair> merge(const QList<Pair> &pairs, int row)
{
    if (row < 0 || row + 1 >= pairs.size())
        return pairs;
    QList<Pair> result = pairs;
    Pair &target = result[row];
    const Pair next = result.takeAt(row + 1);
    target.english += next.english;
    target.chinese += next.chinese;
    std::sort(target.english.begin(), target.english.end());
    std::sort(target.chinese.begin(), target.chinese.end());
    return result;
}

QList<Pair> split(const QList<Pair> &pairs, int row)
{
    if (row < 0 || row >= pairs.size())
        return pairs;
    const Pair &source = pairs[row];
    if (source.english.size() < 2 && source.chinese.size() < 2)
        return pairs;
    // The last block of each side that has more than one moves to a new row after it.
    Pair first = source;
    Pair second;
    if (first.english.size() > 1)
        second.english.append(first.english.takeLast());
    if (first.chinese.size() > 1)
        second.chinese.append(first.chinese.takeLast());
    QList<Pair> result = pairs;
    result[row] = first;
    result.insert(row + 1, second);
    return result;
}

QList<Pair> unpair(const QList<Pair> &pairs, int row)
{
    if (row < 0 || row >= pairs.size())
        return pairs;
    QList<Pair> result = pairs;
    result.removeAt(row);
    return result;
}

QList<Pair> pair(const QList<Pair> &pairs, int englishBlock, int chineseBlock)
{
    QList<Pair> result;
    for (Pair existing : pairs) {
        existing.english.removeAll(englishBlock);
        existing.chinese.removeAll(chineseBlock);
        if (!existing.english.isEmpty() || !existing.chinese.isEmpty())
            result.append(existing);
    }
    result.append(Pair{{englishBlock}, {chineseBlock}});
    sortRows(result);
    return result;
}

} // namespace duizhao::AlignmentEditor
