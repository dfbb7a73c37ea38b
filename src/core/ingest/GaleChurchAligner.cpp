#include "GaleChurchAligner.h"

#include <cmath>
#include <limits>
#include <vector>

namespace duizhao {

namespace {

// Variance of the length difference per unit of length, from Gale & Church.
constexpr double kVariance = 6.8;

struct Bead {
    int english;
    int chinese;
    double prior; // probability of the bead type
};

// Gale & Church's priors: 1–1 dominates; insertions, deletions and merges are rare.
constexpr Bead kBeads[] = {
    {1, 1, 0.89},      {1, 0, 0.0099 / 2}, {0, 1, 0.0099 / 2},
    {2, 1, 0.089 / 2}, {1, 2, 0.089 / 2},  {2, 2, 0.011},
};

// Two-sided tail probability of the standard normal, as in the original paper.
double normalTail(double z)
{
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

double lengthCost(double english, double chinese, double ratio)
{
    const double expected = chinese * ratio;
    const double mean = (english + expected) / 2.0;
    if (mean <= 0)
        return 0;
    const double z = (english - expected) / std::sqrt(kVariance * mean);
    const double probability = std::max(normalTail(z), 1e-12);
    return -std::log(probability);
}

} // namespace

QList<Pair> GaleChurchAligner::align(const QList<int> &englishLengths,
                                     const QList<int> &chineseLengths)
{
    const int n = int(englishLengths.size());
    const int m = int(chineseLengths.size());
    QList<Pair> pairs;
    if (n == 0 || m == 0)
        return pairs;

    double englishTotal = 0, chineseTotal = 0;
    for (int length : englishLengths)
        englishTotal += length;
    for (int length : chineseLengths)
        chineseTotal += length;
    const double ratio = chineseTotal > 0 ? englishTotal / chineseTotal : 1.0;

    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<double> cost(size_t(n + 1) * size_t(m + 1), infinity);
    std::vector<signed char> choice(cost.size(), -1);
    const auto at = [m](int i, int j) {
        return size_t(i) * size_t(m + 1) + size_t(j);
    };
    cost[at(0, 0)] = 0;

    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            for (int b = 0; b < int(std::size(kBeads)); ++b) {
                const Bead &bead = kBeads[b];
                if (i < bead.english || j < bead.chinese)
                    continue;
                const double previous = cost[at(i - bead.english, j - bead.chinese)];
                if (previous == infinity)
                    continue;
                double english = 0, chinese = 0;
                for (int k = 1; k <= bead.english; ++k)
                    english += englishLengths[i - k];
                for (int k = 1; k <= bead.chinese; ++k)
                    chinese += chineseLengths[j - k];
                const double total =
                    previous - std::log(bead.prior) + lengthCost(english, chinese, ratio);
                if (total < cost[at(i, j)]) {
                    cost[at(i, j)] = total;
                    choice[at(i, j)] = static_cast<signed char>(b);
                }
            }
        }
    }

    for (int i = n, j = m; i > 0 || j > 0;) {
        const Bead &bead = kBeads[choice[at(i, j)]];
        Pair pair;
        for (int k = bead.english; k >= 1; --k)
            pair.english.append(i - k);
        for (int k = bead.chinese; k >= 1; --k)
            pair.chinese.append(j - k);
        pairs.prepend(pair);
        i -= bead.english;
        j -= bead.chinese;
    }
    return pairs;
}

} // namespace duizhao
