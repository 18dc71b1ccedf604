// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/keychain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace flowdeck::views {

/// The tokens of CI servers for one window: kept in the desktop's keychain under ci::tokenKey(), and where no
/// keychain answers, in memory for as long as the window is open (never in the workspace, the settings or a log).
/// Used on the GUI thread only: the keychain's calls run there.
class CiTokens
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::CiTokens)

public:
    enum class Place
    {
        None,
        Keychain,
        Session
    };

    /// Where a token was looked for or put, and why the keychain could not help (empty when it could).
    struct Outcome
    {
        Place place = Place::None;
        QByteArray token;
        QString problem;
    };

    explicit CiTokens(secrets::Keychain keychain = secrets::Keychain());

    /// The token under `key`: the one kept for this session, else the keychain's.
    Outcome read(const QString &key) const;
    /// Stores `token` under `key` in the keychain, or when that fails, for this session only.
    Outcome store(const QString &key, const QByteArray &token);
    /// Removes the token under `key` from the session and the keychain. Returns why the keychain could not
    /// remove it, or an empty string.
    QString forget(const QString &key);

    const secrets::Keychain &keychain() const { return m_keychain; }

private:
    secrets::Keychain m_keychain;
    QHash<QString, QByteArray> m_session;
};

} // namespace flowdeck::views
