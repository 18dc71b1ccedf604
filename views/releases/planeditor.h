// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releaseplan.h"

#include <QDialog>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// Edits a release plan or template: its name, version, window, failure policy, carried services and the graph of
/// tasks (add, remove, reorder, predecessors; each kind's settings), with undo and redo. OK validates the plan
/// and stores it (release::savePlan); a refusal (invalid plan, changed elsewhere) is shown in the dialog and the
/// user's edits stay for another try. A plan with id 0 is created.
class PlanEditorDialog : public QDialog
{
    Q_OBJECT

public:
    PlanEditorDialog(std::shared_ptr<const store::Workspace> workspace, release::ReleasePlan plan,
                     QWidget *parent = nullptr);
    ~PlanEditorDialog() override;

    /// The plan as edited (after OK: as stored, with ids and revision).
    release::ReleasePlan plan() const;

    void accept() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Makes a planned release from a template: its name, version, the versions of the services it carries and its
/// planned start. OK stores it (release::releaseFromTemplate); createdId() names the new release.
class NewReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    NewReleaseDialog(std::shared_ptr<const store::Workspace> workspace, QWidget *parent = nullptr);
    ~NewReleaseDialog() override;

    /// Preselects a template.
    void setTemplate(Id templateId);
    Id createdId() const;

    void accept() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace flowdeck::views
