// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"
#include "reports/reportdocument.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace flowdeck::views {

/// What a report holds and how it is written, as the Reports page chooses it beneath the scope bar: the sections and
/// the output. The period and the services are the scope bar's, which the analytical pages share. The choice is kept
/// in the user's settings (QSettings group "reports"), so that the next report starts from the last one.
class ReportScopePanel : public QWidget
{
    Q_OBJECT

public:
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
        QList<report::Section> sections = report::allSections();
        Output output = Output::PdfA4;

        bool operator==(const Choice &) const = default;
    };

    /// "pdf-a4", "pdf-letter", "html", "csv", "json".
    static QString outputName(Output output);
    static std::optional<Output> outputFromName(const QString &name);
    static report::Format formatOf(Output output);
    static ReportPageSize pageSizeOf(Output output);
    /// The choice kept in the settings; a missing or unreadable value counts as its default (every section, PDF on
    /// A4).
    static Choice readSettings();
    static void writeSettings(const Choice &choice);

    explicit ReportScopePanel(QWidget *parent = nullptr);
    ~ReportScopePanel() override;

    /// Shows `choice` without emitting a signal.
    void setChoice(const Choice &choice);
    Choice choice() const { return m_choice; }

    /// The sections chosen, in the order the report prints them.
    QList<report::Section> sections() const;
    /// True when at least one section is chosen, so that there is something to report.
    bool hasSomethingToReport() const;
    /// Says why there is nothing to report, for the preview; empty when there is something.
    QString nothingToReportReason() const;

    QCheckBox *sectionBox(report::Section section) const;
    QComboBox *outputBox() const { return m_output; }
    /// What the chosen format writes, beneath it.
    QLabel *outputHint() const { return m_outputHint; }

Q_SIGNALS:
    /// The sections changed: what the report holds.
    void scopeChanged();
    /// The output changed: the preview's paper size, and what Export… writes.
    void outputChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void sectionToggled();
    void outputChosen();
    void showChoice();
    void showOutputHint();
    void changed(bool scope);
    void retranslate();

    Choice m_choice;
    bool m_updating = false;

    QLabel *m_sectionsTitle = nullptr;
    QList<QCheckBox *> m_sections;
    QLabel *m_outputTitle = nullptr;
    QComboBox *m_output = nullptr;
    QLabel *m_outputHint = nullptr;
};

} // namespace flowdeck::views
