// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "metrics/levels.h"
#include "metrics/metrics.h"
#include "result.h"
#include "taskcontrol.h"
#include "valuestream/mapanalysis.h"
#include "valuestream/simulation.h"
#include "valuestream/valuestreammap.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::report {

/// The parts a report can hold, in the order they are printed.
enum class Section
{
    /// The executive summary in plain words.
    Summary,
    /// The DORA tiles: each key's figure and level, against the previous period.
    Dora,
    /// Weekly trend charts of the keys.
    Trends,
    /// The value stream map with its bottleneck, and the top improvement opportunities.
    ValueStream,
    /// The distribution of lead time for changes.
    LeadTime,
    /// The releases run in the period and their outcomes.
    Releases,
    /// Definitions, the benchmark tables used, and the data's coverage.
    Appendix,
};

/// Every section, in print order.
QList<Section> allSections();
/// "summary", "dora", "trends", "valuestream", "leadtime", "releases", "appendix" (stable, for the command line,
/// CSV file names and JSON).
QString sectionName(Section section);
/// The translated heading of the section.
QString sectionTitle(Section section);
std::optional<Section> sectionFromName(const QString &name);

enum class Format
{
    Pdf,
    Html,
    Csv,
    Json,
};

/// "pdf", "html", "csv", "json".
QString formatName(Format format);
std::optional<Format> formatFromName(const QString &name);

/// What a report covers.
struct ReportScope
{
    /// [from, to) in ms since the epoch.
    Timestamp from = 0;
    Timestamp to = 0;
    /// The services covered; empty: every service.
    QList<Id> serviceIds;
    /// The sections wanted, in any order; they are printed in allSections() order.
    QList<Section> sections = allSections();
    metrics::Options options;
    /// The what-if simulation's trials and seed (reproducible reports).
    int trials = 10000;
    quint64 seed = 1;

    bool operator==(const ReportScope &) const = default;
};

/// One DORA key in this period and the one before it (of the same length, ending where this one starts).
struct KeyFigure
{
    metrics::Key key = metrics::Key::DeploymentFrequency;
    /// In the unit the benchmark tables use: deployments per day, hours, or a fraction (change failure rate).
    std::optional<double> value;
    std::optional<double> previousValue;
    metrics::Level level = metrics::Level::None;
    metrics::Level previousLevel = metrics::Level::None;
};

/// One change to the value stream that the what-if simulation was run for.
struct Opportunity
{
    /// The step changed.
    Id stepId = 0;
    QString stepName;
    /// What is changed, in plain words (translated), e.g. "Halve the wait before Approval".
    QString change;
    /// The predicted lead time (p50 and p85, in hours) of the map as it is and with the change.
    double currentP50Hours = 0;
    double currentP85Hours = 0;
    double improvedP50Hours = 0;
    double improvedP85Hours = 0;
};

/// A release of the period and how it ended.
struct ReleaseOutcome
{
    Id id = 0;
    QString name;
    /// The release's status name (release::status names: "succeeded", "failed", "aborted", ...).
    QString status;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    int tasks = 0;
    int failedTasks = 0;
    /// The services the release carries, by name.
    QStringList services;
};

/// Where the report's data comes from.
struct CoverageRow
{
    /// What kind of records, translated ("Deployments", "Commits", "Pipeline runs", "Incidents", ...).
    QString what;
    /// The source, e.g. a repository path, a CI connection, "CSV import".
    QString source;
    int records = 0;
    OptionalTime first;
    OptionalTime last;
};

/// Records left out of the figures, and why (translated).
struct Exclusion
{
    QString what;
    int count = 0;
    QString reason;
};

/// Everything a report shows, gathered once and then written in any format. Plain data: copyable, and safe to
/// hand from a worker thread to the GUI thread.
struct ReportData
{
    ReportScope scope;
    /// The workspace's file name without its folder and suffix, or its PostgreSQL database name.
    QString workspaceName;
    /// The scope's services by name, in scope order; empty when every service is covered.
    QStringList serviceNames;
    Timestamp generatedAt = 0;

    metrics::MetricsReport metrics;
    metrics::MetricsReport previousMetrics;
    /// The four keys, in metrics::Key order.
    QList<KeyFigure> keys;

    /// The executive summary: short paragraphs in plain words, translated.
    QStringList summary;

    /// The value stream of the scope (see gatherReport()), when there is data for one.
    std::optional<valuestream::Map> map;
    valuestream::MapAnalysis analysis;
    std::optional<valuestream::SimulationResult> prediction;
    /// At most three, the largest gain in p85 lead time first.
    QList<Opportunity> opportunities;

    /// The lead times of the changes shipped in the period, in hours, ascending (the lead time distribution).
    QList<double> leadTimeHours;

    QList<ReleaseOutcome> releases;

    QList<CoverageRow> coverage;
    QList<Exclusion> exclusions;

    bool has(Section section) const { return scope.sections.contains(section); }
};

/// Gathers a report: the metrics of the scope and of the previous period, the value stream (the stored current
/// state of the scope's one service when it has one, else derived from the data: for one service, that service's;
/// otherwise across the scope), its what-if prediction and the opportunities, the releases that ran in the period,
/// and the data's coverage. Reads only; checks `control` between the parts and reports progress through it.
Result<ReportData> gatherReport(const store::Workspace &workspace, const ReportScope &scope,
                                const TaskControl &control = {});

/// A chart of the report as a self-contained SVG document (vector shapes and real text, every value from the data
/// escaped), to inline in HTML or to draw with QSvgRenderer.
struct Chart
{
    Section section = Section::Trends;
    /// Stable, for file names and HTML ids: "trend-deployment-frequency", "lead-time-distribution", ...
    QString id;
    QString title;
    /// One sentence saying what the chart shows, for readers who cannot see it.
    QString description;
    QByteArray svg;
    /// The SVG's natural size in points.
    double width = 0;
    double height = 0;
};

/// The charts of the sections the report holds, in print order.
QList<Chart> reportCharts(const ReportData &report);

/// The report as JSON: the same object as `flowdeck metrics --json` for the scope, plus "previous" (the previous
/// period's keys), "summary", "valuestream" (as `flowdeck valuestream --json`), "opportunities", "lead_time_hours",
/// "releases", "coverage" and "exclusions" (docs/reports.md). Indented by four spaces, with a final newline.
QByteArray reportJson(const ReportData &report);

/// Writes the report's tables as CSV files (RFC 4180, UTF-8, a header row) into `folder`, which is created when
/// missing: one file per table (docs/reports.md lists them). Cells that a spreadsheet would run as a formula
/// (starting with = + - @, tab or carriage return) are neutralised with a leading apostrophe. Returns the files
/// written; an error names the file that could not be written.
Result<QStringList> writeReportCsv(const ReportData &report, const QString &folder);

/// Formatting shared by every format, so that the PDF, the HTML and the CSV print the same numbers.
class Numbers
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::report::Numbers)

public:
    /// A key's value with its unit, e.g. "1.73 per day", "112.3 h", "12.5 %"; "no data" for nothing.
    static QString keyValue(metrics::Key key, std::optional<double> value);
    /// Hours with one decimal ("112.3").
    static QString hours(double hours);
    /// A fraction as a percentage with one decimal ("12.5").
    static QString percent(double fraction);
};

} // namespace flowdeck::report
