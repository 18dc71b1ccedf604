// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace flowdeck::secrets {

/// Passwords and tokens, kept in the desktop's keychain (the Secret Service of GNOME Keyring or KWallet on Linux,
/// the Keychain on macOS, the Credential Manager on Windows) and never in a workspace, a settings file or a log.
///
/// The calls wait for the keychain's answer. They run on the application's main thread: called from another
/// thread they are carried out there, so that thread must not be waiting for the caller.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::secrets::Keychain)

public:
    /// `service` groups the entries; the application's own is "Flowdeck".
    explicit Keychain(QString service = QStringLiteral("Flowdeck"));

    QString service() const { return m_service; }

    /// The secret stored under `key`, or nothing when there is none.
    Result<std::optional<QByteArray>> read(const QString &key) const;
    /// Stores `secret` under `key`, replacing what was there.
    Result<void> write(const QString &key, const QByteArray &secret) const;
    /// Removes the entry under `key`; false when there was none.
    Result<bool> remove(const QString &key) const;

private:
    QString m_service;
};

} // namespace flowdeck::secrets
