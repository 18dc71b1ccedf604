// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/trust.h"

#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

const QString identityKey = u"workspace.id"_s;
const QString trustGroup = u"trust"_s;

Result<QList<Backend>> enabledBackends(const QSqlDatabase &db)
{
    return store::loadRows<Backend>(db, u"enabled = 1"_s, {}, u"name, id"_s);
}

/// A config value as text when it is one a person can read (text or a number); empty otherwise.
QString configText(const QJsonObject &config, const QString &key)
{
    const QJsonValue value = config.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        return whole == std::numeric_limits<qint64>::min() ? QString::number(value.toDouble()) : QString::number(whole);
    }
    return {};
}

/// An argument as a person would type it: in quotes when it is empty or holds spaces.
QString shown(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(u' ') && !argument.contains(u'\t') && !argument.contains(u'"'))
        return argument;
    QString escaped = argument;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString describeProcess(const Backend &backend, const QJsonObject &config)
{
    const QString program = configText(config, u"program"_s);
    if (program.trimmed().isEmpty())
        return WorkspaceTrust::tr("%1 (process): names no program to run").arg(backend.name);
    QStringList command{shown(program)};
    const QJsonArray arguments = config.value(u"arguments"_s).toArray();
    for (const QJsonValue &argument : arguments)
        command.append(shown(argument.isString() ? argument.toString() : argument.toVariant().toString()));
    return WorkspaceTrust::tr("%1 (process): runs %2").arg(backend.name, command.join(u' '));
}

/// Where an HTTP backend would send its requests: the address in its config, else the one its kind uses by default.
QString httpAddress(const Backend &backend, const QJsonObject &config)
{
    for (const QString &key : {u"url"_s, u"job_url"_s, u"server"_s, u"api"_s}) {
        if (const QString address = configText(config, key); !address.isEmpty())
            return address;
    }
    if (backend.kind == u"github"_s)
        return u"https://api.github.com"_s;
    if (backend.kind == u"gitlab"_s)
        return u"https://gitlab.com/api/v4"_s;
    return WorkspaceTrust::tr("an address its settings do not give");
}

QString describeHttp(const Backend &backend, const QJsonObject &config)
{
    const QString address = httpAddress(backend, config);

    QStringList subjects;
    if (const QString repository = configText(config, u"repository"_s); !repository.isEmpty())
        subjects.append(WorkspaceTrust::tr("repository %1").arg(repository));
    if (const QString workflow = configText(config, u"workflow"_s); !workflow.isEmpty())
        subjects.append(WorkspaceTrust::tr("workflow %1").arg(workflow));
    if (const QString project = configText(config, u"project"_s); !project.isEmpty())
        subjects.append(WorkspaceTrust::tr("project %1").arg(project));
    if (const QString job = configText(config, u"job"_s); !job.isEmpty())
        subjects.append(WorkspaceTrust::tr("job %1").arg(job));
    if (const QString application = configText(config, u"application"_s); !application.isEmpty())
        subjects.append(WorkspaceTrust::tr("application %1").arg(application));

    if (subjects.isEmpty())
        return WorkspaceTrust::tr("%1 (%2): calls %3").arg(backend.name, backend.kind, address);
    return WorkspaceTrust::tr("%1 (%2): calls %3 for %4")
        .arg(backend.name, backend.kind, address, subjects.join(u", "_s));
}

QString describe(const Backend &backend)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(backend.config.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return WorkspaceTrust::tr("%1 (%2): its settings cannot be read, so it would not run")
            .arg(backend.name, backend.kind);
    const QJsonObject config = document.object();
    if (backend.kind == u"process"_s)
        return describeProcess(backend, config);
    static const QStringList httpKinds{u"webhook"_s, u"github"_s, u"gitlab"_s, u"jenkins"_s, u"argocd"_s};
    if (httpKinds.contains(backend.kind))
        return describeHttp(backend, config);
    return WorkspaceTrust::tr("%1 (%2): of a kind this version of Flowdeck cannot run").arg(backend.name, backend.kind);
}

} // namespace

Result<QStringList> WorkspaceTrust::whatWouldRun(QSqlDatabase db)
{
    auto backends = enabledBackends(db);
    if (!backends)
        return backends.error();
    QStringList lines;
    for (const Backend &backend : std::as_const(*backends))
        lines.append(describe(backend));
    return lines;
}

Result<QString> WorkspaceTrust::fingerprint(QSqlDatabase db)
{
    auto backends = enabledBackends(db);
    if (!backends)
        return backends.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Each field ends in a NUL, which none of them holds, so no two different lists hash the same bytes.
    for (const Backend &backend : std::as_const(*backends)) {
        for (const QString &field : {backend.name, backend.kind, backend.config}) {
            hash.addData(field.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<bool> WorkspaceTrust::isTrusted(const store::Workspace &workspace)
{
    const QString identity = workspace.setting(identityKey);
    if (identity.isEmpty())
        return false;
    auto current = fingerprint(workspace.connection());
    if (!current)
        return current.error();
    QSettings settings;
    settings.beginGroup(trustGroup);
    return settings.value(identity).toString() == *current;
}

Result<void> WorkspaceTrust::trust(const store::Workspace &workspace)
{
    QString identity = workspace.setting(identityKey);
    if (identity.isEmpty()) {
        identity = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto stored = workspace.setSetting(identityKey, identity); !stored)
            return Error{tr("The workspace cannot be trusted, since it cannot be given an identity: %1")
                             .arg(stored.errorMessage())};
    }
    auto current = fingerprint(workspace.connection());
    if (!current)
        return current.error();
    QSettings settings;
    settings.beginGroup(trustGroup);
    settings.setValue(identity, *current);
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{tr("The trust in the workspace cannot be recorded in %1.").arg(settings.fileName())};
    return {};
}

Result<void> WorkspaceTrust::revoke(const store::Workspace &workspace)
{
    const QString identity = workspace.setting(identityKey);
    if (identity.isEmpty())
        return {};
    QSettings settings;
    settings.beginGroup(trustGroup);
    settings.remove(identity);
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{tr("The trust in the workspace cannot be withdrawn in %1.").arg(settings.fileName())};
    return {};
}

} // namespace flowdeck::release
