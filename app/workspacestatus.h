// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::app {

/// The status bar's description of the open workspace: its name, its engine, when each CI source was last synced
/// and, when it cannot be changed, a read-only badge.
class WorkspaceStatus : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceStatus(QWidget *parent = nullptr);

    /// Shows `workspace`, or nothing when it is null.
    void setWorkspace(const store::Workspace *workspace);
    /// Reads the CI sources' last syncs again (after a sync, or an edit of the connections).
    void refreshSources();

    QString nameText() const;
    QString engineText() const;
    bool showsReadOnly() const;
    /// The last syncs as the status bar shows them: "petech/storefront on GitHub: synced 3 h ago"; empty without
    /// CI sources.
    QString syncText() const;

private:
    QLabel *m_name = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_readOnly = nullptr;
    QWidget *m_syncSeparator = nullptr;
    QLabel *m_sync = nullptr;
    const store::Workspace *m_workspace = nullptr;
};

} // namespace flowdeck::app
