// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "history/commitlog.h"

#include <QObject>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// Runs the History page's queries on worker threads, each on that thread's own connection to the workspace, and
/// reports their results on the GUI thread. Only the result of the latest request of each kind is reported: a late
/// result of an outdated request (an older filter, another workspace) is dropped.
class CommitLogLoader : public QObject
{
    Q_OBJECT

public:
    using Rows = std::shared_ptr<const QList<history::CommitRow>>;

    explicit CommitLogLoader(QObject *parent = nullptr);
    ~CommitLogLoader() override;

    /// Drops every request in flight; later requests read `workspace`.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace);

    /// Reads the commits matching `filter`, sorted by `order`; with `withFacts`, the commit count, repositories
    /// and authors first.
    void load(const history::CommitFilter &filter, history::CommitOrder order, Qt::SortOrder direction,
              bool withFacts = false);
    /// Sorts the rows again: the last loaded ones, or those of the load in flight.
    void sort(history::CommitOrder order, Qt::SortOrder direction);
    void loadDetails(Id commitId);

    bool isLoadingRows() const { return m_rowsInFlight; }
    bool isLoadingDetails() const { return m_detailsInFlight; }
    history::CommitOrder order() const { return m_order; }
    Qt::SortOrder direction() const { return m_direction; }

Q_SIGNALS:
    void factsLoaded(const history::CommitLogFacts &facts);
    /// The rows of the latest load or sort.
    void rowsLoaded(const flowdeck::views::CommitLogLoader::Rows &rows);
    void rowsFailed(const QString &message);
    void detailsLoaded(const history::CommitDetails &details);
    void detailsFailed(Id commitId, const QString &message);

private:
    struct Loaded
    {
        std::optional<history::CommitLogFacts> facts;
        Rows rows;
    };

    void startRows(std::function<Result<Loaded>()> work);

    std::shared_ptr<const store::Workspace> m_workspace;
    Generation m_rowsRequests;
    Generation m_detailsRequests;
    bool m_rowsInFlight = false;
    bool m_detailsInFlight = false;
    bool m_factsInFlight = false;
    /// Whether the rows in flight come from the workspace (a load) or from the last rows (a sort).
    bool m_loadInFlight = false;

    history::CommitFilter m_filter;
    history::CommitOrder m_order = history::CommitOrder::Time;
    Qt::SortOrder m_direction = Qt::DescendingOrder;
    Rows m_rows;
    QList<history::RepositoryName> m_repositories;
};

} // namespace flowdeck::views
