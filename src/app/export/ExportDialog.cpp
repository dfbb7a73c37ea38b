#include "ExportDialog.h"

#include "DatabaseError.h"
#include "ExportFile.h"
#include "ExportText.h"
#include "Exporters.h"
#include "Library.h"
#include "PdfExporter.h"
#include "ZipReader.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

namespace duizhao {

namespace {

// Beyond this much essay text the preview says how big the export is instead of laying
// it out: a preview of a whole library would take longer than the export itself.
constexpr qsizetype kPreviewCharacterLimit = 1'000'000;

qsizetype textSize(const ExportSet &set)
{
    qsizetype size = 0;
    for (const ExportedEssay &exported : set.essays) {
        for (const Annotation &annotation : exported.annotations)
            size += annotation.anchor.quote.size() + annotation.note.size();
        if (!set.notesOnly) {
            for (const Block &block : exported.essay.blocks)
                size += block.text.size();
        }
    }
    return size;
}

// "Binary file (ZIP), 3 files:" and the archive's entries with their sizes.
QString binaryPreview(const QByteArray &bytes)
{
    QString error;
    const std::optional<ZipReader> zip = ZipReader::open(bytes, &error);
    if (!zip) {
        return ExportDialog::tr("Binary file, %n bytes.", nullptr, int(bytes.size()));
    }
    QString text = ExportDialog::tr("Binary file (ZIP, %1 bytes), %n files:", nullptr,
                                    int(zip->entries().size()))
                       .arg(bytes.size());
    for (const ZipReader::Entry &entry : zip->entries())
        text += QStringLiteral("\n  %1  (%2 bytes)").arg(entry.name).arg(entry.size);
    return text;
}

QString fileNameStem(const ExportSet &set)
{
    if (set.essays.size() == 1) {
        QString title = set.essays.front().essay.title.left(60).trimmed();
        // Titles are scraped text: keep letters, digits and spaces, nothing that could
        // name a folder or a device.
        for (QChar &c : title) {
            if (!c.isLetterOrNumber() && c != u' ' && c != u'-')
                c = u' ';
        }
        title = title.simplified();
        if (!title.isEmpty())
            return title;
    }
    return set.claimsOnly ? QStringLiteral("duizhao-claims") : QStringLiteral("duizhao-notes");
}

} // namespace

ExportDialog::ExportDialog(Library &library, qint64 currentEssay,
                           const QList<qint64> &selectedEssays, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_currentEssay(currentEssay)
    , m_selectedEssays(selectedEssays)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Notes"));

    auto *scopeBox = new QGroupBox(tr("Essays"));
    m_currentButton = new QRadioButton(tr("The open essay"));
    m_selectedButton = new QRadioButton(
        tr("The essays selected in the library (%n)", nullptr, int(selectedEssays.size())));
    m_libraryButton = new QRadioButton(tr("The whole library"));
    m_listedButton = new QRadioButton;
    m_listedButton->setVisible(false);
    m_currentButton->setEnabled(currentEssay > 0);
    m_selectedButton->setEnabled(!selectedEssays.isEmpty());
    m_scopeGroup = new QButtonGroup(this);
    m_scopeGroup->addButton(m_currentButton, int(Scope::CurrentEssay));
    m_scopeGroup->addButton(m_selectedButton, int(Scope::SelectedEssays));
    m_scopeGroup->addButton(m_libraryButton, int(Scope::WholeLibrary));
    m_scopeGroup->addButton(m_listedButton, int(Scope::ListedAnnotations));
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_currentButton);
    scopeLayout->addWidget(m_selectedButton);
    scopeLayout->addWidget(m_libraryButton);
    scopeLayout->addWidget(m_listedButton);

    m_claimsOnly = new QCheckBox(tr("Only claims"));
    m_claimsOnly->setObjectName(QStringLiteral("exportClaimsOnly"));
    m_claimsOnly->setToolTip(
        tr("Only annotations marked as claims, as the claims view lists them"));
    m_notesOnly = new QCheckBox(tr("Notes without the essay text"));
    m_notesOnly->setObjectName(QStringLiteral("exportNotesOnly"));
    m_notesOnly->setToolTip(tr("HTML and PDF: leave out the essay and write the notes alone"));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const QString &format : Exporters::formats())
        m_format->addItem(Exporters::displayName(format), format);

    auto *options = new QFormLayout;
    options->addRow(tr("&Format:"), m_format);
    options->addRow(QString(), m_claimsOnly);
    options->addRow(QString(), m_notesOnly);

    auto *left = new QVBoxLayout;
    left->addWidget(scopeBox);
    left->addLayout(options);
    left->addStretch();

    m_textPreview = new QPlainTextEdit;
    m_textPreview->setObjectName(QStringLiteral("exportTextPreview"));
    m_textPreview->setReadOnly(true);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textPreview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_documentPreview = new QTextBrowser;
    m_documentPreview->setObjectName(QStringLiteral("exportDocumentPreview"));
    // Exported HTML is shown, never followed: links in scraped text stay inert.
    m_documentPreview->setOpenLinks(false);
    m_previewStack = new QStackedWidget;
    m_previewStack->addWidget(m_textPreview);
    m_previewStack->addWidget(m_documentPreview);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("exportSummary"));

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview")));
    right->addWidget(m_previewStack, 1);
    right->addWidget(m_summary);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    QSettings settings;
    setFormat(settings.value(QStringLiteral("export/format"), QStringLiteral("md")).toString());
    setScope(currentEssay > 0           ? Scope::CurrentEssay
             : selectedEssays.isEmpty() ? Scope::WholeLibrary
                                        : Scope::SelectedEssays);

    connect(m_scopeGroup, &QButtonGroup::idToggled, this, &ExportDialog::schedulePreview);
    connect(m_claimsOnly, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_notesOnly, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    // A running export finishes (or, cancelled, writes nothing) before the dialog goes.
    if (m_cancelled)
        *m_cancelled = true;
    if (m_exportWatcher)
        m_exportWatcher->waitForFinished();
    // The browser shows the PDF document without owning it; let go before it goes.
    m_documentPreview->setDocument(nullptr);
}

void ExportDialog::setListedAnnotations(const QList<qint64> &annotationIds, const QString &label)
{
    m_listedAnnotations = annotationIds;
    m_listedButton->setText(label + QStringLiteral(" (%1)").arg(annotationIds.size()));
    m_listedButton->setVisible(true);
    m_listedButton->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void ExportDialog::setScope(Scope scope)
{
    QAbstractButton *button = m_scopeGroup->button(int(scope));
    if (button->isEnabled())
        button->setChecked(true);
    else
        m_libraryButton->setChecked(true);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_format->findData(format);
    m_format->setCurrentIndex(index >= 0 ? index : 0);
}

void ExportDialog::setClaimsOnly(bool claimsOnly)
{
    m_claimsOnly->setChecked(claimsOnly);
}

void ExportDialog::setNotesOnly(bool notesOnly)
{
    m_notesOnly->setChecked(notesOnly);
}

ExportSelection ExportDialog::selection() const
{
    ExportSelection selection;
    switch (scope()) {
    case Scope::CurrentEssay:
        selection.essayIds = {m_currentEssay};
        break;
    case Scope::SelectedEssays:
        selection.essayIds = m_selectedEssays;
        break;
    case Scope::WholeLibrary:
        break;
    case Scope::ListedAnnotations:
        // An empty list would mean "no filter": an id no annotation has keeps it empty.
        selection.annotationIds =
            m_listedAnnotations.isEmpty() ? QList<qint64>{-1} : m_listedAnnotations;
        break;
    }
    selection.claimsOnly = m_claimsOnly->isChecked();
    selection.notesOnly = m_notesOnly->isChecked();
    return selection;
}

QString ExportDialog::previewText() const
{
    if (m_previewPending)
        const_cast<ExportDialog *>(this)->updatePreview();
    return m_previewStack->currentWidget() == m_textPreview
               ? m_textPreview->toPlainText()
               : m_documentPreview->document()->toPlainText();
}

void ExportDialog::schedulePreview()
{
    m_notesOnly->setEnabled(format() == u"html" || format() == u"pdf");
    if (m_previewPending)
        return;
    // Several controls change at once when the dialog is set up or a test drives it;
    // lay the preview out once for all of them.
    m_previewPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_previewPending)
            updatePreview();
    });
}

void ExportDialog::updatePreview()
{
    m_previewPending = false;
    m_notesOnly->setEnabled(format() == u"html" || format() == u"pdf");
    m_documentPreview->setDocument(nullptr);
    m_pdfDocument.reset();

    ExportSet set;
    try {
        set = selection().collect(m_library);
    } catch (const std::invalid_argument &error) {
        m_textPreview->setPlainText(QString::fromUtf8(error.what()));
        m_previewStack->setCurrentWidget(m_textPreview);
        return;
    } catch (const DatabaseError &error) {
        m_textPreview->setPlainText(error.message());
        m_previewStack->setCurrentWidget(m_textPreview);
        return;
    }
    m_summary->setText(ExportText::setSummary(set));

    if (textSize(set) > kPreviewCharacterLimit) {
        m_textPreview->setPlainText(
            tr("This export is too large to preview (%n essays). Export it to see it whole.",
               nullptr, int(set.essays.size())));
        m_previewStack->setCurrentWidget(m_textPreview);
        return;
    }
    const QString chosen = format();
    if (chosen == u"pdf") {
        m_pdfDocument = PdfExporter::document(set);
        m_documentPreview->setDocument(m_pdfDocument.get());
        m_previewStack->setCurrentWidget(m_documentPreview);
        return;
    }
    const std::unique_ptr<Exporter> exporter = Exporters::create(chosen);
    const QByteArray bytes = exporter->write(set);
    if (exporter->isBinary()) {
        // A ZIP's bytes mean nothing on screen: say what the file holds instead.
        m_textPreview->setPlainText(binaryPreview(bytes));
        m_previewStack->setCurrentWidget(m_textPreview);
    } else if (chosen == u"html") {
        m_documentPreview->setHtml(QString::fromUtf8(bytes));
        m_previewStack->setCurrentWidget(m_documentPreview);
    } else {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF))) // the CSV's BOM is for spreadsheets, not for eyes
            text.remove(0, 1);
        m_textPreview->setPlainText(text);
        m_previewStack->setCurrentWidget(m_textPreview);
    }
}

bool ExportDialog::isExporting() const
{
    return m_exportWatcher != nullptr;
}

void ExportDialog::startExport(const QString &path)
{
    if (isExporting())
        return;
    // The worker reads through a connection of its own: a Library is not shared
    // between threads.
    const QString libraryPath = m_library.path();
    const ExportSelection chosen = selection();
    const QString chosenFormat = format();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;

    m_progress = new QProgressDialog(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    m_exportWatcher = new QFutureWatcher<QString>(this);
    connect(m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this, path] {
        const QString error = m_exportWatcher->result();
        m_exportWatcher->deleteLater();
        m_exportWatcher = nullptr;
        onExportFinished(path, error);
    });
    m_exportWatcher->setFuture(QtConcurrent::run([=]() -> QString {
        try {
            Library library(libraryPath);
            const ExportSet set = chosen.collect(library);
            const QByteArray bytes = Exporters::create(chosenFormat)->write(set);
            // Cancel means no file: checked last, just before anything is written.
            if (*cancelled)
                return QStringLiteral("cancelled");
            return ExportFile::save(path, bytes);
        } catch (const DatabaseError &error) {
            return error.message();
        } catch (const std::exception &error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

void ExportDialog::onExportFinished(const QString &path, const QString &error)
{
    if (m_progress)
        m_progress->close();
    if (!error.isEmpty() && error != u"cancelled") {
        // Window-modal and not blocking, so a test (or a script) is never stuck on it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), error,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->show();
    }
    emit exportFinished(path, error);
    if (error.isEmpty()) {
        QSettings settings;
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
        settings.setValue(QStringLiteral("export/format"), format());
        accept();
    }
}

QString ExportDialog::suggestedFileName() const
{
    ExportSet set;
    try {
        set = selection().collect(m_library);
    } catch (const std::exception &) {
        // An essay vanished meanwhile: the generic name will do.
    }
    return fileNameStem(set) + u'.' + Exporters::fileExtension(format());
}

void ExportDialog::chooseFileAndExport()
{
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString filter = Exporters::displayName(format()) + QStringLiteral(" (*.") +
                           Exporters::fileExtension(format()) + u')';
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Notes"), QDir(folder).filePath(suggestedFileName()), filter);
    if (!path.isEmpty())
        startExport(path);
}

} // namespace duizhao
