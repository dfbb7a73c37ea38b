#pragma once

#include <QCoreApplication>

#include <memory>

namespace duizhao {

// The application object for a command-line process that must lay out and print text
// (PDF export): a QGuiApplication, since fonts and the paint engine need one. With no
// display (no DISPLAY, no WAYLAND_DISPLAY) and no QT_QPA_PLATFORM chosen by the user,
// the offscreen platform is set first, so the CLI works over ssh, in CI and in cron.
std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv);

} // namespace duizhao
