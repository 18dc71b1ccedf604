// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "domain/types.h"

#include <QDialog>
#include <QList>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

class CiConnectionForm;
class CiMappingsPanel;
class CiSourceListModel;
class CiTokens;
class MessageBar;

/// The CI connections of a workspace (GitHub, GitLab, Jenkins): listed with when each was last synced, added,
/// edited and removed, their tokens kept in the keychain; "Sync" and "Sync All" ask the window to sync them.
/// A second tab corrects what imports guessed: jobs onto pipeline stages, environment tiers.
/// Not modal: the window stays usable, and a sync's progress and Cancel stay reachable in its status bar.
class CiConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    CiConnectionsDialog(std::shared_ptr<const store::Workspace> workspace, CiTokens *tokens, QWidget *parent = nullptr);
    ~CiConnectionsDialog() override;

    std::shared_ptr<const store::Workspace> workspace() const { return m_workspace; }

    /// Reads the connections and the mappings again (after a sync).
    void reload();
    /// Shows that a sync runs (the sync buttons wait, Cancel Sync appears) or ended.
    void setSyncRunning(bool running);
    void showConnections();
    void showMappings();
    /// Opens the form for a new connection of `provider` (github, gitlab, jenkins).
    void addConnection(const QString &provider = {});
    /// Opens the form for the connection in `row` of the list.
    void editConnection(int row);
    /// Asks whether to remove the connection in `row`, and removes it.
    void removeConnection(int row);
    /// Saves the form; false when it could not (the form or the message bar says why).
    bool saveForm();
    void cancelForm();
    bool isEditing() const;

    CiSourceListModel *sourceModel() const { return m_model; }
    QListView *sourceList() const { return m_list; }
    CiConnectionForm *form() const { return m_form; }
    CiMappingsPanel *mappings() const { return m_mappings; }
    MessageBar *messageBar() const { return m_messages; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Leaves the form when it is open, else closes the dialog.
    void reject() override;

Q_SIGNALS:
    /// Sync these connections; an empty list means every connection.
    void syncRequested(const QList<Id> &sourceIds);
    void syncCancelRequested();
    /// Connections, mappings or tiers changed: pages should read the workspace again.
    void workspaceEdited();

private:
    QWidget *createConnectionsTab();
    int currentRow() const;
    void updateButtons();
    void showProblem(const QString &message);

    std::shared_ptr<const store::Workspace> m_workspace;
    CiTokens *m_tokens = nullptr;
    QList<Service> m_services;
    bool m_syncRunning = false;

    MessageBar *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_connectionPages = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_empty = nullptr;
    CiSourceListModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_syncAll = nullptr;
    QLabel *m_syncState = nullptr;
    QPushButton *m_cancelSync = nullptr;
    QLabel *m_formTitle = nullptr;
    CiConnectionForm *m_form = nullptr;
    QDialogButtonBox *m_formButtons = nullptr;
    CiMappingsPanel *m_mappings = nullptr;
};

} // namespace flowdeck::views
