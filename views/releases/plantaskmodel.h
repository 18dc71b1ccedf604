// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/planchoices.h"
#include "releases/plandraft.h"

#include <QAbstractTableModel>

namespace flowdeck::views {

/// The tasks of a plan being edited, one row each in plan order: name, kind, service, environment, backend,
/// version, retries, rollback and the tasks it runs after. Nothing is changed in place: an edit of a cell asks for
/// the change (changeRequested) and the editor hands the model the plan after it (setDraft), so that every edit
/// goes through the undo stack. The kind, service, environment and backend cells are edited by choosing (their
/// choices in ChoicesRole and ChoiceValuesRole, for a ChoiceDelegate); "none" is the value 0.
class PlanTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ServiceColumn,
        EnvironmentColumn,
        BackendColumn,
        VersionColumn,
        RetriesColumn,
        RollbackColumn,
        AfterColumn,
        ColumnCount
    };

    enum Role
    {
        ChoicesRole = Qt::UserRole + 1,
        ChoiceValuesRole,
        ChoiceValueRole,
        /// The task's key in the draft (qint64).
        KeyRole
    };

    explicit PlanTaskModel(QObject *parent = nullptr);

    void setChoices(const PlanChoices &choices);
    /// Shows `draft`; the rows are reset only when tasks were added, removed or moved.
    void setDraft(const PlanDraft &draft);
    const PlanDraft &draft() const { return m_draft; }
    void setEditable(bool editable);

    Id key(int row) const;
    int row(Id key) const;

    /// The translated name of a task kind ("Approval gate" for "approval").
    static QString kindLabel(const QString &kind);
    /// The kinds in the order they are offered.
    static QStringList kinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The user changed a cell of the task with `key`: the name, version (QString), retries (int), rollback
    /// (bool), kind (QString) or service, environment or backend (Id, 0 for none).
    void changeRequested(qint64 key, int column, const QVariant &value);

private:
    QVariant display(const ReleaseTask &task, int column) const;
    QVariant toolTip(const ReleaseTask &task, int column) const;
    QVariant choices(int column, bool labels) const;
    QVariant choiceValue(const ReleaseTask &task, int column) const;
    /// Whether the column means something for the task's kind (only deploys have a backend, for one).
    static bool applies(const ReleaseTask &task, int column);
    bool isEditable(const ReleaseTask &task, int column) const;
    /// A deploy task's service, environment or backend that is still to be chosen.
    bool isMissing(const ReleaseTask &task, int column) const;

    PlanDraft m_draft;
    PlanChoices m_choices;
    bool m_editable = true;
};

} // namespace flowdeck::views
