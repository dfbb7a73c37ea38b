#include "PreferencesDialog.h"

#include "Library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace duizhao {

namespace {

void selectData(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_script(new QComboBox(this))
    , m_englishFont(new QFontComboBox(this))
    , m_chineseFont(new QFontComboBox(this))
    , m_pointSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_trigger(new QComboBox(this))
    , m_library(new QLineEdit(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_script->addItem(tr("As the essay decides"), QStringLiteral("auto"));
    m_script->addItem(tr("As written"), QStringLiteral("original"));
    m_script->addItem(tr("Simplified"), QStringLiteral("hans"));
    m_script->addItem(tr("Traditional"), QStringLiteral("hant"));
    m_script->addItem(tr("Taiwan"), QStringLiteral("tw"));
    m_script->addItem(tr("Hong Kong"), QStringLiteral("hk"));

    m_englishFont->setWritingSystem(QFontDatabase::Latin);
    m_chineseFont->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_englishFont->setEditable(false);
    m_chineseFont->setEditable(false);
    m_pointSize->setRange(6, 40);
    m_pointSize->setSuffix(tr(" pt"));

    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_trigger->addItem(tr("Hovering over a word"), QStringLiteral("hover"));
    m_trigger->addItem(tr("Clicking a word"), QStringLiteral("click"));

    m_library->setPlaceholderText(QDir::toNativeSeparators(Library::defaultPath()));
    auto *browse = new QPushButton(tr("Choose\u2026"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseLibrary);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(browse);

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("As the system"), QStringLiteral("system"));
    // Each language in its own name, so that a reader who cannot read this one finds it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("\u7e41\u9ad4\u4e2d\u6587\uff08\u53f0\u7063\uff09"),
                        QStringLiteral("zh_TW"));
    auto *languageNote = new QLabel(tr("The new language shows from the next start."), this);
    languageNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Chinese &script:"), m_script);
    form->addRow(tr("&English font:"), m_englishFont);
    form->addRow(tr("C&hinese font:"), m_chineseFont);
    form->addRow(tr("Text si&ze:"), m_pointSize);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Dictionary opens by:"), m_trigger);
    form->addRow(tr("&Library:"), libraryRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        preferences().save();
        emit applied();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.chineseScript = scriptViewFromName(m_script->currentData().toString());
    preferences.englishFont = m_englishFont->currentFont().family();
    preferences.chineseFont = m_chineseFont->currentFont().family();
    preferences.pointSize = m_pointSize->value();
    preferences.theme = Preferences::themeFromName(m_theme->currentData().toString());
    preferences.dictionaryTrigger = m_trigger->currentData().toString();
    preferences.libraryPath = m_library->text().trimmed();
    preferences.language = m_language->currentData().toString();
    return preferences;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    selectData(m_script, preferences.chineseScript ? scriptViewName(*preferences.chineseScript)
                                                   : QStringLiteral("auto"));
    if (!preferences.englishFont.isEmpty())
        m_englishFont->setCurrentFont(QFont(preferences.englishFont));
    else
        m_englishFont->setCurrentFont(QFont(QStringLiteral("Noto Sans")));
    if (!preferences.chineseFont.isEmpty())
        m_chineseFont->setCurrentFont(QFont(preferences.chineseFont));
    else
        m_chineseFont->setCurrentFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    m_pointSize->setValue(preferences.pointSize);
    selectData(m_theme, Preferences::themeName(preferences.theme));
    selectData(m_trigger, preferences.dictionaryTrigger);
    m_library->setText(QDir::toNativeSeparators(preferences.libraryPath));
    selectData(m_language, preferences.language);
}

void PreferencesDialog::chooseLibrary()
{
    const QString current =
        m_library->text().isEmpty() ? Library::defaultPath() : m_library->text();
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Library File"), QFileInfo(current).absolutePath(),
                                     tr("Duizhao libraries (*.sqlite);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_library->setText(QDir::toNativeSeparators(file));
}

} // namespace duizhao
