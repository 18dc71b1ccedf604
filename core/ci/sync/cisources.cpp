// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/sync/cisources.h"

#include "ci/recordnames.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace flowdeck::ci {

using namespace Qt::StringLiterals;

namespace {

/// The translation context of this file's messages.
struct CiSources
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::CiSources)
};

QString providerTitle(const QString &provider)
{
    if (provider == QLatin1String(Provider::GitHub))
        return u"GitHub"_s;
    if (provider == QLatin1String(Provider::GitLab))
        return u"GitLab"_s;
    if (provider == QLatin1String(Provider::Jenkins))
        return u"Jenkins"_s;
    return provider;
}

/// The last path segment of a project: the name its service gets by default. For Jenkins the last job name.
QString projectName(const CiSource &source)
{
    QStringList parts = source.project.split(u'/', Qt::SkipEmptyParts);
    if (source.provider == QLatin1String(Provider::Jenkins))
        parts.removeAll(u"job"_s);
    return parts.isEmpty() ? source.project : QUrl::fromPercentEncoding(parts.constLast().toUtf8());
}

/// A refusal of an address with a password in it, which would put the token into the workspace (the connection
/// keeps its address) and into every message naming the address; empty when there is none. The message shows the
/// address without it.
std::optional<Error> credentialsIn(const QString &address, const QString &provider)
{
    const QUrl url(address);
    if (url.password().isEmpty())
        return std::nullopt;
    return Error{CiSources::tr("The address %1 holds a password: give the token in %2 or in Connections instead, "
                               "so that it stays out of the workspace.")
                     .arg(url.adjusted(QUrl::RemoveUserInfo).toString(), tokenEnvironmentVariable(provider))};
}

} // namespace

QString defaultApiUrl(const QString &provider)
{
    if (provider == QLatin1String(Provider::GitHub))
        return u"https://api.github.com"_s;
    if (provider == QLatin1String(Provider::GitLab))
        return u"https://gitlab.com"_s;
    return {};
}

QString tokenKey(const QString &provider, const QString &baseUrl)
{
    QString address = baseUrl;
    while (address.endsWith(u'/'))
        address.chop(1);
    return u"ci "_s + provider + u' ' + address;
}

QString tokenEnvironmentVariable(const QString &provider)
{
    return u"FLOWDECK_"_s + provider.toUpper() + u"_TOKEN"_s;
}

Result<CiSource> normalisedSource(CiSource source)
{
    source.provider = source.provider.trimmed().toLower();
    source.baseUrl = source.baseUrl.trimmed();
    source.project = source.project.trimmed();
    const bool jenkins = source.provider == QLatin1String(Provider::Jenkins);
    if (source.provider != QLatin1String(Provider::GitHub) && source.provider != QLatin1String(Provider::GitLab) &&
        !jenkins)
        return Error{CiSources::tr("Unknown CI provider \"%1\": use github, gitlab or jenkins.").arg(source.provider)};

    if (jenkins) {
        // One job URL says it all: the server (with any context path) before the first /job/, the job path after.
        // A source normalised before has the server and the job path apart.
        QString given = source.project.isEmpty() ? source.baseUrl : source.project;
        if (!source.baseUrl.isEmpty() && !source.project.isEmpty() && QUrl(source.project).isRelative())
            given = source.baseUrl + u'/' + source.project;
        if (auto refused = credentialsIn(given, source.provider))
            return *refused;
        const QUrl url(given, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            return Error{CiSources::tr("\"%1\" is not the address of a Jenkins job (http or https).").arg(given)};
        QString path = url.path();
        const qsizetype job = path.indexOf(u"/job/"_s);
        if (job < 0)
            return Error{
                CiSources::tr("\"%1\" is not the address of a Jenkins job: it has no /job/ in its path.").arg(given)};
        QUrl server = url;
        server.setPath(path.left(job));
        server.setQuery(QString());
        server.setFragment(QString());
        source.baseUrl = server.toString(QUrl::StripTrailingSlash);
        source.project = path.mid(job + 1);
        while (source.project.endsWith(u'/'))
            source.project.chop(1);
        return source;
    }

    if (source.baseUrl.isEmpty())
        source.baseUrl = defaultApiUrl(source.provider);
    if (auto refused = credentialsIn(source.baseUrl, source.provider))
        return *refused;
    const QUrl base(source.baseUrl, QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != u"http"_s && base.scheme() != u"https"_s) || base.host().isEmpty())
        return Error{CiSources::tr("\"%1\" is not an API address (http or https).").arg(source.baseUrl)};
    while (source.baseUrl.endsWith(u'/'))
        source.baseUrl.chop(1);

    static const QRegularExpression name(u"^[A-Za-z0-9_.-]+$"_s);
    const QStringList parts = source.project.split(u'/');
    const bool wellFormed =
        std::all_of(parts.begin(), parts.end(), [](const QString &part) { return name.match(part).hasMatch(); });
    if (source.provider == QLatin1String(Provider::GitHub) && (parts.size() != 2 || !wellFormed))
        return Error{CiSources::tr("\"%1\" is not a GitHub repository: write it as OWNER/REPO.").arg(source.project)};
    if (source.provider == QLatin1String(Provider::GitLab) && (source.project.isEmpty() || !wellFormed))
        return Error{CiSources::tr("\"%1\" is not a GitLab project: write its path (group/project) or its numeric id.")
                         .arg(source.project)};
    if (source.incidentLabel.trimmed().isEmpty())
        source.incidentLabel = u"incident"_s;
    return source;
}

Result<QList<CiSource>> loadSources(const store::Workspace &workspace)
{
    return store::loadRows<CiSource>(workspace.connection(), {}, {}, u"provider, project, base_url"_s);
}

Result<CiSource> saveSource(const store::Workspace &workspace, const CiSource &given)
{
    auto normalised = normalisedSource(given);
    if (!normalised)
        return normalised.error();
    CiSource source = std::move(*normalised);
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        // Saving a connection again keeps what the form or command did not say: its service and last sync.
        auto existing = store::runQuery(db, u"ci_sources"_s,
                                        u"SELECT service_id, last_sync_at FROM ci_sources "
                                        u"WHERE provider = ? AND base_url = ? AND project = ?"_s,
                                        {source.provider, source.baseUrl, source.project});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            if (!source.serviceId)
                source.serviceId = store::fromSql<OptionalId>(existing->value(0));
            if (!source.lastSyncAt)
                source.lastSyncAt = store::optionalTime(existing->value(1));
        }
        if (!source.serviceId) {
            const QString service = projectName(source);
            auto found = store::runQuery(db, u"services"_s, u"SELECT id FROM services WHERE name = ?"_s, {service});
            if (!found)
                return found.error();
            if (found->next()) {
                source.serviceId = found->value(0).toLongLong();
            } else {
                // Another import of the same project may have made the service since the lookup.
                auto id = detail::insertService(db, service);
                if (!id)
                    return id.error();
                source.serviceId = *id;
            }
        }
        store::TableWriter<CiSource> sources(db);
        auto id = sources.upsert(source);
        if (!id)
            return id.error();
        source.id = *id;
        return {};
    });
    if (!written)
        return written.error();
    return source;
}

Result<Id> serviceNamed(const store::Workspace &workspace, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{CiSources::tr("A service needs a name.")};
    Id id = 0;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto found = store::runQuery(db, u"services"_s, u"SELECT id FROM services WHERE name = ?"_s, {trimmed});
        if (!found)
            return found.error();
        if (found->next()) {
            id = found->value(0).toLongLong();
            return {};
        }
        auto inserted = detail::insertService(db, trimmed);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Result<void> removeSource(const store::Workspace &workspace, Id sourceId)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto removed = store::runQuery(db, u"ci_sources"_s, u"DELETE FROM ci_sources WHERE id = ?"_s, {sourceId});
        if (!removed)
            return removed.error();
        return {};
    });
}

QString sourceTitle(const CiSource &source)
{
    if (source.provider == QLatin1String(Provider::Jenkins))
        return CiSources::tr("%1 on Jenkins at %2").arg(projectName(source), QUrl(source.baseUrl).host());
    const bool defaultServer = source.baseUrl == defaultApiUrl(source.provider);
    if (defaultServer)
        return CiSources::tr("%1 on %2").arg(source.project, providerTitle(source.provider));
    return CiSources::tr("%1 on %2 at %3")
        .arg(source.project, providerTitle(source.provider), QUrl(source.baseUrl).host());
}

} // namespace flowdeck::ci
