// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "releases/entrylistdialog.h"

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// The deployment calendar: windows when deployments are allowed and blackouts when they are not, weekly or
/// one-off, for one environment or all, in a time zone. Added, edited and removed here; each change is stored and
/// audited when applied, and the dialog says what the calendar means for each environment now.
class WindowsDialog : public EntryListDialog
{
    Q_OBJECT

public:
    explicit WindowsDialog(std::shared_ptr<const store::Workspace> workspace, QWidget *parent = nullptr);
    ~WindowsDialog() override;

    bool changedWindows() const;

private:
    void reload(Id select);
    void showWindow(int row);
    void addWindow();
    void apply();
    void removeWindow();
    void updateForm();
    void updateNow();
    DeploymentWindow edited() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace flowdeck::views
