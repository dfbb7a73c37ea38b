#include "EssayColours.h"

#include <QColor>
#include <QPalette>

namespace duizhao {

QColor EssayColours::blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

EssayColours EssayColours::fromPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const auto mix = [](const QColor &from, const QColor &to, double amount) {
        return blend(from, to, amount).name();
    };
    EssayColours colours;
    colours.text = text.name();
    colours.muted = mix(text, base, 0.35);
    colours.faint = mix(text, base, 0.5);
    colours.stripe = mix(base, text, dark ? 0.06 : 0.035);
    colours.rule = mix(base, text, 0.2);
    colours.imageBackground = mix(base, text, 0.1);
    colours.note = dark ? QStringLiteral("#f0a43a") : QStringLiteral("#b06000");
    colours.choice = mix(base, dark ? QColor(0xc8, 0xa0, 0x20) : QColor(0xff, 0xd8, 0x40), 0.22);
    return colours;
}

} // namespace duizhao
