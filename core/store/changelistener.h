// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace flowdeck::store {

class Workspace;

/// Tells a window that someone else changed its team workspace: every write() on a PostgreSQL workspace notifies
/// Workspace::changesChannel when it commits, and this listens on a connection of its own, on the thread it lives
/// on, without polling. Writes through the same opened Workspace are left out (the window already knows them). For a
/// file workspace it does nothing.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(std::shared_ptr<const Workspace> workspace, QObject *parent = nullptr);
    ~ChangeListener() override;

    /// Connects and subscribes; for a file workspace it does nothing and succeeds. The error names the server and
    /// why when the connection or the subscription fails.
    Result<void> listen();
    /// Whether notifications of the server arrive.
    bool isListening() const { return !m_connectionName.isEmpty(); }

Q_SIGNALS:
    /// A write through another session (another window, program or computer) was committed.
    void changedElsewhere();

private:
    void stop();

    std::shared_ptr<const Workspace> m_workspace;
    QString m_connectionName;
};

} // namespace flowdeck::store
