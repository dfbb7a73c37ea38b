#pragma once

#include "Annotation.h"

#include <QDialog>
#include <QIcon>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace duizhao {

// Edits one annotation's colour, tags (completed from the codebook), note (Markdown) and
// claim (type, verdict). Used for new annotations of a selection and for existing ones;
// it only edits a value — the caller writes it, through an undoable command.
class AnnotationEditor : public QDialog
{
    Q_OBJECT

public:
    AnnotationEditor(const Annotation &annotation, const QStringList &codebook,
                     const QStringList &claimTypes, QWidget *parent = nullptr);

    Annotation annotation() const;

    // The highlight colours offered, as #rrggbb: yellow, green, blue, pink, orange.
    static QStringList palette();
    static QStringList paletteNames(); // "Yellow", ... in the order of palette()
    // A small square of the colour (the default highlight colour if it is not one), for
    // menus and lists.
    static QIcon swatch(const QString &colour);

    QLineEdit *tagsEdit() const { return m_tags; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QCheckBox *claimCheck() const { return m_claim; }
    QComboBox *claimTypeCombo() const { return m_claimType; }
    QComboBox *verdictCombo() const { return m_verdict; }
    QComboBox *colorCombo() const { return m_color; }

private:
    Annotation m_annotation;
    QComboBox *m_color = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QCheckBox *m_claim = nullptr;
    QComboBox *m_claimType = nullptr;
    QComboBox *m_verdict = nullptr;
};

} // namespace duizhao
