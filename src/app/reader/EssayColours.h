#pragma once

#include <QString>

class QColor;
class QPalette;

namespace duizhao {

// CSS colours ("#rrggbb") of an essay page (see EssayHtml, essay.css).
struct EssayColours {
    QString text = QStringLiteral("#202124");
    QString muted = QStringLiteral("#5f6368");
    QString faint = QStringLiteral("#80868b");
    QString stripe = QStringLiteral("#f6f7f9");
    QString rule = QStringLiteral("#dadce0");
    QString imageBackground = QStringLiteral("#ececec");
    QString note = QStringLiteral("#b06000");
    QString choice = QStringLiteral("#fff3c4"); // a character the conversion chose
    // Derived from a widget palette: text and base blended, so light and dark
    // system themes both read.
    static EssayColours fromPalette(const QPalette &palette);
    // `amount` (0..1) of `to` over `from`: tints that suit light and dark palettes.
    static QColor blend(const QColor &from, const QColor &to, double amount);
};

} // namespace duizhao
