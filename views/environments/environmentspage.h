// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/page.h"
#include "delivery/environmentoverview.h"
#include "layout/graphlayout.h"

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace flowdeck::views {

class EnvironmentCardItem;
class PageStack;
class PromotionEdgeItem;

/// The promotion graph: each environment with the version each service runs there and since when, a mark on the
/// versions still waiting to move on, and on every promotion edge how long versions waited before they were
/// promoted (median and 85th percentile over the 90 days up to the latest deployment).
class EnvironmentsPage : public Page
{
    Q_OBJECT

public:
    explicit EnvironmentsPage(QWidget *parent = nullptr);
    ~EnvironmentsPage() override;

    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;

    /// The drawn graph, for tests: the cards in promotion order, and the edges.
    QList<EnvironmentCardItem *> cards() const { return m_cards; }
    QList<PromotionEdgeItem *> edges() const { return m_edges; }
    QGraphicsView *graphView() const { return m_view; }
    /// The versions waiting for promotion, longest first.
    QTableView *waitingTable() const { return m_waitingView; }

Q_SIGNALS:
    /// The user asked for the demo workspace from the empty state.
    void openDemoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showOverview(const EnvironmentOverview &overview);
    void drawGraph(const layout::GraphLayout &layout);
    void showError(const QString &message);
    void fitGraph();
    void fillWaiting(Timestamp now);
    void finishLoading();
    void retranslate();

    std::shared_ptr<const store::Workspace> m_workspace;
    Generation m_loads;
    bool m_ready = false;
    EnvironmentOverview m_overview;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    PageStack *m_stack = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsView *m_view = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_waitingTitle = nullptr;
    QLabel *m_waitingEmpty = nullptr;
    QStandardItemModel *m_waitingModel = nullptr;
    QTableView *m_waitingView = nullptr;
    QList<EnvironmentCardItem *> m_cards;
    QList<PromotionEdgeItem *> m_edges;
};

} // namespace flowdeck::views
