// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

const QString languageKey = u"ui/language"_s;

} // namespace

QList<Language::Choice> Language::choices()
{
    return {{QString(), QCoreApplication::translate("flowdeck::app::Language", "System default")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s}};
}

QString Language::configured()
{
    const QString code = QSettings().value(languageKey).toString();
    for (const Choice &choice : choices()) {
        if (choice.code == code)
            return code;
    }
    return {};
}

void Language::setConfigured(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QLocale Language::uiLocale()
{
    const QString code = configured();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void Language::installTranslators()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    const QLocale locale = uiLocale();
    // English is the source language: only the plural forms of messages with a count ("%n file" / "%n files")
    // are loaded. Stopping there also keeps a later entry of the user's language list (LANGUAGE=en:de) from
    // replacing the first one.
    const QStringList languages = locale.uiLanguages();
    if (languages.isEmpty() || languages.first() == u"C"_s || languages.first().startsWith(u"en"_s)) {
        auto *plurals = new QTranslator(app);
        if (plurals->load(u":/i18n/flowdeck_en.qm"_s))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return;
    }

    auto *flowdeck = new QTranslator(app);
    if (flowdeck->load(locale, u"flowdeck"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(flowdeck);
    else
        delete flowdeck;

    auto *qtbase = new QTranslator(app);
    if (qtbase->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    else
        delete qtbase;
}

} // namespace flowdeck::app
