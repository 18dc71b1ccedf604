// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/drilldowndialog.h"

#include "common/background.h"
#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

/// What the columns sort by: times and spans as numbers, text as text.
constexpr int sortRole = Qt::UserRole + 1;
constexpr int shortOidLength = 8;

int index(DrillDownDialog::Section section)
{
    return int(section);
}

QStandardItem *textItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text.toLower(), sortRole);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

QStandardItem *timeItem(OptionalTime at)
{
    auto *item = textItem(at ? format::dateTime(*at) : format::missing(), at ? format::exactDateTime(*at) : QString());
    item->setData(at ? QVariant(*at) : QVariant(qint64(-1)), sortRole);
    return item;
}

QStandardItem *spanItem(std::optional<qint64> milliseconds)
{
    auto *item = textItem(milliseconds ? format::duration(*milliseconds) : format::missing(),
                          milliseconds ? format::exactDuration(*milliseconds) : QString());
    item->setData(milliseconds ? QVariant(*milliseconds) : QVariant(qint64(-1)), sortRole);
    item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    return item;
}

/// "#12": a record that was deleted since the figures were computed.
QString unknownRecord(Id id)
{
    return u"#"_s + QString::number(id);
}

} // namespace

DrillDownDialog::DrillDownDialog(std::shared_ptr<const store::Workspace> workspace, DrillDown records, QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_records(std::move(records))
{
    setObjectName(u"drillDownDialog"_s);
    setWindowTitle(m_records.title.isEmpty() ? tr("Records") : m_records.title);
    resize(110 * unit, 60 * unit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * unit, 2 * unit, 2 * unit, 2 * unit);
    layout->setSpacing(unit);
    auto *title = pagestyle::sectionTitle(this);
    title->setObjectName(u"drillDownTitle"_s);
    title->setText(m_records.title);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_summary = pagestyle::quietLabel(this);
    m_summary->setObjectName(u"drillDownSummary"_s);
    layout->addWidget(m_summary);

    m_status = pagestyle::quietLabel(this);
    m_status->setObjectName(u"drillDownStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"drillDownTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    layout->addWidget(m_tabs, 1);

    // The failures first: where there are some, they are what the figure is about.
    addSection(Section::Failures, tr("Failures"),
               {tr("Deployment"), tr("Finished"), tr("Cause"), tr("Incidents"), tr("Recovered"), tr("Recovery time")},
               m_records.failures.size());
    addSection(Section::Deployments, tr("Deployments"),
               {tr("Service"), tr("Environment"), tr("Version"), tr("Finished"), tr("Status")},
               m_records.deploymentIds.size());
    addSection(Section::Changes, tr("Changes"),
               {tr("Commit"), tr("Summary"), tr("Author"), tr("Started"), tr("Deployed"), tr("Span")},
               m_records.changes.size());
    addSection(Section::Runs, tr("Runs"), {tr("Run"), tr("Finished"), tr("Queue"), tr("Work"), tr("Flow efficiency")},
               m_records.runs.size());
    addSection(Section::PullRequests, tr("Pull requests"),
               {tr("Number"), tr("Title"), tr("Author"), tr("Opened"), tr("Merged"), tr("Deployed"), tr("Coding"),
                tr("Review"), tr("Deploy"), tr("Total")},
               m_records.pullRequests.size());

    QStringList counts;
    if (const int n = int(m_records.failures.size()); n > 0)
        counts.append(n == 1 ? tr("1 failure") : tr("%n failures", nullptr, n));
    if (const int n = int(m_records.deploymentIds.size()); n > 0)
        counts.append(n == 1 ? tr("1 deployment") : tr("%n deployments", nullptr, n));
    if (const int n = int(m_records.changes.size()); n > 0)
        counts.append(n == 1 ? tr("1 change") : tr("%n changes", nullptr, n));
    if (const int n = int(m_records.runs.size()); n > 0)
        counts.append(n == 1 ? tr("1 run") : tr("%n runs", nullptr, n));
    if (const int n = int(m_records.pullRequests.size()); n > 0)
        counts.append(n == 1 ? tr("1 pull request") : tr("%n pull requests", nullptr, n));
    //: Separates the counts under a drill-down's title: "12 deployments · 3 failures".
    m_summary->setText(counts.isEmpty() ? tr("No records are behind this figure.") : counts.join(tr(" · ")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    load();
}

DrillDownDialog::~DrillDownDialog() = default;

void DrillDownDialog::addSection(Section section, const QString &title, const QStringList &headers, qsizetype count)
{
    if (count == 0)
        return;
    auto *model = new QStandardItemModel(0, int(headers.size()), this);
    model->setHorizontalHeaderLabels(headers);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *table = new QTableView(m_tabs);
    table->setObjectName(u"drillDownTable%1"_s.arg(index(section)));
    table->setAccessibleName(title);
    table->setModel(proxy);
    flattable::style(table);
    table->setTextElideMode(Qt::ElideRight);
    table->setAlternatingRowColors(true);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    m_tabs->addTab(table, tr("%1 (%2)").arg(title, format::count(count)));
    m_tables[index(section)] = table;
    m_models[index(section)] = model;
}

QTableView *DrillDownDialog::table(Section section) const
{
    return m_tables[index(section)];
}

QStandardItemModel *DrillDownDialog::model(Section section) const
{
    return m_models[index(section)];
}

void DrillDownDialog::load()
{
    metrics::RecordIds ids;
    ids.deployments = m_records.deploymentIds;
    for (const metrics::ChangeLeadTime &change : std::as_const(m_records.changes))
        ids.commits.append(change.commitId);
    for (const metrics::DeploymentFailure &failure : std::as_const(m_records.failures)) {
        ids.deployments.append(failure.deploymentId);
        ids.incidents.append(failure.incidentIds);
    }
    for (const metrics::RunEfficiency &run : std::as_const(m_records.runs))
        ids.runs.append(run.runId);
    for (const metrics::PullRequestLeadTime &pullRequest : std::as_const(m_records.pullRequests)) {
        ids.pullRequests.append(pullRequest.pullRequestId);
        // The deployment names where each went to production.
        ids.deployments.append(pullRequest.deploymentId);
    }

    if (!m_workspace) {
        showError(tr("No workspace is open."));
        return;
    }
    m_status->setText(tr("Reading the records…"));
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_loads, [workspace, ids] { return metrics::loadDrillDownRecords(workspace->connection(), ids); },
        [this](const Result<metrics::DrillDownRecords> &records) {
            if (records)
                showRecords(*records);
            else
                showError(records.errorMessage());
        });
}

void DrillDownDialog::showRecords(const metrics::DrillDownRecords &records)
{
    m_status->hide();
    fillDeployments(records);
    fillChanges(records);
    fillFailures(records);
    fillRuns(records);
    fillPullRequests(records);
    // The text that can be long (a commit's summary, incident titles, a run's name) takes the room the other
    // columns leave, and is elided, so that the times and spans stay in sight.
    const std::pair<Section, int> stretched[] = {{Section::Deployments, 0},
                                                 {Section::Changes, 1},
                                                 {Section::Failures, 3},
                                                 {Section::Runs, 0},
                                                 {Section::PullRequests, 1}};
    for (const auto &[section, column] : stretched) {
        QTableView *table = m_tables[index(section)];
        if (!table)
            continue;
        table->resizeColumnsToContents();
        QHeaderView *header = table->horizontalHeader();
        for (int other = 0; other < header->count(); ++other)
            header->resizeSection(other, header->sectionSize(other) + unit);
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    finish();
}

void DrillDownDialog::showError(const QString &message)
{
    m_status->setText(tr("The records could not be read: %1").arg(message));
    m_status->show();
    finish();
}

void DrillDownDialog::finish()
{
    m_loaded = true;
    Q_EMIT loaded();
}

void DrillDownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // The page's palette: the tables' own may not have changed yet.
        for (QTableView *table : m_tables) {
            if (table)
                flattable::styleSheet(table, palette());
        }
    }
    QDialog::changeEvent(event);
}

void DrillDownDialog::fillDeployments(const metrics::DrillDownRecords &records)
{
    QStandardItemModel *model = m_models[index(Section::Deployments)];
    if (!model)
        return;
    for (const Id id : std::as_const(m_records.deploymentIds)) {
        const auto found = records.deployments.constFind(id);
        if (found == records.deployments.constEnd()) {
            model->appendRow({textItem(unknownRecord(id), tr("This deployment is no longer in the workspace.")),
                              textItem({}), textItem({}), timeItem({}), textItem({})});
            continue;
        }
        const DeploymentRow &row = *found;
        const StatusStyle status = StatusStyle::of(row.status);
        QStandardItem *statusItem = textItem(status.label);
        statusItem->setIcon(status.icon(palette()));
        model->appendRow({textItem(row.service), textItem(row.environment), textItem(row.version),
                          timeItem(row.finishedAt), statusItem});
    }
}

void DrillDownDialog::fillChanges(const metrics::DrillDownRecords &records)
{
    QStandardItemModel *model = m_models[index(Section::Changes)];
    if (!model)
        return;
    for (const metrics::ChangeLeadTime &change : std::as_const(m_records.changes)) {
        const auto found = records.commits.constFind(change.commitId);
        QList<QStandardItem *> row;
        if (found == records.commits.constEnd()) {
            row = {textItem(unknownRecord(change.commitId), tr("This commit is no longer in the workspace.")),
                   textItem({}), textItem({})};
        } else {
            row = {textItem(found->oid.left(shortOidLength), found->oid), textItem(found->summary, found->summary),
                   textItem(found->author)};
        }
        row.first()->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // A change still in progress has no production deployment yet: no time, rather than 1970.
        QStandardItem *deployed = nullptr;
        if (change.deployedAt == 0) {
            deployed = textItem(tr("not yet"), tr("No production deployment has shipped this change yet."));
            deployed->setData(qint64(-1), sortRole);
        } else {
            deployed = timeItem(change.deployedAt);
        }
        row.append({timeItem(change.start), deployed, spanItem(change.spanMs)});
        model->appendRow(row);
    }
}

void DrillDownDialog::fillFailures(const metrics::DrillDownRecords &records)
{
    QStandardItemModel *model = m_models[index(Section::Failures)];
    if (!model)
        return;
    for (const metrics::DeploymentFailure &failure : std::as_const(m_records.failures)) {
        const auto deployment = records.deployments.constFind(failure.deploymentId);
        const QString name = deployment == records.deployments.constEnd()
                                 ? unknownRecord(failure.deploymentId)
                                 //: A deployment named by its service and version: "cart 1.4".
                                 : tr("%1 %2").arg(deployment->service, deployment->version);
        QString cause;
        if (failure.cause == metrics::FailureCause::Rollback)
            cause = tr("Rolled back");
        else if (failure.rollbackDeploymentId)
            cause = tr("Incident, rolled back");
        else
            cause = tr("Incident");

        QStringList titles;
        QStringList details;
        for (const Id id : failure.incidentIds) {
            const auto incident = records.incidents.constFind(id);
            if (incident == records.incidents.constEnd()) {
                titles.append(unknownRecord(id));
                continue;
            }
            titles.append(incident->title);
            const QString resolved = incident->resolvedAt ? format::dateTime(*incident->resolvedAt) : tr("open");
            //: An incident in a tooltip: its title, severity, start and resolution.
            details.append(tr("%1 (%2): %3 – %4")
                               .arg(incident->title, incident->severity.value_or(format::missing()),
                                    format::dateTime(incident->startedAt), resolved));
        }
        std::optional<qint64> recovery;
        if (failure.recoveredAt)
            recovery = *failure.recoveredAt - failure.finishedAt;
        QStandardItem *recovered = failure.recoveredAt ? timeItem(failure.recoveredAt) : textItem(tr("not yet"));
        if (!failure.recoveredAt)
            recovered->setToolTip(tr("An incident of this deployment is still open."));
        model->appendRow({textItem(name), timeItem(failure.finishedAt), textItem(cause),
                          textItem(titles.join(u"; "_s), details.join(u'\n')), recovered, spanItem(recovery)});
    }
}

void DrillDownDialog::fillRuns(const metrics::DrillDownRecords &records)
{
    QStandardItemModel *model = m_models[index(Section::Runs)];
    if (!model)
        return;
    for (const metrics::RunEfficiency &run : std::as_const(m_records.runs)) {
        const auto found = records.runs.constFind(run.runId);
        QString name = unknownRecord(run.runId);
        QString toolTip;
        OptionalTime finished;
        if (found != records.runs.constEnd()) {
            const QString pipeline = found->pipeline.isEmpty() ? tr("Run") : found->pipeline;
            name = found->number ? tr("%1 #%2").arg(pipeline).arg(*found->number) : pipeline;
            toolTip = found->branch ? tr("Branch %1").arg(*found->branch) : QString();
            finished = found->finishedAt;
        }
        const qint64 total = run.queueMs + run.workMs;
        QStandardItem *efficiency = textItem(
            total > 0 ? tr("%1 %").arg(QLocale().toString(100.0 * run.workMs / total, 'f', 0)) : format::missing());
        efficiency->setData(total > 0 ? double(run.workMs) / total : -1.0, sortRole);
        efficiency->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        efficiency->setToolTip(tr("Work ÷ (queue + work)"));
        model->appendRow(
            {textItem(name, toolTip), timeItem(finished), spanItem(run.queueMs), spanItem(run.workMs), efficiency});
    }
}

void DrillDownDialog::fillPullRequests(const metrics::DrillDownRecords &records)
{
    QStandardItemModel *model = m_models[index(Section::PullRequests)];
    if (!model)
        return;
    for (const metrics::PullRequestLeadTime &pullRequest : std::as_const(m_records.pullRequests)) {
        const auto found = records.pullRequests.constFind(pullRequest.pullRequestId);
        QList<QStandardItem *> row;
        OptionalTime mergedAt;
        if (found == records.pullRequests.constEnd()) {
            row = {textItem(unknownRecord(pullRequest.pullRequestId),
                            tr("This pull request is no longer in the workspace.")),
                   textItem({}), textItem({}), timeItem({})};
        } else {
            //: A pull request's number: "#42".
            QStandardItem *number = textItem(tr("#%1").arg(found->number), found->url.value_or(QString()));
            number->setData(found->number, sortRole);
            number->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            row = {number, textItem(found->title, found->title), textItem(found->author), timeItem(found->createdAt)};
            mergedAt = found->mergedAt;
        }
        row.append(timeItem(mergedAt));
        // The deployment's own finish where it is still there; else the merge and the deploy phase tell it.
        const auto deployment = records.deployments.constFind(pullRequest.deploymentId);
        OptionalTime deployedAt;
        if (deployment != records.deployments.constEnd())
            deployedAt = deployment->finishedAt;
        else if (mergedAt)
            deployedAt = *mergedAt + pullRequest.deployMs;
        QStandardItem *deployed = timeItem(deployedAt);
        if (deployment != records.deployments.constEnd())
            //: Where a pull request went to production: "cart 1.4 to production, 2 Dec 2023 00:00".
            deployed->setToolTip(tr("%1 %2 to %3, %4")
                                     .arg(deployment->service, deployment->version, deployment->environment,
                                          deployedAt ? format::exactDateTime(*deployedAt) : format::missing()));
        row.append(deployed);
        QStandardItem *coding = spanItem(pullRequest.codingMs);
        if (!pullRequest.codingMs)
            coding->setToolTip(tr("The time of its first commit is unknown, or after it was opened."));
        row.append(
            {coding, spanItem(pullRequest.reviewMs), spanItem(pullRequest.deployMs), spanItem(pullRequest.totalMs)});
        model->appendRow(row);
    }
}

} // namespace flowdeck::views
