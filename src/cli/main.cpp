#include "Cli.h"
#include "GuiApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only a PDF export pays for QtGui (fonts, a platform plugin); every other command
    // stays a plain QCoreApplication.
    const std::unique_ptr<QCoreApplication> app =
        duizhao::Cli::needsGui(arguments) ? duizhao::createGuiApplication(argc, argv)
                                          : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QCoreApplication::setApplicationName(QStringLiteral("duizhao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    return duizhao::Cli().run(QCoreApplication::arguments());
}
