#pragma once

#include "Preferences.h"

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace duizhao {

// Edit → Preferences…: the Chinese script the reader opens with, the page's fonts for
// English and for Chinese and its size, the theme, how the dictionary opens (hover or
// click), the library opened at start, and the UI language (from the next start: the
// window is not retranslated live). OK saves (Preferences::save) and emits applied().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }

signals:
    void applied();

private:
    void chooseLibrary();

    QComboBox *m_script;
    QFontComboBox *m_englishFont;
    QFontComboBox *m_chineseFont;
    QSpinBox *m_pointSize;
    QComboBox *m_theme;
    QComboBox *m_trigger;
    QLineEdit *m_library;
    QComboBox *m_language;
};

} // namespace duizhao
