// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "report/report.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace flowdeck::views {

/// What a report covers and how it is written, as the Reports page chooses it: a period of whole days in UTC (a quick
/// choice or a custom range), the services (all by default), the sections, and the output. The choice is
/// kept in the user's settings (QSettings group "reports"), so that the next report starts from the last one.
class ReportScopePanel : public QWidget
{
    Q_OBJECT

public:
    /// The quick choices of a period. Presets end with today, except the last quarter: the whole calendar quarter
    /// before the current one.
    enum class Period
    {
        Last30Days,
        Last90Days,
        LastQuarter,
        Custom
    };

    /// The outputs offered: a report format, and for PDF the paper size.
    enum class Output
    {
        PdfA4,
        PdfLetter,
        Html,
        CsvFolder,
        Json
    };

    /// The panel's choice, as the settings keep it.
    struct Choice
    {
        Period period = Period::Last90Days;
        /// Both days included; for the presets, the days they stood for when chosen.
        QDate from;
        QDate to;
        /// The names of the services left out, so that a service added later is in the report by default.
        QStringList excludedServices;
        QList<report::Section> sections = report::allSections();
        Output output = Output::PdfA4;

        bool operator==(const Choice &) const = default;
    };

    /// "last-30-days", "last-90-days", "last-quarter", "custom".
    static QString periodName(Period period);
    static std::optional<Period> periodFromName(const QString &name);
    /// "pdf-a4", "pdf-letter", "html", "csv", "json".
    static QString outputName(Output output);
    static std::optional<Output> outputFromName(const QString &name);
    static report::Format formatOf(Output output);
    static ReportPageSize pageSizeOf(Output output);
    /// Today in UTC: a report's days are UTC days, as the report prints them and `flowdeck report` reads them.
    static QDate today();
    /// The days a preset stands for on `today`, both included; nothing for Custom.
    static std::optional<std::pair<QDate, QDate>> presetDays(Period period, const QDate &today);

    /// The choice kept in the settings; a missing or unreadable value counts as its default (the last 90 days up to
    /// `today`, every service and section, PDF on A4). A preset is read as the days it stands for on `today`.
    static Choice readSettings(const QDate &today);
    static void writeSettings(const Choice &choice);

    explicit ReportScopePanel(QWidget *parent = nullptr);
    ~ReportScopePanel() override;

    /// The services to choose from, in the order given.
    void setServices(const QList<Service> &services);
    /// Shows `choice` without emitting a signal.
    void setChoice(const Choice &choice);
    Choice choice() const { return m_choice; }

    /// The scope chosen: [start of the first day, start of the day after the last) in UTC; the services
    /// chosen (empty when all are); the sections chosen.
    report::ReportScope scope() const;
    /// True when at least one service and one section are chosen, so that there is something to report.
    bool hasSomethingToReport() const;
    /// Says why there is nothing to report, for the preview; empty when there is something.
    QString nothingToReportReason() const;

    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *allServicesBox() const { return m_allServices; }
    QListWidget *servicesList() const { return m_services; }
    QCheckBox *sectionBox(report::Section section) const;
    QComboBox *outputBox() const { return m_output; }
    /// What the chosen format writes, beneath it.
    QLabel *outputHint() const { return m_outputHint; }

Q_SIGNALS:
    /// The period, the services or the sections changed: what the report holds.
    void scopeChanged();
    /// The output changed: the preview's paper size, and what Export… writes.
    void outputChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void periodChosen();
    void datesEdited();
    void allServicesToggled(bool checked);
    void serviceItemChanged(QListWidgetItem *item);
    void sectionToggled();
    void outputChosen();
    void showChoice();
    void showAllServicesState();
    void showOutputHint();
    void changed(bool scope);
    void retranslate();

    Choice m_choice;
    QList<Service> m_serviceList;
    bool m_updating = false;

    QLabel *m_periodTitle = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_servicesTitle = nullptr;
    QCheckBox *m_allServices = nullptr;
    QListWidget *m_services = nullptr;
    QLabel *m_sectionsTitle = nullptr;
    QList<QCheckBox *> m_sections;
    QLabel *m_outputTitle = nullptr;
    QComboBox *m_output = nullptr;
    QLabel *m_outputHint = nullptr;
};

} // namespace flowdeck::views
