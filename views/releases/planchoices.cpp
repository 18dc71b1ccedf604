// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/planchoices.h"

#include "store/rows.h"
#include "store/tables.h"

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

template<typename T>
QString nameOf(const QList<T> &rows, Id id)
{
    for (const T &row : rows) {
        if (row.id == id)
            return row.name;
    }
    return PlanChoices::tr("#%1").arg(id);
}

} // namespace

Result<PlanChoices> PlanChoices::load(const QSqlDatabase &db)
{
    PlanChoices choices;
    auto services = store::loadRows<Service>(db, {}, {}, u"name"_s);
    if (!services)
        return services.error();
    choices.services = std::move(*services);
    auto environments = store::loadRows<Environment>(db, {}, {}, u"position, name"_s);
    if (!environments)
        return environments.error();
    choices.environments = std::move(*environments);
    auto backends = store::loadRows<Backend>(db, {}, {}, u"name"_s);
    if (!backends)
        return backends.error();
    choices.backends = std::move(*backends);
    return choices;
}

QString PlanChoices::serviceName(Id id) const
{
    return nameOf(services, id);
}

QString PlanChoices::environmentName(Id id) const
{
    return nameOf(environments, id);
}

QString PlanChoices::backendName(Id id) const
{
    return nameOf(backends, id);
}

const Backend *PlanChoices::backend(Id id) const
{
    for (const Backend &row : backends) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

} // namespace flowdeck::views
