// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/backend.h"
#include "release/httpbackends.h"
#include "release/processbackend.h"
#include "secrets/keychain.h"

#include <QCoreApplication>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

Result<std::unique_ptr<DeployBackend>> makeBackend(const Backend &backend, const BackendContext &context)
{
    if (!backend.enabled) {
        return Error{QCoreApplication::translate("flowdeck::release::DeployBackend", "The backend '%1' is disabled.")
                         .arg(backend.name)};
    }
    if (backend.kind == u"process"_s)
        return makeProcessBackend(backend, context);
    return makeHttpBackend(backend, context);
}

QString backendSecretKey(const QString &backendName)
{
    return u"backend/"_s + backendName;
}

SecretLookup defaultSecretLookup()
{
    return [](const QString &backendName) -> QString {
        QString variable = u"FLOWDECK_BACKEND_%1_TOKEN"_s.arg(backendName.toUpper());
        for (QChar &c : variable) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
                c = u'_';
        }
        if (qEnvironmentVariableIsSet(variable.toLatin1().constData()))
            return qEnvironmentVariable(variable.toLatin1().constData());
        auto stored = secrets::Keychain().read(backendSecretKey(backendName));
        if (!stored || !*stored)
            return QString();
        return QString::fromUtf8(**stored);
    };
}

BackendContext defaultBackendContext(TaskControl control)
{
    return BackendContext{defaultJobDirectory(), defaultRunnerProgram(), defaultSecretLookup(), std::move(control)};
}

} // namespace flowdeck::release
