#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

class MainWindow;

// What the window does once main() has read the command line: import what it was
// given, show the window and open an essay, and the options that make a scripted run
// of it (docs/user-guide.md): --highlight BLOCK highlights a block and its counterpart,
// --search QUERY opens the search panel on the query's best hit, and --screenshot FILE
// saves a PNG of the window once the essay is shown, then quits (exit code 1 if anything
// failed on the way). That is how the user guide's pictures are made, under the
// offscreen platform. Apart from main() so that main.cpp only reads arguments.
class Startup : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString libraryPath;
        QStringList imports;
        qint64 openId = 0; // 0: the default essay
        std::optional<int> highlightBlock;
        QString searchQuery;
        QString screenshot; // a PNG file; empty: none, the window stays
    };

    Startup(MainWindow &window, Options options, QObject *parent = nullptr);

    // Opens the library, imports, then shows the window. Returns false when the library
    // cannot be opened (the window still shows, saying so).
    bool start();

    // "duizhao: text" on stderr.
    static void printError(const QString &text);

private:
    void present();
    void shoot();

    MainWindow &m_window;
    Options m_options;
    bool m_failed = false;
};

} // namespace duizhao
