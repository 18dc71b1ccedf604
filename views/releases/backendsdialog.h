// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "releases/entrylistdialog.h"

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// The workspace's deployment backends: add, edit, enable, remove; each with its kind, its JSON configuration
/// (checked as it is typed, with what it would run shown) and its credential, which goes to the keychain and never
/// into the workspace. Changes are stored and audited when applied.
class BackendsDialog : public EntryListDialog
{
    Q_OBJECT

public:
    explicit BackendsDialog(std::shared_ptr<const store::Workspace> workspace, QWidget *parent = nullptr);
    ~BackendsDialog() override;

    /// Whether any backend was stored or removed (the workspace then needs trust again).
    bool changedBackends() const;

private:
    void reload(Id select);
    void showBackend(int row);
    void updateCheck();
    void apply();
    void addBackend();
    void removeBackend();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace flowdeck::views
