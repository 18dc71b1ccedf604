// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QVBoxLayout;

namespace flowdeck::views {

/// What the main window shows while no workspace is open: how to start (the demo, a new workspace, an
/// existing one) and the recently opened workspaces.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// The recent workspace files and team workspace addresses, newest first.
    void setRecentWorkspaces(const QStringList &paths);
    QStringList recentWorkspaces() const { return m_recent; }

    /// Turns "Open demo" off while the demo is being prepared, saying so.
    void setDemoBusy(bool busy);

Q_SIGNALS:
    void openDemoRequested();
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void openTeamWorkspaceRequested();
    void openRecentRequested(const QString &path);

private:
    void rebuildRecent();

    QCommandLinkButton *m_openDemo = nullptr;
    QVBoxLayout *m_recentLayout = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QList<QWidget *> m_recentButtons;
    QStringList m_recent;
};

} // namespace flowdeck::views
