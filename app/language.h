// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace flowdeck::app {

/// The interface language: the system's by default, or one the user chose in Settings. A choice takes effect
/// at the next start, when installTranslators() runs before any window exists.
class Language
{
public:
    struct Choice
    {
        /// The code stored in the settings ("de"); empty for the system default.
        QString code;
        /// The name shown in Settings, in its own language ("Deutsch").
        QString name;
    };

    /// Every language Settings offers, the system default first.
    static QList<Choice> choices();

    /// The stored choice; empty means the system default.
    static QString configured();
    static void setConfigured(const QString &code);

    /// The locale whose language the interface uses.
    static QLocale uiLocale();

    /// Loads Flowdeck's and Qt's own translations for uiLocale() into the running application.
    static void installTranslators();
};

} // namespace flowdeck::app
