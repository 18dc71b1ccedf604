// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the HTTP backend suites share: a backend row and its context with a secret, one deploy request, the
// shared fixtures, and reading what the scripted server received.

#include "release/httpbackends.h"
#include "scriptedhttpserver.h"

#include <QFile>
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

inline QByteArray sharedFixture(const QString &relative)
{
    QFile file(QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
    return file.readAll();
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
