#pragma once

#include "StructureRule.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

namespace duizhao {

// "Every line like this one is a …": a structure rule made from one block's line. The
// reader chooses how alike a line must be (the same text, or the same with numbers as
// wildcards), where the rule holds (this essay's site, or everywhere) and the kind. The
// dialog only collects; the window teaches the rule (StructureTeacher), which
// re-classifies the library's matching lines and every later import's.
class StructureRuleDialog : public QDialog
{
    Q_OBJECT

public:
    // `site`: the essay's site (EssayCatalog::site); empty when it has none, and then
    // the rule can only hold everywhere.
    StructureRuleDialog(const QString &line, BlockKind kind, const QString &site,
                        QWidget *parent = nullptr);

    StructureRule rule() const;

    QRadioButton *digitsChoice() const { return m_digits; }
    QRadioButton *siteChoice() const { return m_siteOnly; }
    QComboBox *kindChoice() const { return m_kind; }

private:
    QString m_line;
    QString m_site;
    QRadioButton *m_exact = nullptr;
    QRadioButton *m_digits = nullptr;
    QRadioButton *m_siteOnly = nullptr;
    QRadioButton *m_everywhere = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace duizhao
