// File → Export…: the exchange formats (REFI-QDA, TMX, CSL-JSON) are offered, previewed
// sensibly (a .qdpx as the files it holds, not its bytes) and written as the CLI would.
#include "../unit/ExportFixture.h"

#include "ExportSelection.h"
#include "Exporter.h"
#include "Library.h"
#include "export/ExportDialog.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

class ExportDialogFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Library library(m_dir.filePath(QStringLiteral("library.sqlite")));
        ExportFixture::build(library);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->setLibraryPath(m_dir.filePath(QStringLiteral("library.sqlite"))));
        QVERIFY(m_window->openEssay(library.essays().all().front().id));
    }

    void cleanupTestCase() { m_window.reset(); }

    void chooserOffersTheExchangeFormats()
    {
        ExportDialog *dialog = m_window->openExportDialog();
        const auto *chooser = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
        QStringList formats;
        for (int i = 0; i < chooser->count(); ++i)
            formats << chooser->itemData(i).toString();
        for (const QString &format :
             {QStringLiteral("qdpx"), QStringLiteral("tmx"), QStringLiteral("csl-json")})
            QVERIFY2(formats.contains(format), qPrintable(formats.join(u' ')));
        dialog->close();
    }

    void qdpxPreviewListsTheFilesNotTheBytes()
    {
        ExportDialog *dialog = m_window->openExportDialog();
        dialog->setScope(ExportDialog::Scope::WholeLibrary);
        dialog->setFormat(QStringLiteral("qdpx"));
        const QString preview = dialog->previewText();
        QVERIFY2(preview.startsWith(QStringLiteral("Binary file (ZIP")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("3 files")));
        QVERIFY(preview.contains(QStringLiteral("project.qde")));
        QVERIFY(!preview.contains(QStringLiteral("PK")));
        QVERIFY(!preview.contains(QStringLiteral("<Project")));

        // xvfb-run … DUIZHAO_SCREENSHOT_DIR=/tmp: a picture of the dialog to look at.
        if (const QString folder = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(folder + QStringLiteral("/export-dialog-qdpx.png")));
        }

        dialog->setFormat(QStringLiteral("tmx"));
        QVERIFY(dialog->previewText().contains(QStringLiteral("<tuv xml:lang=\"zh-Hant\">")));
        dialog->setFormat(QStringLiteral("csl-json"));
        QVERIFY(dialog->previewText().contains(QStringLiteral("\"duizhao-2\"")));
        dialog->close();
    }

    void writesTheSameQdpxAsCore()
    {
        ExportDialog *dialog = m_window->openExportDialog();
        dialog->setScope(ExportDialog::Scope::WholeLibrary);
        dialog->setFormat(QStringLiteral("qdpx"));
        const QString path = m_dir.filePath(QStringLiteral("notes.qdpx"));
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.front().at(1).toString(), QString());
        Library library(m_dir.filePath(QStringLiteral("library.sqlite")));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(),
                 Exporter::forTextFormat(u"qdpx")->write(ExportSelection{}.collect(library)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(ExportDialogFormatsTest)
#include "tst_export_dialog_formats.moc"
