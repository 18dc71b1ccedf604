// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/storedcredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace flowdeck::git {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::git", text);
}

} // namespace

QString credentialKey(const QString &url)
{
    const QString trimmed = url.trimmed();
    // scp-like "user@host:path" is ssh to host.
    static const QRegularExpression scpLike(u"^[\\w.-]+@([\\w.-]+):"_s);
    if (const auto match = scpLike.match(trimmed); match.hasMatch() && !trimmed.contains(u"://"_s))
        return u"git ssh://"_s + match.captured(1).toLower();
    const QUrl parsed(trimmed);
    QString server = parsed.scheme().toLower() + u"://"_s + parsed.host().toLower();
    if (parsed.port() != -1)
        server += u':' + QString::number(parsed.port());
    return u"git "_s + server;
}

Result<std::optional<Credential>> storedCredential(const secrets::Keychain &keychain, const QString &url)
{
    const QString key = credentialKey(url);
    auto stored = keychain.read(key);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<Credential>();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(**stored, &parseError);
    if (!document.isObject()) {
        return Error{tr("The keychain entry \"%1\" is not what Flowdeck stores there (%2); store the credentials "
                        "again.")
                         .arg(key, parseError.errorString())};
    }
    const QJsonObject object = document.object();
    return std::optional<Credential>(
        Credential{object.value(u"username"_s).toString(), object.value(u"secret"_s).toString()});
}

Result<void> storeCredential(const secrets::Keychain &keychain, const QString &url, const Credential &credential)
{
    const QJsonObject object{{u"username"_s, credential.username}, {u"secret"_s, credential.secret}};
    return keychain.write(credentialKey(url), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<bool> forgetCredential(const secrets::Keychain &keychain, const QString &url)
{
    return keychain.remove(credentialKey(url));
}

CredentialProvider keychainCredentials(secrets::Keychain keychain, CredentialProvider ask,
                                       std::function<void(const QString &)> keychainFailed)
{
    return [keychain = std::move(keychain), ask = std::move(ask),
            keychainFailed = std::move(keychainFailed)](const QString &url, int attempt) -> std::optional<Credential> {
        if (attempt == 0) {
            auto stored = storedCredential(keychain, url);
            if (stored && *stored)
                return *stored;
            if (!stored && keychainFailed)
                keychainFailed(stored.errorMessage());
            // Nothing stored: asking now is the first real attempt.
            return ask ? ask(url, 0) : std::nullopt;
        }
        return ask ? ask(url, attempt) : std::nullopt;
    };
}

} // namespace flowdeck::git
