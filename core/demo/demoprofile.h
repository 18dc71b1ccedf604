// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace flowdeck::demo {

/// How often a service goes to production.
enum class Cadence
{
    Continuous, ///< every change that passes the test environment, within working hours
    Weekly,
    TwiceWeekly,
    Fortnightly,
    Monthly
};

/// One PETech service and the habits of the team that builds it.
struct ServiceProfile
{
    QString name;
    QString description;
    int merges = 0;
    Cadence cadence = Cadence::Weekly;
    /// Chance that a production deployment causes an incident.
    double incidentRate = 0.0;
    int major = 1;
    /// Squash merges put one commit per pull request on main; otherwise a merge commit joins the branch.
    bool squashMerges = false;
    /// Standard changes: the security review is pre-approved and takes minutes; the change approval comes from the
    /// on-call approver's review of standard changes (weekdays at 10:00 and 15:00 UTC), not from the board.
    bool preApproved = false;
    QList<int> team;
    /// Of the incidents, the share the team answers with a hotfix deployed straight to production.
    double hotfixShare = 0.45;
    /// Of the incidents, the share the team answers by deploying the version before again.
    double rollbackShare = 0.2;
};

struct AuthorProfile
{
    QString name;
    QString email;
    /// The author's UTC offset, in minutes.
    int offsetMinutes = 60;
};

/// What a stage of the delivery pipeline is and how long its jobs usually take.
struct StageProfile
{
    QString name;
    QString kind;
    /// Index into environments(), or -1.
    int environment = -1;
    double queueSeconds = 0;
    double runSeconds = 0;
    double failureRate = 0;
    /// Part of the checks every push runs, not only changes on main.
    bool continuousIntegration = false;
    QList<int> needs;
};

struct EnvironmentProfile
{
    QString name;
    QString tier;
};

QList<ServiceProfile> services();
QList<AuthorProfile> authors();
QList<EnvironmentProfile> environments();
/// The stages in topological order; `needs` refers to earlier entries.
QList<StageProfile> stages();

/// Indices into stages() of the stages the generator treats specially.
namespace StageIndex {
inline constexpr int IntegrationTests = 4;
inline constexpr int DeployTest = 6;
inline constexpr int DeployStaging = 7;
inline constexpr int SecurityReview = 8;
inline constexpr int ChangeApproval = 9;
inline constexpr int DeployProduction = 10;
} // namespace StageIndex

} // namespace flowdeck::demo
