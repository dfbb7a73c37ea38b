// duizhao-cli-pdf: duizhao-cli with the PDF exporter. duizhao-cli hands it every
// `export --format pdf` (see main.cpp); it runs any other command the same way.
#include "Cli.h"
#include "Exporters.h"
#include "GuiApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Fonts and the paint engine need a QGuiApplication; other commands stay a plain
    // QCoreApplication.
    const std::unique_ptr<QCoreApplication> app =
        duizhao::Cli::needsGui(arguments) ? duizhao::createGuiApplication(argc, argv)
                                          : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QCoreApplication::setApplicationName(QStringLiteral("duizhao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    return duizhao::Cli(&duizhao::Exporters::create).run(QCoreApplication::arguments());
}
