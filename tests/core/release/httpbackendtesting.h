// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the HTTP backend suites share: a backend row and its context with a secret, a backend made or refused from
// its config, one deploy request, and reading what the scripted server received.

#include "httptesting.h"
#include "release/httpbackends.h"
#include "scriptedhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

namespace flowdeck::testing {

/// A backend row of `kind` named `name` with `config`.
inline Backend backendRow(const QString &name, const QString &kind, const QJsonObject &config)
{
    Backend backend;
    backend.id = 3;
    backend.name = name;
    backend.kind = kind;
    backend.config = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    return backend;
}

/// A context whose keychain holds `secret` for the backend `name` only, counting the look-ups.
inline release::BackendContext contextWithSecret(const QString &name, const QString &secret, int *lookups = nullptr)
{
    release::BackendContext context;
    context.secret = [name, secret, lookups](const QString &asked) {
        if (lookups)
            ++*lookups;
        return asked == name ? secret : QString();
    };
    return context;
}

/// The backend `name` of `kind` made for `config` with `secret` in the keychain; a suite whose backend cannot be
/// made stops there.
inline std::unique_ptr<release::DeployBackend> madeBackend(const QString &name, const QString &kind,
                                                           const QJsonObject &config, const QString &secret)
{
    Result<std::unique_ptr<release::DeployBackend>> backend =
        release::makeHttpBackend(backendRow(name, kind, config), contextWithSecret(name, secret));
    if (!backend)
        qFatal("%s", qPrintable(backend.errorMessage()));
    return std::move(backend).value();
}

/// Why the backend `name` of `kind` cannot be made with the config text `config`.
inline QString configError(const QString &name, const QString &kind, const QString &config)
{
    Backend backend = backendRow(name, kind, {});
    backend.config = config;
    return release::makeHttpBackend(backend, contextWithSecret({}, {})).errorMessage();
}

/// The deploy every suite asks for: storefront 2.4.0 to production, attempt 2 of task 40 of release 12.
inline release::DeployRequest deployRequest()
{
    release::DeployRequest request;
    request.release = QStringLiteral("Spring release");
    request.service = QStringLiteral("storefront");
    request.version = QStringLiteral("2.4.0");
    request.environment = QStringLiteral("production");
    request.commit = QStringLiteral("9fceb02d0ae598e95dc970b74767f19372d61af8");
    request.taskId = 40;
    request.attempt = 2;
    request.token = QStringLiteral("r12-t40-a2");
    return request;
}

/// `path` on `server`, as text for a config.
inline QString address(const ScriptedHttpServer &server, const QString &path)
{
    return server.origin() + path;
}

inline QJsonObject jsonObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

inline QByteArray jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The requests `server` received for `method` and `path`, in order.
inline QList<ReceivedRequest> requestsTo(const ScriptedHttpServer &server, const QByteArray &method,
                                         const QString &path)
{
    QList<ReceivedRequest> found;
    const QList<ReceivedRequest> all = server.requests();
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(found),
                 [&](const ReceivedRequest &request) { return request.method == method && request.path == path; });
    return found;
}

/// A query item of a request, decoded.
inline QString queryValue(const ReceivedRequest &request, const QString &key)
{
    return QUrlQuery(request.query).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace flowdeck::testing
