#include "CliRunner.h"
#include "GeneratedEssays.h"

#include "library/LibraryModel.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

// The reader app facing the faults of docs/reliability.md: a library that cannot be
// opened offers a way out, and essays another process imports appear without a click.
class TestAppLibraryFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void damagedLibraryOffersAWayOut()
    {
        const QString db = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5A'));
        file.close();
        QFile backup(db + QStringLiteral(".v3.bak"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.close();

        MainWindow window;
        QVERIFY(!window.setLibraryPath(db));
        QVERIFY(!window.hasLibrary());
        QVERIFY(window.lastError().contains(QStringLiteral("not a database")));
        QVERIFY(window.lastError().contains(QStringLiteral("damaged.sqlite.v3.bak")));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        bool offersAnother = false;
        for (QAbstractButton *button : box->buttons())
            offersAnother =
                offersAnother || button->text().startsWith(QStringLiteral("Open Another Library"));
        QVERIFY(offersAnother);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("openLibraryAction")));

        // The way out works: another library opens in the same window.
        QVERIFY(window.setLibraryPath(m_dir.filePath(QStringLiteral("fresh.sqlite"))));
        QVERIFY(window.hasLibrary());
    }

    void essaysImportedElsewhereAppear()
    {
        const QString db = m_dir.filePath(QStringLiteral("shared.sqlite"));
        const QStringList files =
            GeneratedEssays::write(m_dir.filePath(QStringLiteral("input")), 3);
        QCOMPARE(files.size(), 3);
        MainWindow window;
        QVERIFY(window.setLibraryPath(db));
        QCOMPARE(window.libraryModel()->rowCount(), 0);

        QCOMPARE(runCli(db, {QStringLiteral("import"), files[0]}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.libraryModel()->rowCount(), 1, 10000);
        QCOMPARE(runCli(db, {QStringLiteral("import"), files[1], files[2]}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.libraryModel()->rowCount(), 3, 10000);
    }
};

QTEST_MAIN(TestAppLibraryFaults)
#include "tst_app_library_faults.moc"
