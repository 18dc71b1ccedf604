// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/drilldown.h"
#include "metrics/metrics.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QToolButton;

namespace flowdeck::views {

class PhaseBar;

/// The Metrics page's row of pull-request lead time, beneath the flow figures and in their look: the medians of
/// the phases (first commit -> opened -> merged -> deployed to production) and of the whole, each opening the pull
/// requests behind it, a thin bar of the phases' shares, and how many pull requests there are. A scope without
/// pull requests says so in place of the figures.
class PullRequestFigures : public QWidget
{
    Q_OBJECT

public:
    enum class Figure
    {
        Coding,
        Review,
        Deploy,
        Total
    };
    static constexpr int figureCount = 4;

    explicit PullRequestFigures(QWidget *parent = nullptr);

    /// Shows the pull requests of `report`.
    void setReport(const metrics::MetricsReport &report);

    /// The median shown for a figure (humanised); empty without pull requests.
    QString figureText(Figure figure) const;
    QToolButton *button(Figure figure) const { return m_values.value(int(figure)); }
    /// What the row says in place of the figures when the scope has no pull requests; empty when it has some.
    QString emptyText() const;
    /// "3 pull requests"; empty without pull requests.
    QString countText() const;
    PhaseBar *phaseBar() const { return m_bar; }
    QLabel *titleLabel() const { return m_title; }

    /// The pull requests behind a figure of the report shown.
    DrillDown drillDown(Figure figure) const;

    /// The width the row takes with its figures in one line.
    int singleLineWidth() const;
    /// Lays the figures out in `columns` (4 or 2) a line.
    void setColumns(int columns);

Q_SIGNALS:
    /// A figure was clicked: show the pull requests behind it.
    void drillDownRequested(const flowdeck::views::DrillDown &records);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFigures();
    void retranslate();

    /// The pull requests of the report shown, and its period.
    std::optional<metrics::LeadTimeForChanges> m_leadTime;
    metrics::Scope m_scope;
    int m_columns = 0;
    QGridLayout *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QList<QLabel *> m_captions;
    QList<QToolButton *> m_values;
    PhaseBar *m_bar = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace flowdeck::views
