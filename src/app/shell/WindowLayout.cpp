#include "WindowLayout.h"

#include <algorithm>

namespace duizhao::WindowLayout {

QSize defaultSize(const QRect &available)
{
    const int roomWidth = available.width();
    const int roomHeight = std::max(0, available.height() - kFrameAllowance);
    const int width = std::min({roomWidth * 9 / 10, 1600, roomWidth});
    const int height = std::min({roomHeight * 92 / 100, 1000, roomHeight});
    return {std::max(width, std::min(640, roomWidth)), std::max(height, std::min(480, roomHeight))};
}

QRect centred(const QSize &size, const QRect &available)
{
    const int x = available.left() + std::max(0, (available.width() - size.width()) / 2);
    const int y =
        available.top() + std::max(0, (available.height() - size.height() - kFrameAllowance) / 2);
    return {QPoint(x, y), size};
}

int libraryWidth(int windowWidth)
{
    return std::clamp(windowWidth / 4, 220, 400);
}

int dockWidth(int windowWidth)
{
    return std::clamp(windowWidth * 17 / 100, 180, 300);
}

} // namespace duizhao::WindowLayout
