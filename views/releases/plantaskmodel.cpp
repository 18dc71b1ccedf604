// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/plantaskmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
namespace kind = release::kind;

PlanTaskModel::PlanTaskModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanTaskModel::setChoices(const PlanChoices &choices)
{
    m_choices = choices;
    if (!m_draft.plan.tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlanTaskModel::setDraft(const PlanDraft &draft)
{
    QList<Id> before, after;
    for (const ReleaseTask &task : m_draft.plan.tasks)
        before.append(task.id);
    for (const ReleaseTask &task : draft.plan.tasks)
        after.append(task.id);
    if (before != after) {
        beginResetModel();
        m_draft = draft;
        endResetModel();
        return;
    }
    m_draft = draft;
    if (!m_draft.plan.tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlanTaskModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_draft.plan.tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Id PlanTaskModel::key(int row) const
{
    return row >= 0 && row < m_draft.plan.tasks.size() ? m_draft.plan.tasks[row].id : 0;
}

int PlanTaskModel::row(Id key) const
{
    return int(m_draft.row(key));
}

QStringList PlanTaskModel::kinds()
{
    return {kind::deploy, kind::manual, kind::approval, kind::check, kind::wait};
}

QString PlanTaskModel::kindLabel(const QString &taskKind)
{
    if (taskKind == kind::deploy)
        return tr("Deploy");
    if (taskKind == kind::manual)
        return tr("Manual task");
    if (taskKind == kind::approval)
        return tr("Approval gate");
    if (taskKind == kind::check)
        return tr("Check gate");
    if (taskKind == kind::wait)
        return tr("Wait");
    return taskKind;
}

int PlanTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft.plan.tasks.size());
}

int PlanTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PlanTaskModel::applies(const ReleaseTask &task, int column)
{
    switch (column) {
    case BackendColumn:
    case VersionColumn:
    case RetriesColumn:
    case RollbackColumn:
        // Only deploys go through a backend, carry a version, are tried again or undo a deploy.
        return task.kind == kind::deploy;
    default:
        return true;
    }
}

bool PlanTaskModel::isEditable(const ReleaseTask &task, int column) const
{
    return m_editable && column != AfterColumn && applies(task, column);
}

bool PlanTaskModel::isMissing(const ReleaseTask &task, int column) const
{
    if (task.kind != kind::deploy)
        return false;
    return (column == ServiceColumn && !task.serviceId) || (column == EnvironmentColumn && !task.environmentId) ||
           (column == BackendColumn && !task.backendId);
}

QVariant PlanTaskModel::display(const ReleaseTask &task, int column) const
{
    switch (column) {
    case NameColumn:
        return task.name;
    case KindColumn:
        return kindLabel(task.kind);
    case ServiceColumn:
        if (task.serviceId)
            return m_choices.serviceName(*task.serviceId);
        break;
    case EnvironmentColumn:
        if (task.environmentId)
            return m_choices.environmentName(*task.environmentId);
        break;
    case BackendColumn:
        if (task.backendId)
            return m_choices.backendName(*task.backendId);
        break;
    case VersionColumn:
        if (task.version && !task.version->isEmpty())
            return *task.version;
        if (task.kind == kind::deploy)
            return task.isRollback ? tr("previous") : tr("as carried");
        break;
    case RetriesColumn:
        if (task.kind == kind::deploy)
            return task.maxRetries;
        break;
    case RollbackColumn:
        return {};
    case AfterColumn: {
        QStringList names;
        for (Id key : m_draft.predecessors(task.id))
            names.append(m_draft.task(key)->name);
        return names.isEmpty() ? tr("start") : names.join(u", "_s);
    }
    default:
        return {};
    }
    if (isMissing(task, column))
        return tr("choose…");
    return u"–"_s;
}

QVariant PlanTaskModel::toolTip(const ReleaseTask &task, int column) const
{
    switch (column) {
    case NameColumn:
        return tr("The task’s name, unique within the plan; double-click to rename it");
    case KindColumn:
        return tr("What the task does; double-click to choose another kind");
    case ServiceColumn:
        if (task.kind == kind::deploy)
            return task.serviceId ? tr("Deploys %1").arg(m_choices.serviceName(*task.serviceId))
                                  : tr("Choose the service this task deploys");
        if (task.kind == kind::check)
            return tr("The service whose open incidents the check looks at; without one, every carried service");
        return tr("The service this task is about (optional)");
    case EnvironmentColumn:
        if (task.kind == kind::deploy)
            return task.environmentId ? tr("Deploys to %1").arg(m_choices.environmentName(*task.environmentId))
                                      : tr("Choose the environment this task deploys to");
        if (task.kind == kind::check)
            return tr("The environment whose deployment windows the check looks at");
        return tr("The environment this task is about (optional)");
    case BackendColumn:
        if (task.kind != kind::deploy)
            return tr("Only deploy tasks go through a backend");
        if (!task.backendId)
            return tr("Choose the deployment backend that runs this deploy");
        if (const Backend *backend = m_choices.backend(*task.backendId)) {
            return backend->enabled
                       ? tr("Deploys through %1 (%2)").arg(backend->name, backend->kind)
                       : tr("Deploys through %1 (%2), which is disabled").arg(backend->name, backend->kind);
        }
        return tr("The backend with id %1 is not in the workspace any more; choose another").arg(*task.backendId);
    case VersionColumn:
        if (task.kind != kind::deploy)
            return tr("Only deploy tasks deploy a version");
        if (task.isRollback)
            return tr("The version a rollback redeploys; left empty, the one deployed before the release");
        return tr("The version to deploy; left empty, the version the release carries for the service");
    case RetriesColumn:
        return task.kind == kind::deploy ? tr("How many times a failed deploy is tried again before it fails")
                                         : tr("Only deploys are tried again");
    case RollbackColumn:
        return task.kind == kind::deploy ? tr("A rollback task runs only when the release rolls back after a failure")
                                         : tr("Only deploy tasks can be rollback tasks");
    case AfterColumn:
        return tr("The tasks that must finish before this one starts; choose them in the task’s settings below");
    default:
        return {};
    }
}

QVariant PlanTaskModel::choices(int column, bool labels) const
{
    QStringList names;
    QVariantList values;
    if (column == KindColumn) {
        for (const QString &taskKind : kinds()) {
            names.append(kindLabel(taskKind));
            values.append(taskKind);
        }
        return labels ? QVariant(names) : QVariant(values);
    }
    names.append(tr("(none)"));
    values.append(Id(0));
    if (column == ServiceColumn) {
        for (const Service &service : m_choices.services) {
            names.append(service.name);
            values.append(service.id);
        }
    } else if (column == EnvironmentColumn) {
        for (const Environment &environment : m_choices.environments) {
            names.append(environment.name);
            values.append(environment.id);
        }
    } else if (column == BackendColumn) {
        for (const Backend &backend : m_choices.backends) {
            names.append(backend.enabled ? tr("%1 (%2)").arg(backend.name, backend.kind)
                                         : tr("%1 (%2, disabled)").arg(backend.name, backend.kind));
            values.append(backend.id);
        }
    } else {
        return {};
    }
    return labels ? QVariant(names) : QVariant(values);
}

QVariant PlanTaskModel::choiceValue(const ReleaseTask &task, int column) const
{
    switch (column) {
    case KindColumn:
        return task.kind;
    case ServiceColumn:
        return task.serviceId.value_or(Id(0));
    case EnvironmentColumn:
        return task.environmentId.value_or(Id(0));
    case BackendColumn:
        return task.backendId.value_or(Id(0));
    default:
        return {};
    }
}

QVariant PlanTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReleaseTask &task = m_draft.plan.tasks[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(task, column);
    case Qt::EditRole:
        if (column == NameColumn)
            return task.name;
        if (column == VersionColumn)
            return task.version.value_or(QString());
        if (column == RetriesColumn)
            return task.maxRetries;
        return display(task, column);
    case Qt::AccessibleTextRole:
        if (column == RollbackColumn)
            return task.isRollback ? tr("rollback") : tr("forward");
        return display(task, column);
    case Qt::ToolTipRole:
        return toolTip(task, column);
    case Qt::CheckStateRole:
        if (column == RollbackColumn && task.kind == kind::deploy)
            return task.isRollback ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == RetriesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        // Defaults and choices still to be made read as such, not as values.
        if (isMissing(task, column) ||
            (column == VersionColumn && task.kind == kind::deploy && (!task.version || task.version->isEmpty()))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!applies(task, column))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (column == VersionColumn && (!task.version || task.version->isEmpty()))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case KeyRole:
        return task.id;
    case ChoicesRole:
        return choices(column, true);
    case ChoiceValuesRole:
        return choices(column, false);
    case ChoiceValueRole:
        return choiceValue(task, column);
    default:
        return {};
    }
}

bool PlanTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ReleaseTask &task = m_draft.plan.tasks[index.row()];
    const int column = index.column();
    if (!isEditable(task, column))
        return false;
    switch (column) {
    case NameColumn:
    case VersionColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        const QString current = column == NameColumn ? task.name : task.version.value_or(QString());
        if (text == current || (column == NameColumn && text.isEmpty()))
            return false;
        Q_EMIT changeRequested(task.id, column, text);
        return true;
    }
    case RetriesColumn: {
        if (role != Qt::EditRole)
            return false;
        bool whole = false;
        const int retries = value.toInt(&whole);
        if (!whole || retries < 0 || retries == task.maxRetries)
            return false;
        Q_EMIT changeRequested(task.id, column, retries);
        return true;
    }
    case RollbackColumn: {
        if (role != Qt::CheckStateRole)
            return false;
        const bool rollback = value.value<Qt::CheckState>() == Qt::Checked;
        if (rollback == task.isRollback)
            return false;
        Q_EMIT changeRequested(task.id, column, rollback);
        return true;
    }
    case KindColumn:
    case ServiceColumn:
    case EnvironmentColumn:
    case BackendColumn:
        if (role != ChoiceValueRole || value == choiceValue(task, column))
            return false;
        if (column == KindColumn ? !kinds().contains(value.toString())
                                 : !choices(column, false).toList().contains(value))
            return false;
        Q_EMIT changeRequested(task.id, column, value);
        return true;
    default:
        return false;
    }
}

QVariant PlanTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Task");
        case KindColumn:
            return tr("Kind");
        case ServiceColumn:
            return tr("Service");
        case EnvironmentColumn:
            return tr("Environment");
        case BackendColumn:
            return tr("Backend");
        case VersionColumn:
            return tr("Version");
        case RetriesColumn:
            return tr("Retries");
        case RollbackColumn:
            return tr("Rollback");
        case AfterColumn:
            return tr("After");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("Each task’s name, unique within the plan");
        case KindColumn:
            return tr("Deploy, manual task, approval gate, check gate or wait");
        case ServiceColumn:
            return tr("The service a deploy deploys, or a check looks at");
        case EnvironmentColumn:
            return tr("The environment a deploy deploys to, or a check looks at");
        case BackendColumn:
            return tr("The deployment backend that runs a deploy");
        case VersionColumn:
            return tr("The version a deploy deploys; empty: the version the release carries");
        case RetriesColumn:
            return tr("How many times a failed deploy is tried again");
        case RollbackColumn:
            return tr("Rollback tasks run only when the release rolls back after a failure");
        case AfterColumn:
            return tr("The tasks that must finish first; tasks with none start when the release starts");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section == RetriesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags PlanTaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const ReleaseTask &task = m_draft.plan.tasks[index.row()];
    if (isEditable(task, index.column())) {
        if (index.column() == RollbackColumn)
            flags |= Qt::ItemIsUserCheckable;
        else
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

} // namespace flowdeck::views
