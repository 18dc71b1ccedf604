// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/page.h"
#include "overview/workspacesummary.h"

class QAbstractItemModel;
class QBoxLayout;
class QLabel;
class QTableView;

namespace flowdeck::views {

class EnvironmentMatrixModel;
class LatestDeploymentsModel;
class PageStack;
class RecordSpanModel;

/// The workspace at a glance: which version of each service runs in each environment and since when, how much
/// history the workspace holds, and the latest deployments. A workspace without history shows how to fill it.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    /// How many of the latest deployments the page lists.
    static constexpr int latestDeploymentCount = 10;

    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;

Q_SIGNALS:
    /// The user asked for the demo workspace from the empty state.
    void openDemoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createSummaryView();
    QTableView *createTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName);
    void styleTable(QTableView *table);
    void showSummary(const WorkspaceSummary &summary);
    void showError(const QString &message);
    void fitTables();
    int contentWidth(const QTableView *table) const;
    void arrangeColumns();
    void finishLoading();
    void retranslate();

    std::shared_ptr<const store::Workspace> m_workspace;
    Generation m_loads;
    bool m_ready = false;
    /// What is shown, kept to redraw it in another language or palette.
    WorkspaceSummary m_summary;
    QString m_error;

    QBoxLayout *m_columns = nullptr;
    int m_sideBySideWidth = 0;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    PageStack *m_stack = nullptr;
    QLabel *m_matrixTitle = nullptr;
    QLabel *m_matrixCaption = nullptr;
    QLabel *m_matrixEmpty = nullptr;
    QLabel *m_recordsTitle = nullptr;
    QLabel *m_latestTitle = nullptr;

    EnvironmentMatrixModel *m_matrixModel = nullptr;
    RecordSpanModel *m_recordsModel = nullptr;
    LatestDeploymentsModel *m_latestModel = nullptr;
    QTableView *m_matrixView = nullptr;
    QTableView *m_recordsView = nullptr;
    QTableView *m_latestView = nullptr;
    QLabel *m_latestEmpty = nullptr;
};

} // namespace flowdeck::views
