// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/commitlog.h"

#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;

namespace flowdeck::views {

class CommitDeploymentsModel;
class CommitFilesModel;
class EnvironmentArrivalsModel;

/// The details pane of the History page: one commit's message, who wrote and committed it, its parents, the files
/// it changed, the deployments that shipped it and when it reached each environment.
class CommitDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit CommitDetailsView(QWidget *parent = nullptr);
    ~CommitDetailsView() override;

    /// Shows a quiet line instead of a commit ("Select a commit…", "Reading…").
    void showPlaceholder(const QString &text);
    /// Shows `details`; ages are counted up to `now`.
    void showDetails(const history::CommitDetails &details, Timestamp now);
    void showError(const QString &message);

    /// The commit shown, or 0.
    Id commitId() const { return m_shown ? m_details.commit.id : 0; }

Q_SIGNALS:
    /// The user followed a link to another commit (a parent).
    void commitActivated(Id commitId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *addField(QGridLayout *grid, int row, QLabel **name);
    QWidget *markRow(QLabel **icon, QLabel **text, const QString &objectName);
    QTableView *createTable(QWidget *parent, const QString &objectName);
    void render();
    void retranslate();
    void restyle();
    void arrangeColumns();

    history::CommitDetails m_details;
    bool m_shown = false;
    Timestamp m_now = 0;
    QString m_placeholder;
    QString m_error;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_placeholderView = nullptr;
    QLabel *m_placeholderText = nullptr;
    QWidget *m_content = nullptr;
    /// The commit and what it changed on the left, where it went on the right; one above the other when the pane
    /// is narrow.
    QBoxLayout *m_columns = nullptr;

    QLabel *m_summary = nullptr;
    QWidget *m_mergeMark = nullptr;
    QLabel *m_mergeIcon = nullptr;
    QLabel *m_mergeText = nullptr;
    QWidget *m_unreachableMark = nullptr;
    QLabel *m_unreachableIcon = nullptr;
    QLabel *m_unreachableText = nullptr;
    QLabel *m_oidName = nullptr;
    QLabel *m_oid = nullptr;
    QLabel *m_repositoryName = nullptr;
    QLabel *m_repository = nullptr;
    QLabel *m_authorName = nullptr;
    QLabel *m_author = nullptr;
    QLabel *m_writtenName = nullptr;
    QLabel *m_written = nullptr;
    QLabel *m_committedName = nullptr;
    QLabel *m_committed = nullptr;
    QLabel *m_parentsName = nullptr;
    QLabel *m_parents = nullptr;
    QLabel *m_changesName = nullptr;
    QLabel *m_changes = nullptr;
    QLabel *m_body = nullptr;

    QLabel *m_reachedTitle = nullptr;
    QLabel *m_reachedEmpty = nullptr;
    QTableView *m_arrivalsView = nullptr;
    QLabel *m_shippedTitle = nullptr;
    QTableView *m_deploymentsView = nullptr;
    QLabel *m_filesTitle = nullptr;
    QLabel *m_filesEmpty = nullptr;
    QTableView *m_filesView = nullptr;

    EnvironmentArrivalsModel *m_arrivals = nullptr;
    CommitDeploymentsModel *m_deployments = nullptr;
    CommitFilesModel *m_files = nullptr;
};

} // namespace flowdeck::views
