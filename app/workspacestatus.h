// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::app {

/// The status bar's description of the open workspace: its name, its engine and, when it cannot be changed,
/// a read-only badge.
class WorkspaceStatus : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceStatus(QWidget *parent = nullptr);

    /// Shows `workspace`, or nothing when it is null.
    void setWorkspace(const store::Workspace *workspace);

    QString nameText() const;
    QString engineText() const;
    bool showsReadOnly() const;

private:
    QLabel *m_name = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_readOnly = nullptr;
};

} // namespace flowdeck::app
