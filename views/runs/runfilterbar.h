// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runs/runlog.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace flowdeck::views {

class PeriodChooser;

/// The filters above the Runs page's table: pipeline, service (when a service has several pipelines), status,
/// text in the branch, commit or pipeline, and the period the runs were created in. Typing settles for a moment
/// before the filter counts as changed, so that each keystroke does not start a query.
class RunFilterBar : public QWidget
{
    Q_OBJECT

public:
    /// How long typing must pause before filterChanged() is emitted.
    static constexpr int typingDelayMs = 250;

    explicit RunFilterBar(QWidget *parent = nullptr);
    ~RunFilterBar() override;

    /// The filter the controls describe now.
    runs::RunFilter filter() const;
    bool isFiltering() const;

    /// The pipelines, services and statuses to choose from (what the workspace's runs have); a choice stays while
    /// it is offered.
    void setChoices(const runs::RunLogFacts &facts);

    PeriodChooser *periodChooser() const { return m_period; }

public Q_SLOTS:
    /// Resets every filter; emits filterChanged() once when something was set.
    void clear();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void changed();
    void fillStatuses(QStringList statuses);
    void retranslate();
    void restyle();

    bool m_clearing = false;
    QTimer m_typing;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_text = nullptr;
    PeriodChooser *m_period = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace flowdeck::views
