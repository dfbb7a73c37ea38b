#include "Database.h"
#include "Library.h"
#include "ReaderTestLibrary.h"
#include "Schema.h"
#include "SearchTokenizer.h"
#include "library/LibraryFilterModel.h"
#include "library/LibraryModel.h"
#include "shell/MainWindow.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace duizhao;

// The library side of the window: importing a folder with a bad file in it (progress,
// per-file results, a responsive window) and the table's sort order (Chinese titles by
// pinyin, English alphabetically).
class TestReaderLibrary : public QObject
{
    Q_OBJECT

    QStringList titlesInTableOrder(const MainWindow &window) const
    {
        QStringList titles;
        const LibraryFilterModel *proxy = window.filterModel();
        for (int row = 0; row < proxy->rowCount(); ++row)
            titles << proxy->index(row, LibraryModel::Title).data().toString();
        return titles;
    }

    // A schema-7 library (Duizhao before block text moved to essay_text) with one essay,
    // 晶片之爭, of two blocks; then `more` SQL.
    static void writeVersion7Library(const QString &path, QStringView more = {})
    {
        Database db(path);
        SearchTokenizer::registerWith(db.handle());
        Schema::migrate(db, 7);
        db.execute(
            u"INSERT INTO essay (id, file, sha256, size, encoding, encoding_confidence, title, "
            u"imported_at, updated_at) VALUES (1, '/old.txt', 'h', 10, 'UTF-8', 100, '晶片之爭', "
            u"'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'); "
            u"INSERT INTO block (essay_id, position, line, kind, lang, text) VALUES "
            u"(1, 0, 1, 'title', 'zh', '晶片之爭'), (1, 1, 3, 'paragraph', 'zh', "
            u"'台灣的晶片產業。')");
        if (!more.isEmpty())
            db.execute(more);
    }

private slots:
    // A library from an older Duizhao opens after an upgrade run off the GUI thread (with
    // a dialog saying so while it runs); its essay is there, and the old file is kept.
    void olderLibraryIsUpgradedOnOpen()
    {
        ReaderTestLibrary library;
        writeVersion7Library(library.path());
        QVERIFY(Library::needsUpgrade(library.path()));
        MainWindow window;
        QSignalSpy upgraded(&window, &MainWindow::libraryUpgraded);
        QVERIFY(window.setLibraryPath(library.path()));
        QCOMPARE(upgraded.size(), 1);
        QVERIFY(!Library::needsUpgrade(library.path()));
        QVERIFY(QFile::exists(library.path() + QStringLiteral(".v7.bak")));
        QCOMPARE(window.libraryModel()->rowCount(), 1);
        QCOMPARE(titlesInTableOrder(window), QStringList{QStringLiteral("晶片之爭")});
        QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("upgradeProgress"))); // closed
        // A library already at this version opens without an upgrade.
        QVERIFY(window.setLibraryPath(library.path()));
        QCOMPARE(upgraded.size(), 1);
    }

    // An upgrade that fails is reported with its reason, once: the open does not run
    // the migration again on the GUI thread, nothing says it was upgraded, and the file
    // is left at its old version, its essay still in it.
    void failedUpgradeIsReportedAndLeavesTheFile()
    {
        ReaderTestLibrary library;
        // In the way of the 7 → 8 step, which creates this table.
        writeVersion7Library(library.path(), u"CREATE TABLE essay_text (stray INTEGER)");
        MainWindow window;
        QSignalSpy upgraded(&window, &MainWindow::libraryUpgraded);
        QVERIFY(!window.setLibraryPath(library.path()));
        QCOMPARE(upgraded.size(), 0);
        QVERIFY(window.lastError().contains(
            QStringLiteral("Upgrading it for this version of Duizhao failed")));
        QVERIFY(window.lastError().contains(QStringLiteral("essay_text")));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("upgraded")));
        QCOMPARE(window.findChildren<QMessageBox *>(QStringLiteral("errorMessage")).size(), 1);
        QCOMPARE(Schema::fileVersion(library.path()), 7);
        Database db(library.path());
        Statement title =
            db.prepare(u"SELECT text FROM block WHERE essay_id = 1 ORDER BY position");
        QVERIFY(title.step());
        QCOMPARE(title.text(0), QStringLiteral("晶片之爭"));
    }

    void importFolderWithABadFile()
    {
        ReaderTestLibrary library;
        const QByteArray good =
            QStringLiteral("\u7b2c\u4e00\u7bc7\n\n\u6b63\u6587\u3002\n").toUtf8();
        QVERIFY(!library.writeFile(QStringLiteral("in/a.txt"), good).isEmpty());
        QVERIFY(!library.writeFile(QStringLiteral("in/b.txt"), "Second essay.\n\nBody text.\n")
                     .isEmpty());
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) % 256);
        QVERIFY(!library.writeFile(QStringLiteral("in/c.txt"), binary).isEmpty());

        MainWindow window;
        QVERIFY(window.setLibraryPath(library.path()));
        window.show();
        QSignalSpy progress(&window, &MainWindow::importProgressed);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importPaths({library.dir() + QStringLiteral("/in")},
                                   MainWindow::ImportFeedback::Quiet));
        QVERIFY(window.isImporting());
        QVERIFY(window.findChild<QProgressDialog *>(QStringLiteral("importProgress")));
        QVERIFY(finished.wait(20000));

        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        const auto results = finished.first().first().value<QList<ImportResult>>();
        QCOMPARE(results.size(), 3);
        int imported = 0;
        int failed = 0;
        for (const ImportResult &result : results) {
            if (result.status == ImportResult::Status::Imported)
                ++imported;
            if (result.status == ImportResult::Status::Failed) {
                ++failed;
                QVERIFY(result.path.endsWith(QStringLiteral("c.txt")));
                QVERIFY(!result.error.isEmpty());
            }
        }
        QCOMPARE(imported, 2);
        QCOMPARE(failed, 1);
        QVERIFY(!window.isImporting());
        QCOMPARE(window.libraryModel()->rowCount(), 2);
        QVERIFY(window.currentEssayId() > 0); // the first imported essay is open
    }

    void titlesSortByPinyinAndAlphabet()
    {
        ReaderTestLibrary library;
        // 中国 zhōng, 北京 běi, 安全 ān: code point order is the reverse of pinyin order.
        const QStringList titles{QStringLiteral("\u4e2d\u56fd\u82af\u7247"),
                                 QStringLiteral("\u5317\u4eac\u6807\u51c6"),
                                 QStringLiteral("\u5b89\u5168\u8fb9\u754c"),
                                 QStringLiteral("zebra crossings"), QStringLiteral("Apple chips")};
        QStringList files;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            const QString body = titles[i].at(0).unicode() < 0x80
                                     ? QStringLiteral("Some body text for the essay.")
                                     : QStringLiteral("\u6b63\u6587\u7b2c\u4e00\u6bb5\u3002");
            files << library.writeFile(
                QStringLiteral("t%1.txt").arg(i),
                (titles[i] + QStringLiteral("\n\n") + body + u'\n').toUtf8());
        }
        QCOMPARE(library.import(files).size(), titles.size());

        MainWindow window;
        QVERIFY(window.setLibraryPath(library.path()));
        window.libraryView()->sortByColumn(LibraryModel::Title, Qt::AscendingOrder);
        const QStringList sorted = titlesInTableOrder(window);
        QCOMPARE(sorted.size(), titles.size());
        const QStringList chinese{titles[2], titles[1], titles[0]};
        QStringList chineseInTable;
        QStringList englishInTable;
        for (const QString &title : sorted)
            (title.at(0).unicode() < 0x80 ? englishInTable : chineseInTable) << title;
        QCOMPARE(chineseInTable, chinese);
        QCOMPARE(englishInTable, (QStringList{titles[4], titles[3]}));

        window.libraryView()->sortByColumn(LibraryModel::Title, Qt::DescendingOrder);
        QStringList reversed = titlesInTableOrder(window);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(reversed, sorted);
    }

    void columns()
    {
        LibraryModel model;
        QStringList heads;
        for (int column = 0; column < model.columnCount(); ++column)
            heads << model.headerData(column, Qt::Horizontal).toString();
        for (const QString &head :
             {QStringLiteral("Title"), QStringLiteral("Author"), QStringLiteral("Outlet"),
              QStringLiteral("Languages"), QStringLiteral("Script"), QStringLiteral("Date"),
              QStringLiteral("Blocks"), QStringLiteral("Notes")})
            QVERIFY2(heads.contains(head), qPrintable(head));
    }
};

QTEST_MAIN(TestReaderLibrary)
#include "tst_reader_library.moc"
