// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/whatifpanel.h"

#include "common/format.h"
#include "common/messagebar.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "valuestream/leadtimesketch.h"
#include "valuestream/mapanalysis.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;
using valuestream::Compared;
using valuestream::MapComparison;
using valuestream::SimulationResult;
using valuestream::StepChange;
using valuestream::StepComparison;

namespace {

enum Row
{
    CurrentRow,
    FutureRow,
    ChangeRow
};

enum Column
{
    StepColumn,
    CurrentColumn,
    FutureColumn,
    ChangeColumn
};

/// Green for a change for the better, vermillion for one for the worse; never alone, always with an arrow.
QColor changeColour(bool improvement)
{
    return okabeIto(improvement ? OkabeIto::Green : OkabeIto::Vermillion);
}

/// In its two largest units, so that a prediction fits its column: "2 d 6 h".
QString durationText(double ms)
{
    return format::duration(std::llround(ms));
}

/// A change in percentage points, "▲ 4.2 pp"; nothing below the 0.1 points shown.
QString pointsChange(double points)
{
    if (std::abs(points) < 0.05)
        return WhatIfPanel::tr("= no change");
    //: An arrow and a change in percentage points: "▲ 4.2 pp".
    return WhatIfPanel::tr("%1 %2 pp").arg(points > 0 ? u"▲"_s : u"▼"_s, QLocale().toString(std::abs(points), 'f', 1));
}

QString optionalDuration(std::optional<qint64> ms)
{
    return ms ? valuestream::formatDuration(*ms) : format::missing();
}

QString optionalPercent(std::optional<double> percent)
{
    return percent ? WhatIfPanel::percentText(*percent) : format::missing();
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

/// The change cell of a table row: coloured as better or worse, "—" when there is nothing to compare.
QTableWidgetItem *changeCell(std::optional<double> delta, bool lowerIsBetter, bool points)
{
    if (!delta)
        return cell(format::missing());
    auto *item = cell(points ? pointsChange(*delta) : WhatIfPanel::durationChange(*delta));
    const bool unchanged = points ? std::abs(*delta) < 0.05 : std::llround(*delta) == 0;
    if (!unchanged)
        item->setForeground(changeColour((*delta < 0) == lowerIsBetter));
    return item;
}

QString stepDetails(const StepComparison &row)
{
    const auto times = [](const Compared<qint64> &compared) {
        return WhatIfPanel::tr("%1 → %2").arg(optionalDuration(compared.current), optionalDuration(compared.future));
    };
    QStringList lines;
    lines.append(WhatIfPanel::tr("Wait: %1").arg(times(row.waitMs)));
    lines.append(WhatIfPanel::tr("Process time: %1").arg(times(row.processMs)));
    lines.append(WhatIfPanel::tr("Lead time: %1").arg(times(row.leadMs)));
    lines.append(
        WhatIfPanel::tr("%C&A: %1 → %2")
            .arg(optionalPercent(row.pctCompleteAccurate.current), optionalPercent(row.pctCompleteAccurate.future)));
    switch (row.change) {
    case StepChange::Added:
        lines.prepend(WhatIfPanel::tr("New in the future state."));
        break;
    case StepChange::Removed:
        lines.prepend(WhatIfPanel::tr("Removed in the future state."));
        break;
    case StepChange::Changed:
    case StepChange::Unchanged:
        break;
    }
    return lines.join(u'\n');
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit);

    m_title = pagestyle::sectionTitle(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_busy = new QWidget(this);
    m_busy->setObjectName(u"busy"_s);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(unit);
    m_progress = new QProgressBar(m_busy);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(unit);
    m_progress->setAccessibleName(tr("Simulation running"));
    auto *busyText = pagestyle::quietLabel(m_busy);
    busyText->setText(tr("Simulating…"));
    busyLayout->addWidget(busyText);
    busyLayout->addWidget(m_progress, 1);
    layout->addWidget(m_busy);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    m_percentiles = new QWidget(this);
    auto *grid = new QGridLayout(m_percentiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(2 * unit);
    grid->setVerticalSpacing(unit / 2);
    const QString headers[3] = {tr("p50"), tr("p85"), tr("p95")};
    const QString headerTips[3] = {tr("Half of the changes take at most this long"),
                                   tr("85 of 100 changes take at most this long"),
                                   tr("95 of 100 changes take at most this long")};
    const QString names[3] = {u"P50"_s, u"P85"_s, u"P95"_s};
    const QString rowNames[3] = {u"current"_s, u"future"_s, u"change"_s};
    for (int column = 0; column < 3; ++column) {
        auto *header = pagestyle::quietLabel(m_percentiles);
        header->setWordWrap(false);
        header->setText(headers[column]);
        header->setToolTip(headerTips[column]);
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(header, 0, column + 1);
    }
    const QString rowTitles[3] = {tr("Current state"), tr("Future state"), tr("Change")};
    for (int row = 0; row < 3; ++row) {
        m_rowTitles[row] = new QLabel(rowTitles[row], m_percentiles);
        grid->addWidget(m_rowTitles[row], row + 1, 0);
        for (int column = 0; column < 3; ++column) {
            auto *value = new QLabel(m_percentiles);
            value->setObjectName(rowNames[row] + names[column]);
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (row == CurrentRow || row == FutureRow)
                value->setFont(pagestyle::scaledFont(font(), 1.1, QFont::DemiBold));
            grid->addWidget(value, row + 1, column + 1);
            m_values[row][column] = value;
        }
    }
    grid->setColumnStretch(0, 1);
    layout->addWidget(m_percentiles);

    m_sketchTitle = pagestyle::quietLabel(this);
    //: The title of a chart: it answers how likely a change is done within a given time.
    m_sketchTitle->setText(tr("How likely is a change done within a given time?"));
    layout->addWidget(m_sketchTitle);
    m_sketch = new LeadTimeSketch(this);
    m_sketch->setObjectName(u"leadTimeSketch"_s);
    layout->addWidget(m_sketch);

    m_hint = pagestyle::quietLabel(this);
    m_hint->setObjectName(u"futureStateHint"_s);
    m_hint->setText(tr("Copy this map as its future state to compare"));
    layout->addWidget(m_hint);

    m_tableTitle = pagestyle::sectionTitle(this);
    m_tableTitle->setText(tr("Current and future state"));
    layout->addWidget(m_tableTitle);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setAccessibleName(tr("Comparison of the current and the future state"));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Current lead"), tr("Future lead"), tr("Δ")});
    m_table->horizontalHeaderItem(ChangeColumn)->setToolTip(tr("Future minus current; ▼ shorter, ▲ longer"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    for (int column : {CurrentColumn, FutureColumn, ChangeColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    layout->addStretch(0);

    updatePrediction();
    updateTable();
    updateVisibility();
}

WhatIfPanel::~WhatIfPanel() = default;

QString WhatIfPanel::percentText(double percent)
{
    //: A percentage: "12.5 %".
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
}

QString WhatIfPanel::durationChange(double deltaMs)
{
    const qint64 delta = std::llround(deltaMs);
    if (delta == 0)
        return tr("= no change");
    //: An arrow (▼ shorter, ▲ longer) and by how much: "▼ 12 h".
    return tr("%1 %2").arg(delta < 0 ? u"▼"_s : u"▲"_s, valuestream::formatDuration(std::abs(delta)));
}

void WhatIfPanel::setCurrentSimulation(std::optional<SimulationResult> result)
{
    m_current = std::move(result);
    updatePrediction();
    updateVisibility();
}

void WhatIfPanel::setFutureSimulation(std::optional<SimulationResult> result)
{
    m_future = std::move(result);
    updatePrediction();
    updateVisibility();
}

void WhatIfPanel::setComparison(std::optional<MapComparison> comparison)
{
    m_comparison = std::move(comparison);
    updateTable();
    updateVisibility();
}

void WhatIfPanel::setRunning(bool running)
{
    m_running = running;
    updateVisibility();
}

void WhatIfPanel::setMessage(const QString &message)
{
    if (message.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(message, MessageBar::Kind::Error);
}

QString WhatIfPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString WhatIfPanel::title() const
{
    return m_title->text();
}

QString WhatIfPanel::hint() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void WhatIfPanel::updatePrediction()
{
    const SimulationResult *shown = m_current ? &*m_current : (m_future ? &*m_future : nullptr);
    m_title->setText(shown ? tr("Predicted lead time (%1 trials)").arg(format::count(shown->trials))
                           : tr("Predicted lead time"));

    const auto values = [](const std::optional<SimulationResult> &result) {
        return result ? std::array<std::optional<double>, 3>{result->p50Ms, result->p85Ms, result->p95Ms}
                      : std::array<std::optional<double>, 3>{};
    };
    const auto current = values(m_current);
    const auto future = values(m_future);
    for (int column = 0; column < 3; ++column) {
        for (const auto &[row, value] :
             {std::pair{CurrentRow, current[column]}, std::pair{FutureRow, future[column]}}) {
            QLabel *label = m_values[row][column];
            label->setText(value ? durationText(*value) : format::missing());
            label->setToolTip(value ? format::exactDuration(std::llround(*value)) : QString());
        }
        QLabel *change = m_values[ChangeRow][column];
        QPalette palette = this->palette();
        if (current[column] && future[column]) {
            const double delta = *future[column] - *current[column];
            change->setText(durationChange(delta));
            QStringList tip{tr("Future minus current: %1").arg(durationChange(delta))};
            if (*current[column] > 0)
                tip.append(tr("%1 of the current state's").arg(percentText(100.0 * delta / *current[column])));
            change->setToolTip(tip.join(u'\n'));
            if (std::llround(delta) != 0)
                palette.setColor(QPalette::WindowText, changeColour(delta < 0));
        } else {
            change->setText(format::missing());
            change->setToolTip(QString());
        }
        change->setPalette(palette);
    }

    m_sketch->setCurves(m_current ? m_current->leadTimesMs : QList<double>(),
                        m_future ? m_future->leadTimesMs : QList<double>());
    if (m_current) {
        m_sketch->setAccessibleDescription(
            tr("Current state: p50 %1, p85 %2, p95 %3")
                .arg(durationText(m_current->p50Ms), durationText(m_current->p85Ms), durationText(m_current->p95Ms)));
    }
}

void WhatIfPanel::updateTable()
{
    m_table->setRowCount(0);
    if (!m_comparison)
        return;
    const MapComparison &comparison = *m_comparison;
    m_table->setRowCount(int(comparison.rows.size()) + 4);
    int row = 0;
    for (const StepComparison &step : comparison.rows) {
        QString name = step.name;
        if (step.change == StepChange::Added)
            name = tr("%1 (new)").arg(step.name);
        else if (step.change == StepChange::Removed)
            name = tr("%1 (removed)").arg(step.name);
        auto *nameItem = cell(name, Qt::AlignLeft | Qt::AlignVCenter);
        if (step.change == StepChange::Removed) {
            QFont font = m_table->font();
            font.setStrikeOut(true);
            nameItem->setFont(font);
        }
        const QString details = stepDetails(step);
        nameItem->setToolTip(details);
        m_table->setItem(row, StepColumn, nameItem);
        auto *currentItem = cell(optionalDuration(step.leadMs.current));
        auto *futureItem = cell(optionalDuration(step.leadMs.future));
        if (step.leadMs.current)
            currentItem->setToolTip(format::exactDuration(*step.leadMs.current));
        if (step.leadMs.future)
            futureItem->setToolTip(format::exactDuration(*step.leadMs.future));
        m_table->setItem(row, CurrentColumn, currentItem);
        m_table->setItem(row, FutureColumn, futureItem);
        const std::optional<double> delta =
            step.leadMs.delta ? std::optional<double>(double(*step.leadMs.delta)) : std::nullopt;
        auto *changeItem = changeCell(delta, true, false);
        changeItem->setToolTip(details);
        m_table->setItem(row, ChangeColumn, changeItem);
        ++row;
    }

    QFont bold = m_table->font();
    bold.setBold(true);
    const auto summary = [&](const QString &title, const QString &current, const QString &future,
                             QTableWidgetItem *change) {
        m_table->setItem(row, StepColumn, cell(title, Qt::AlignLeft | Qt::AlignVCenter));
        m_table->setItem(row, CurrentColumn, cell(current));
        m_table->setItem(row, FutureColumn, cell(future));
        m_table->setItem(row, ChangeColumn, change);
        for (int column = 0; column < 4; ++column)
            m_table->item(row, column)->setFont(bold);
        ++row;
    };
    const auto asDouble = [](std::optional<qint64> value) {
        return value ? std::optional<double>(double(*value)) : std::nullopt;
    };
    const auto percentOf = [](std::optional<double> value, double factor) {
        return value ? std::optional<double>(*value * factor) : std::nullopt;
    };
    summary(tr("Total lead time"), optionalDuration(comparison.totalLeadMs.current),
            optionalDuration(comparison.totalLeadMs.future),
            changeCell(asDouble(comparison.totalLeadMs.delta), true, false));
    summary(tr("Total process time"), optionalDuration(comparison.totalProcessMs.current),
            optionalDuration(comparison.totalProcessMs.future),
            changeCell(asDouble(comparison.totalProcessMs.delta), true, false));
    summary(tr("Activity ratio"), optionalPercent(percentOf(comparison.activityRatio.current, 100)),
            optionalPercent(percentOf(comparison.activityRatio.future, 100)),
            changeCell(percentOf(comparison.activityRatio.delta, 100), false, true));
    summary(tr("Rolled %C&A"), optionalPercent(comparison.rolledPctCompleteAccurate.current),
            optionalPercent(comparison.rolledPctCompleteAccurate.future),
            changeCell(comparison.rolledPctCompleteAccurate.delta, false, true));
}

void WhatIfPanel::updateVisibility()
{
    m_busy->setVisible(m_running);
    const bool future = m_future.has_value();
    for (int column = 0; column < 3; ++column) {
        m_values[FutureRow][column]->setVisible(future);
        m_values[ChangeRow][column]->setVisible(future);
    }
    m_rowTitles[FutureRow]->setVisible(future);
    m_rowTitles[ChangeRow]->setVisible(future);
    const bool anyPrediction = m_current || m_future;
    m_sketchTitle->setVisible(anyPrediction);
    m_sketch->setVisible(anyPrediction);
    m_hint->setVisible(!future && !m_comparison);
    m_tableTitle->setVisible(m_comparison.has_value());
    m_table->setVisible(m_comparison.has_value());
}

} // namespace flowdeck::views
