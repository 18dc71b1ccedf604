// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "metrics/drilldown.h"
#include "metrics/drilldownrecords.h"

#include <QDialog>

#include <memory>

class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// The records behind a figure or a chart point of the Metrics page: the deployments, changes, failures, runs and
/// pull requests of a DrillDown, one tab each, with their names, times and spans read from the workspace off the GUI
/// thread.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    /// The lists the dialog shows, one tab each when it has records.
    enum class Section
    {
        Deployments,
        Changes,
        Failures,
        Runs,
        PullRequests
    };

    DrillDownDialog(std::shared_ptr<const store::Workspace> workspace, DrillDown records, QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    const DrillDown &records() const { return m_records; }
    /// True once the records were read (or could not be).
    bool isLoaded() const { return m_loaded; }
    /// The table of `section`, or null when the drill-down has no such records.
    QTableView *table(Section section) const;
    /// The rows of `section` as shown, unsorted (in the drill-down's order); null when it has none.
    QStandardItemModel *model(Section section) const;

Q_SIGNALS:
    /// The records were read and the tables filled, or the error is shown.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addSection(Section section, const QString &title, const QStringList &headers, qsizetype count);
    void load();
    void showRecords(const metrics::DrillDownRecords &records);
    void showError(const QString &message);
    void fillDeployments(const metrics::DrillDownRecords &records);
    void fillChanges(const metrics::DrillDownRecords &records);
    void fillFailures(const metrics::DrillDownRecords &records);
    void fillRuns(const metrics::DrillDownRecords &records);
    void fillPullRequests(const metrics::DrillDownRecords &records);
    void finish();

    std::shared_ptr<const store::Workspace> m_workspace;
    DrillDown m_records;
    Generation m_loads;
    bool m_loaded = false;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_tables[5] = {};
    QStandardItemModel *m_models[5] = {};
};

} // namespace flowdeck::views
