#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace duizhao::Translations {

QString uiLanguage(const QString &choice)
{
    if (choice == QStringLiteral("en") || choice == QStringLiteral("zh_CN") ||
        choice == QStringLiteral("zh_TW"))
        return choice;
    if (choice != QStringLiteral("system") && !choice.isEmpty())
        return QStringLiteral("en");
    const QLocale locale = QLocale::system();
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript ||
                             locale.territory() == QLocale::Taiwan ||
                             locale.territory() == QLocale::HongKong ||
                             locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString install(const QString &choice)
{
    const QString language = uiLanguage(choice);
    if (language == QStringLiteral("en"))
        return language;
    QCoreApplication *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/duizhao_") + language))
        QCoreApplication::installTranslator(own);
    QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace duizhao::Translations
