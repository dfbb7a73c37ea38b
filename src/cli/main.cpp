#include "Cli.h"
#include "ConsoleOutput.h"
#include "Exporter.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// A PDF export runs in duizhao-cli-pdf, built and installed next to this program: only
// that program links QtGui, whose load (fontconfig, freetype, harfbuzz, EGL, X11, …)
// would otherwise double the start of every command (see docs/performance.md, "Fixed
// cost of a CLI command"). exec, not a child: the same arguments, process, standard
// streams and exit code.
int runPdfProgram(char *argv[])
{
    const QString program =
        QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(DUIZHAO_PDF_PROGRAM);
    ::execv(QFile::encodeName(program).constData(), argv);
    duizhao::ConsoleOutput::err(QStringLiteral("duizhao-cli: PDF export needs %1: %2\n")
                                    .arg(program, QString::fromLocal8Bit(std::strerror(errno))));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QCoreApplication::setApplicationName(QStringLiteral("duizhao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (duizhao::Cli::needsGui(arguments))
        return runPdfProgram(argv);
    return duizhao::Cli(&duizhao::Exporter::forTextFormat).run(arguments);
}
