// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/deploymentrow.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QVariant>

namespace flowdeck::views {

/// The columns every table of deployments starts with, shown the same way everywhere: service, environment,
/// version, the status as symbol, colour and label, and when the deployment finished. A model keeps one and asks
/// it for the data and titles of these columns; it adds columns of its own after them.
class DeploymentCells
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::DeploymentCells)

public:
    enum Column
    {
        ServiceColumn,
        EnvironmentColumn,
        VersionColumn,
        StatusColumn,
        FinishedColumn
    };
    static constexpr int columns = FinishedColumn + 1;

    /// How the Finished column reads: how long ago, or the date and time. Its tooltip adds what the cell leaves out.
    enum class Finished
    {
        Age,
        DateTime
    };

    explicit DeploymentCells(Finished finished);

    /// Ages are counted up to `now`.
    void setNow(Timestamp now) { m_now = now; }
    Timestamp now() const { return m_now; }
    /// The palette the status icons are drawn for (light or dark).
    void setPalette(const QPalette &palette) { m_palette = palette; }

    /// The data of one of these columns for `role`: display, tooltip, accessible text, the status icon and the
    /// alignment (times to the right). Null for another column or role.
    QVariant data(const DeploymentRow &row, int column, int role) const;
    /// The title and alignment of one of these columns; null for another section or role.
    static QVariant headerData(int section, int role);
    /// Where text sits in a column: times to the right, everything else to the left.
    static QVariant alignment(bool right);

private:
    QVariant display(const DeploymentRow &row, int column) const;
    QString finishedToolTip(const DeploymentRow &row) const;

    Finished m_finished;
    Timestamp m_now = 0;
    QPalette m_palette;
};

} // namespace flowdeck::views
