// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "metrics/metricsdata.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// The scope the analytical pages share (Metrics, Value stream, Reports): some services or all of them, and a
/// period of whole days in local time. The workspace keeps it (settings scope.services, scope.period, scope.from,
/// scope.to), so that a workshop sets it once for every page and finds it again when it opens the workspace.
class ScopeBar : public QWidget
{
    Q_OBJECT

public:
    /// The periods offered. Presets end with today; "this quarter" starts on its first day.
    enum class Period
    {
        Last30Days,
        Last90Days,
        ThisQuarter,
        Last12Months,
        Custom
    };

    /// What the bar is set to, as the workspace keeps it.
    struct Settings
    {
        /// Empty: every service.
        QList<Id> serviceIds;
        Period period = Period::Last90Days;
        /// The custom range, both days included; ignored for the presets.
        QDate from;
        QDate to;

        bool operator==(const Settings &) const = default;
    };

    /// The workspace settings: comma-separated service ids; the period's name (periodName()); ISO dates.
    static constexpr auto servicesKey = "scope.services";
    static constexpr auto periodKey = "scope.period";
    static constexpr auto fromKey = "scope.from";
    static constexpr auto toKey = "scope.to";

    /// The scope `workspace` keeps; a missing or unreadable value counts as its default (every service, the last
    /// 90 days). Reads through the calling thread's connection: call it off the GUI thread.
    static Settings readSettings(const store::Workspace &workspace);
    /// Keeps `settings` in `workspace`, through the calling thread's connection.
    static Result<void> writeSettings(const store::Workspace &workspace, const Settings &settings);
    /// The period `settings` name seen on `today`: [start of its first day, start of the day after its last), in
    /// local time. A custom range without valid dates counts as the last 90 days; one given backwards is turned.
    static metrics::Scope scopeOf(const Settings &settings, const QDate &today);
    /// "last-30-days", "last-90-days", "this-quarter", "last-12-months", "custom".
    static QString periodName(Period period);
    static std::optional<Period> periodFromName(const QString &name);

    explicit ScopeBar(QWidget *parent = nullptr);
    ~ScopeBar() override;

    /// The services to choose from. A chosen service that is no longer offered is dropped from the choice.
    void setServices(const QList<Service> &services);
    QList<Service> services() const { return m_services; }

    Settings settings() const { return m_settings; }
    /// Shows `settings` without emitting scopeChanged() (restoring what the workspace keeps).
    void setSettings(const Settings &settings);
    /// The scope the bar describes today.
    metrics::Scope scope() const;

    /// Adds `widget` at the right end of the bar (the Metrics page's benchmark).
    void addTrailingWidget(QWidget *widget);

    QPushButton *servicesButton() const { return m_servicesButton; }
    QComboBox *periodBox() const { return m_period; }

Q_SIGNALS:
    /// The user chose other services, another period or other dates.
    void scopeChanged(const flowdeck::metrics::Scope &scope);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillServiceMenu();
    void serviceToggled(Id serviceId, bool checked);
    void allServicesChosen();
    void periodChosen();
    void rangeEdited();
    void showSettings();
    void emitScope();
    void retranslate();

    QList<Service> m_services;
    Settings m_settings;
    bool m_updating = false;

    QPushButton *m_servicesButton = nullptr;
    QMenu *m_servicesMenu = nullptr;
    QComboBox *m_period = nullptr;
    QWidget *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_dates = nullptr;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace flowdeck::views
