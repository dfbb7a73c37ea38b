// File → Export…: the dialog previews what the CLI would write and writes the same bytes.
#include "../unit/ExportFixture.h"

#include "ExportSelection.h"
#include "Exporter.h"
#include "Library.h"
#include "annotate/AnnotationWorkspace.h"
#include "annotate/ClaimsView.h"
#include "export/ExportDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

class ExportDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheCurrentEssayWithAMarkdownPreview();
    void previewFollowsFormatAndScope();
    void htmlPreviewShowsScrapedMarkupAsText();
    void writesTheSameBytesAsCore();
    void unwritablePathIsAClearError();
    void pdfIsWrittenOffTheGuiThread();
    void selectedRowsBecomeTheSelection();
    void claimsWindowExportsWhatItLists();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_bilingual = 0;
};

void ExportDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings stay out of the user's
    QVERIFY(m_dir.isValid());
    Library library(m_dir.filePath(QStringLiteral("library.sqlite")));
    ExportFixture::build(library);
    m_bilingual = library.essays().all().front().id;
}

void ExportDialogTest::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->setLibraryPath(m_dir.filePath(QStringLiteral("library.sqlite"))));
    QVERIFY(m_window->openEssay(m_bilingual));
}

void ExportDialogTest::cleanup()
{
    m_window.reset();
}

void ExportDialogTest::opensOnTheCurrentEssayWithAMarkdownPreview()
{
    ExportDialog *dialog = m_window->openExportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::CurrentEssay);
    dialog->setFormat(QStringLiteral("md"));
    const QString preview = dialog->previewText();
    QVERIFY2(preview.startsWith(QStringLiteral("---\n")), qPrintable(preview.left(200)));
    QVERIFY(preview.contains(QStringLiteral("> rarely make headlines")));
    QVERIFY(preview.contains(QStringLiteral("Compare with *the 2019 vote*.")));
    // Only the open essay: the simplified essay's note is not in it.
    QVERIFY(!preview.contains(QString::fromUtf16(u"工具链")));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("exportSummary"))->text(),
             QString::fromUtf16(u"1 essay \u00B7 3 annotations"));

    // DUIZHAO_SCREENSHOT_DIR=docs/screenshots refreshes the documentation's picture.
    if (const QString folder = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR"); !folder.isEmpty()) {
        dialog->setFormat(QStringLiteral("html"));
        dialog->previewText();
        QVERIFY(dialog->grab().save(folder + QStringLiteral("/export-dialog.png")));
    }
}

void ExportDialogTest::previewFollowsFormatAndScope()
{
    ExportDialog *dialog = m_window->openExportDialog();
    dialog->setScope(ExportDialog::Scope::WholeLibrary);
    dialog->setFormat(QStringLiteral("csv"));
    QString preview = dialog->previewText();
    QVERIFY2(preview.startsWith(QStringLiteral("essay,")), qPrintable(preview.left(100)));
    QVERIFY(preview.contains(QString::fromUtf16(u"编译器、操作系统和工具链")));

    dialog->setClaimsOnly(true);
    preview = dialog->previewText();
    QVERIFY(preview.contains(QStringLiteral("Trust, not technical merit")));
    QVERIFY2(!preview.contains(QString::fromUtf16(u"工具链")), "a note that is no claim");
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("exportSummary"))->text(),
             QString::fromUtf16(u"1 essay \u00B7 2 annotations"));

    dialog->setFormat(QStringLiteral("json"));
    QVERIFY(dialog->previewText().contains(QStringLiteral("\"TextQuoteSelector\"")));

    dialog->setFormat(QStringLiteral("pdf"));
    QVERIFY(dialog->previewText().contains(QStringLiteral("Trust, not technical merit")));
    // Notes-only makes sense for the laid-out formats only.
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("exportNotesOnly"))->isEnabled());
    dialog->setFormat(QStringLiteral("csv"));
    dialog->previewText();
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("exportNotesOnly"))->isEnabled());
}

void ExportDialogTest::htmlPreviewShowsScrapedMarkupAsText()
{
    Library library(m_dir.filePath(QStringLiteral("library.sqlite")));
    Annotation hostile = ExportFixture::at(library, m_bilingual, 2, QStringLiteral("headlines"));
    hostile.note = QStringLiteral("<script>alert(1)</script> <b>not bold</b>");
    const qint64 id = library.annotations().add(hostile);

    ExportDialog *dialog = m_window->openExportDialog();
    dialog->setFormat(QStringLiteral("html"));
    // Laid out, markup in a note is text the reader sees, not an element.
    QVERIFY(dialog->previewText().contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(dialog->previewText().contains(QStringLiteral("<b>not bold</b>")));
    library.annotations().remove(id);
}

void ExportDialogTest::writesTheSameBytesAsCore()
{
    ExportDialog *dialog = m_window->openExportDialog();
    dialog->setScope(ExportDialog::Scope::WholeLibrary);
    dialog->setFormat(QStringLiteral("md"));
    const QString path = m_dir.filePath(QStringLiteral("notes.md"));
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->startExport(path);
    QVERIFY(dialog->isExporting());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.front().at(1).toString(), QString());

    Library library(m_dir.filePath(QStringLiteral("library.sqlite")));
    const QByteArray expected =
        Exporter::forTextFormat(u"md")->write(ExportSelection{}.collect(library));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected);
}

void ExportDialogTest::unwritablePathIsAClearError()
{
    ExportDialog *dialog = m_window->openExportDialog();
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/notes.md"));
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->startExport(path);
    QVERIFY(finished.wait(10000));
    const QString error = finished.front().at(1).toString();
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog->isVisible()); // still open, to pick another place
}

void ExportDialogTest::pdfIsWrittenOffTheGuiThread()
{
    ExportDialog *dialog = m_window->openExportDialog();
    dialog->setFormat(QStringLiteral("pdf"));
    const QString path = m_dir.filePath(QStringLiteral("notes.pdf"));
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->startExport(path);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.front().at(1).toString(), QString());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray pdf = written.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    // Fonts are embedded: a PDF with only the page structure would be a few kB.
    QVERIFY2(pdf.size() > 20000, qPrintable(QString::number(pdf.size())));

    // Laid out on a worker thread, the text is still real text (poppler-utils is a
    // project dependency).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY(!pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(20000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("rarely make headlines")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QString::fromUtf16(u"十年內成為全球預設")));
}

void ExportDialogTest::selectedRowsBecomeTheSelection()
{
    m_window->libraryView()->selectAll();
    QCOMPARE(m_window->selectedEssayIds().size(), 2);
    ExportDialog *dialog = m_window->openExportDialog();
    dialog->setScope(ExportDialog::Scope::SelectedEssays);
    QCOMPARE(dialog->selection().essayIds, m_window->selectedEssayIds());
    dialog->setFormat(QStringLiteral("md"));
    QVERIFY(dialog->previewText().contains(QString::fromUtf16(u"工具链")));
}

void ExportDialogTest::claimsWindowExportsWhatItLists()
{
    m_window->annotations()->claimsAction()->trigger();
    ClaimsView *claims = m_window->annotations()->claimsView();
    QTRY_COMPARE(claims->table()->model()->rowCount(), 2);
    claims->filterEdit()->setText(QStringLiteral("headlines"));
    QCOMPARE(claims->listedAnnotationIds().size(), 1);

    claims->findChild<QPushButton *>(QStringLiteral("claimsExportButton"))->click();
    ExportDialog *dialog = nullptr;
    for (ExportDialog *candidate : m_window->findChildren<ExportDialog *>()) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::ListedAnnotations);
    QCOMPARE(dialog->selection().annotationIds, claims->listedAnnotationIds());
    dialog->setFormat(QStringLiteral("md"));
    const QString preview = dialog->previewText();
    QVERIFY(preview.contains(QStringLiteral("> rarely make headlines")));
    QVERIFY2(!preview.contains(QStringLiteral("Trust, not technical merit")), "filtered out");
    claims->close();
}

QTEST_MAIN(ExportDialogTest)
#include "tst_export_dialog.moc"
