#pragma once

#include <QRect>
#include <QSize>

namespace duizhao {

// How big the window and its panes are when nothing was remembered: worked out from
// the screen's available geometry (what the desktop's panels leave), so the window,
// its frame and its status bar fit a 1366×768 laptop screen as well as a large one.
// Pure functions, tested without a window (tst_shell_window).
//
//   available 1366×768   → window 1229×669, library 307, annotations dock 208
//   available 1920×1080  → window 1600×956, library 400, annotations dock 272
namespace WindowLayout {

// Room left for the window manager's frame (title bar, borders) around the client area.
inline constexpr int kFrameAllowance = 40;

// The client size of a new window: 90 % of the available width and 92 % of the height
// less the frame, at most 1600×1000, at least 640×480 (or the whole screen if smaller).
QSize defaultSize(const QRect &available);
// A rectangle of `size` centred in `available`, frame included.
QRect centred(const QSize &size, const QRect &available);
// The library pane and the annotations dock for a window `windowWidth` wide; the
// reading pane gets the rest, so it is always the widest.
int libraryWidth(int windowWidth);
int dockWidth(int windowWidth);

} // namespace WindowLayout

} // namespace duizhao
