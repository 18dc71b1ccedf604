// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/citokens.h"

namespace flowdeck::views {

CiTokens::CiTokens(secrets::Keychain keychain)
    : m_keychain(std::move(keychain))
{}

CiTokens::Outcome CiTokens::read(const QString &key) const
{
    if (const auto kept = m_session.constFind(key); kept != m_session.cend())
        return Outcome{Place::Session, *kept, {}};
    auto stored = m_keychain.read(key);
    if (!stored)
        return Outcome{Place::None, {}, stored.errorMessage()};
    if (!stored->has_value())
        return {};
    return Outcome{Place::Keychain, **stored, {}};
}

CiTokens::Outcome CiTokens::store(const QString &key, const QByteArray &token)
{
    auto written = m_keychain.write(key, token);
    if (written) {
        // The keychain's token replaces one kept for the session before the keychain came up.
        m_session.remove(key);
        return Outcome{Place::Keychain, token, {}};
    }
    m_session.insert(key, token);
    return Outcome{Place::Session, token, written.errorMessage()};
}

QString CiTokens::forget(const QString &key)
{
    const bool kept = m_session.remove(key) > 0;
    auto removed = m_keychain.remove(key);
    // Without a keychain, a session token is all there was: forgetting it succeeded.
    if (!removed && !kept)
        return removed.errorMessage();
    return {};
}

} // namespace flowdeck::views
