// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/httpbackends.h"

#include "release/httpbackendkinds.h"

#include <QJsonDocument>

namespace flowdeck::release {

using namespace Qt::StringLiterals;
using httpbackend::Texts;

Result<std::unique_ptr<DeployBackend>> makeHttpBackend(const Backend &backend, const BackendContext &context)
{
    QJsonParseError parseError;
    const QByteArray text = backend.config.trimmed().isEmpty() ? QByteArray("{}") : backend.config.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Texts::tr("The backend “%1” (%2): its config is not JSON: %3 at byte %4")
                         .arg(backend.name, backend.kind, parseError.errorString())
                         .arg(parseError.offset)};
    if (!document.isObject())
        return Error{
            Texts::tr("The backend “%1” (%2): its config must be a JSON object").arg(backend.name, backend.kind)};
    const httpbackend::ConfigReader config(backend, document.object());
    if (backend.kind == u"webhook"_s)
        return httpbackend::makeWebhookBackend(backend, context, config);
    if (backend.kind == u"github"_s)
        return httpbackend::makeGitHubBackend(backend, context, config);
    if (backend.kind == u"gitlab"_s)
        return httpbackend::makeGitLabBackend(backend, context, config);
    if (backend.kind == u"jenkins"_s)
        return httpbackend::makeJenkinsBackend(backend, context, config);
    if (backend.kind == u"argocd"_s)
        return httpbackend::makeArgoCdBackend(backend, context, config);
    return Error{Texts::tr("The backend “%1” is of the kind “%2”, which does not work over HTTP (webhook, github, "
                           "gitlab, jenkins and argocd do)")
                     .arg(backend.name, backend.kind)};
}

} // namespace flowdeck::release
