// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/comparison.h"
#include "valuestream/simulation.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace flowdeck::views {

class LeadTimeSketch;

class MessageBar;

/// The what-if part of the Value stream page: the predicted lead time of the current state (and of the future
/// state, with the change coloured as an improvement or not) as p50, p85 and p95 of the simulation's trials; a
/// sketch of both distributions (the share of changes done within a given time) on one time scale; and the
/// comparison table of the two states, step by step, with the totals (lead, process, activity ratio, rolled %C&A).
/// Without a future state it shows the current prediction and says how to get one to compare.
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    /// The simulation of the current state; nothing while there is none (no map, or it could not be simulated).
    void setCurrentSimulation(std::optional<valuestream::SimulationResult> result);
    /// The simulation of the future state; nothing when the map has no future state.
    void setFutureSimulation(std::optional<valuestream::SimulationResult> result);
    /// The comparison of the current and the future state; nothing when the map has no future state.
    void setComparison(std::optional<valuestream::MapComparison> comparison);

    /// Shows that a simulation runs (a busy indicator); the results shown stay until new ones are set.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }

    /// An error in place (a map that cannot be simulated or compared); an empty text removes it.
    void setMessage(const QString &message);
    QString message() const;

    /// The panel's title: "Predicted lead time (10,000 trials)".
    QString title() const;
    /// The hint shown without a future state; empty while a future state is shown.
    QString hint() const;

    /// Wait and lead times of a duration's change: "▼ 12 h" (shorter), "▲ 2 h" (longer), "= no change".
    static QString durationChange(double deltaMs);
    /// A percentage as the panel writes it: "12.5 %".
    static QString percentText(double percent);

private:
    void updatePrediction();
    void updateTable();
    void updateVisibility();

    std::optional<valuestream::SimulationResult> m_current;
    std::optional<valuestream::SimulationResult> m_future;
    std::optional<valuestream::MapComparison> m_comparison;
    bool m_running = false;

    QLabel *m_title = nullptr;
    QWidget *m_busy = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBar *m_message = nullptr;
    QWidget *m_percentiles = nullptr;
    /// [row][column]: rows current, future, change; columns p50, p85, p95.
    QLabel *m_values[3][3] = {};
    QLabel *m_rowTitles[3] = {};
    QLabel *m_sketchTitle = nullptr;
    LeadTimeSketch *m_sketch = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace flowdeck::views
