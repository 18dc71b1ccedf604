// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace flowdeck::views {

/// A table of a printed report, in words: the PDF and the HTML lay out the same cells, so that both say the same.
struct ReportTable
{
    QStringList headers;
    /// Per column: right-aligned figures rather than text.
    QList<bool> numeric;
    /// Per column: its share of the width (they add up to 1).
    QList<double> widths;
    QList<QStringList> rows;
    /// Said instead of the table when it has no rows.
    QString empty;
};

/// The words of the PDF and HTML report: the title page's lines, the tiles' texts, the explanations and the tables.
/// Every figure is written with report::Numbers and every count as plain digits, so the PDF, the HTML and the CSV
/// agree.
class ReportWording
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::ReportWording)

public:
    /// How a key moved against the previous period, for the reader (not up or down: better or worse).
    enum class Change
    {
        Better,
        Worse,
        Same,
        Unknown,
    };

    static QString title();
    /// "Services: all" or "Services: checkout, search".
    static QString servicesLine(const report::ReportData &report);
    /// "1 September 2026 to 30 November 2026 (91 days, UTC)": the last day printed is the one before `to`.
    static QString periodText(const report::ReportData &report);
    /// The header line of every page.
    static QString headerText(const report::ReportData &report);
    static QString generatedLine(const report::ReportData &report);
    /// A UTC day as YYYY-MM-DD, and a UTC moment as YYYY-MM-DD HH:MM UTC.
    static QString date(Timestamp at);
    static QString dateTime(Timestamp at);

    /// What a key answers, in plain words ("How often do we ship to production?").
    static QString keyQuestion(metrics::Key key);
    /// The key's name on its tile, where the question below it says the rest: as short as the language allows.
    static QString tileTitle(metrics::Key key);
    /// The key's definition for the appendix, with the report's options (lead time from author or committer time).
    static QString keyDefinition(metrics::Key key, const report::ReportData &report);
    static Change change(const report::KeyFigure &figure);
    /// "▲ Better than the previous period (1.20 per day, High)"; "No earlier data to compare with".
    static QString changeText(const report::KeyFigure &figure);

    /// The one paragraph about the bottleneck, or an empty text when the map has none.
    static QString bottleneckText(const report::ReportData &report);
    /// The predicted lead time of the map (what-if simulation), or an empty text.
    static QString predictionText(const report::ReportData &report);
    /// The lead time distribution's figures in a sentence.
    static QString leadTimeText(const report::ReportData &report);
    /// Under the tiles: the levels, best first, and where they come from.
    static QString levelsLegend(const report::ReportData &report);
    /// Above the benchmark table: which table, and how a level is read from it.
    static QString benchmarkText(const report::ReportData &report);

    static ReportTable opportunitiesTable(const report::ReportData &report);
    /// Under the opportunities: how to read their figures.
    static QString opportunitiesNote();
    static ReportTable releasesTable(const report::ReportData &report);
    static ReportTable benchmarkTable(const report::ReportData &report);
    static ReportTable coverageTable(const report::ReportData &report);
    static ReportTable exclusionsTable(const report::ReportData &report);

    /// The title of a status as the releases table shows it, with a sign so that colour is never alone.
    static QString releaseStatus(const QString &status);
};

} // namespace flowdeck::views
