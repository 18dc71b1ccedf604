// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/page.h"
#include "history/commitlog.h"
#include "history/commitlogloader.h"

class QItemSelection;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace flowdeck::views {

class CommitDetailsView;
class CommitFilterBar;
class CommitTableModel;
class PageStack;

/// Every commit of the workspace's repositories: a table to filter by repository, author, changed file, message
/// text and period and to sort by any column, and the details of the selected commit with the deployments that
/// shipped it. Queries run on worker threads; the table takes its rows in chunks as it scrolls.
class HistoryPage : public Page
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    /// Shows `workspace`. Given the workspace already shown, reads it again and keeps the filters, the order and
    /// the selected commit (after an import, say).
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;

    /// Selects the commit in the table (showing its details) when the current filter lists it.
    bool selectCommit(Id commitId);
    /// The selected commit, or 0.
    Id selectedCommit() const;

    CommitFilterBar *filterBar() const { return m_filterBar; }
    CommitTableModel *commitModel() const { return m_model; }
    CommitDetailsView *detailsView() const { return m_details; }

Q_SIGNALS:
    /// The user asked to add a repository from the empty state.
    void addRepositoryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCommitsView();
    void load(bool withFacts);
    void showFacts(const history::CommitLogFacts &facts);
    void showRows(const CommitLogLoader::Rows &rows);
    void showRowsError(const QString &message);
    void showDetails(const history::CommitDetails &details);
    void showDetailsError(Id commitId, const QString &message);
    void currentRowChanged(const QModelIndex &current);
    void sortRequested(int column, Qt::SortOrder order);
    void updateCounts();
    void updateColumns();
    void finishLoading();
    void retranslate();
    void restyle();

    std::shared_ptr<const store::Workspace> m_workspace;
    CommitLogLoader *m_loader = nullptr;
    bool m_ready = false;
    bool m_rowsShown = false;
    history::CommitLogFacts m_facts;
    QString m_error;
    /// The commit the user chose; kept across filters and re-sorts while the rows list it.
    Id m_selected = 0;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    PageStack *m_stack = nullptr;
    QPushButton *m_addRepositoryButton = nullptr;

    CommitFilterBar *m_filterBar = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_mergeLegendIcon = nullptr;
    QLabel *m_mergeLegend = nullptr;
    QLabel *m_unreachableLegendIcon = nullptr;
    QLabel *m_unreachableLegend = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_noMatchView = nullptr;
    QLabel *m_noMatchText = nullptr;
    QPushButton *m_clearFiltersButton = nullptr;
    CommitTableModel *m_model = nullptr;
    CommitDetailsView *m_details = nullptr;
};

} // namespace flowdeck::views
