// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releasestyle.h"

#include "common/format.h"
#include "release/releaseplan.h"

#include <QDateTime>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
namespace state = release::state;
namespace status = release::status;

namespace {

StatusStyle style(const QString &name, const QString &symbol, const QString &label, StatusStyle::Shape shape,
                  OkabeIto colour)
{
    StatusStyle result;
    result.status = name;
    result.symbol = symbol;
    result.label = label;
    result.shape = shape;
    result.colour = colour;
    return result;
}

} // namespace

StatusStyle ReleaseStyle::taskState(const QString &taskState)
{
    using S = StatusStyle::Shape;
    if (taskState == state::planned)
        return style(taskState, u"○"_s, tr("Planned"), S::Unknown, OkabeIto::Black);
    if (taskState == state::ready)
        return style(taskState, u"◷"_s, tr("Ready"), S::Clock, OkabeIto::Sky);
    if (taskState == state::running)
        return style(taskState, u"●"_s, tr("Running"), S::Dot, OkabeIto::Blue);
    if (taskState == state::succeeded)
        return style(taskState, u"✓"_s, tr("Succeeded"), S::Check, OkabeIto::Green);
    if (taskState == state::failed)
        return style(taskState, u"✕"_s, tr("Failed"), S::Cross, OkabeIto::Vermillion);
    if (taskState == state::skipped)
        return style(taskState, u"–"_s, tr("Skipped"), S::Dash, OkabeIto::Black);
    if (taskState == state::aborted)
        return style(taskState, u"–"_s, tr("Aborted"), S::Dash, OkabeIto::Purple);
    return style(taskState, u"?"_s, taskState, S::Unknown, OkabeIto::Black);
}

StatusStyle ReleaseStyle::releaseStatus(const QString &releaseStatus)
{
    using S = StatusStyle::Shape;
    if (releaseStatus == status::planned)
        return style(releaseStatus, u"○"_s, tr("Planned"), S::Unknown, OkabeIto::Black);
    if (releaseStatus == status::running)
        return style(releaseStatus, u"●"_s, tr("Running"), S::Dot, OkabeIto::Blue);
    if (releaseStatus == status::waiting)
        return style(releaseStatus, u"◷"_s, tr("Waiting"), S::Clock, OkabeIto::Orange);
    if (releaseStatus == status::aborting)
        return style(releaseStatus, u"●"_s, tr("Aborting"), S::Dot, OkabeIto::Purple);
    if (releaseStatus == status::succeeded)
        return style(releaseStatus, u"✓"_s, tr("Succeeded"), S::Check, OkabeIto::Green);
    if (releaseStatus == status::failed)
        return style(releaseStatus, u"✕"_s, tr("Failed"), S::Cross, OkabeIto::Vermillion);
    if (releaseStatus == status::rolledBack)
        return style(releaseStatus, u"↶"_s, tr("Rolled back"), S::Cross, OkabeIto::Orange);
    if (releaseStatus == status::aborted)
        return style(releaseStatus, u"–"_s, tr("Aborted"), S::Dash, OkabeIto::Purple);
    return style(releaseStatus, u"?"_s, releaseStatus, S::Unknown, OkabeIto::Black);
}

QString ReleaseStyle::kindLabel(const QString &kind)
{
    namespace k = release::kind;
    if (kind == k::deploy)
        return tr("Deploy");
    if (kind == k::manual)
        return tr("Manual task");
    if (kind == k::approval)
        return tr("Approval gate");
    if (kind == k::check)
        return tr("Check gate");
    if (kind == k::wait)
        return tr("Wait");
    return kind;
}

QStringList ReleaseStyle::releaseStatuses()
{
    return {status::planned,   status::running, status::waiting,    status::aborting,
            status::succeeded, status::failed,  status::rolledBack, status::aborted};
}

bool ReleaseStyle::isActive(const QString &releaseStatus)
{
    return releaseStatus == status::running || releaseStatus == status::waiting || releaseStatus == status::aborting;
}

QString ReleaseStyle::title(const Release &release)
{
    if (release.version.isEmpty() || release.name.contains(release.version))
        return release.name;
    //: A release's name and version: "Spring release 2.4.0".
    return tr("%1 %2").arg(release.name, release.version);
}

QString ReleaseStyle::plannedWindow(OptionalTime start, OptionalTime end)
{
    if (!start)
        return format::missing();
    if (!end)
        return format::dateTime(*start);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(*start);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(*end);
    if (from.date() == to.date()) {
        //: A planned window within one day: "12/03/2026 09:00 – 11:00".
        return tr("%1 – %2").arg(format::dateTime(*start), format::time(to.time()));
    }
    return tr("%1 – %2").arg(format::dateTime(*start), format::dateTime(*end));
}

} // namespace flowdeck::views
