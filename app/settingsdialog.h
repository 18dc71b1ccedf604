// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace flowdeck::app {

/// Application settings kept in the user's QSettings: for now the interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The language code selected in the dialog; empty for the system default.
    QString selectedLanguage() const;
    void selectLanguage(const QString &code);

    /// Stores the dialog's choices.
    void apply();

    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace flowdeck::app
