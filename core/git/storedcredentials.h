// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/gitimport.h"
#include "secrets/keychain.h"

namespace flowdeck::git {

/// The keychain entry that holds the credentials for a remote: one per scheme, host and port, so every
/// repository of a server shares them ("git https://git.example.com").
QString credentialKey(const QString &url);

/// The credentials stored for `url`'s server, or nothing.
Result<std::optional<Credential>> storedCredential(const secrets::Keychain &keychain, const QString &url);
Result<void> storeCredential(const secrets::Keychain &keychain, const QString &url, const Credential &credential);
/// False when none were stored.
Result<bool> forgetCredential(const secrets::Keychain &keychain, const QString &url);

/// Answers a remote's first request from the keychain; a later request (the stored credentials were refused)
/// or one the keychain cannot answer goes to `ask`, which may be empty. A keychain that fails to answer is
/// told to `keychainFailed` (may be empty), so the user learns why stored credentials were not used.
CredentialProvider keychainCredentials(secrets::Keychain keychain, CredentialProvider ask,
                                       std::function<void(const QString &)> keychainFailed = {});

} // namespace flowdeck::git
