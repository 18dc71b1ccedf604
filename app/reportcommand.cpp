// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "commandscope.h"
#include "console.h"
#include "consoleprogress.h"

#include "metrics/levels.h"
#include "metrics/metricssettings.h"
#include "report/report.h"
#include "reports/reportdocument.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;
/// The length of the period when --from is not given, as for `flowdeck metrics`.
constexpr int defaultDays = 90;

QString commandName()
{
    return u"flowdeck report"_s;
}

QStringList sectionNames()
{
    QStringList names;
    for (const report::Section section : report::allSections())
        names.append(report::sectionName(section));
    return names;
}

/// The sections of a comma-separated list, or an error naming the first unknown one.
Result<QList<report::Section>> parseSections(const QString &list)
{
    QList<report::Section> sections;
    for (const QString &part : list.split(u',')) {
        const QString name = part.trimmed().toLower();
        if (name.isEmpty())
            continue;
        const std::optional<report::Section> section = report::sectionFromName(name);
        if (!section) {
            return Error{ReportCommand::tr("there is no section \"%1\"; the sections are: %2.")
                             .arg(part.trimmed(), sectionNames().join(u", "_s))};
        }
        if (!sections.contains(*section))
            sections.append(*section);
    }
    if (sections.isEmpty())
        return Error{
            ReportCommand::tr("--sections names no section; the sections are: %1.").arg(sectionNames().join(u", "_s))};
    return sections;
}

} // namespace

int ReportCommand::run(const QStringList &arguments)
{
    const QString command = commandName();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the report for leadership of a period: an executive summary, the DORA keys with their levels and "
           "their change against the previous period, weekly trends, the value stream map with its bottleneck and "
           "the top improvement opportunities, the lead time distribution, the releases and an appendix with the "
           "definitions, benchmark and data coverage. As a PDF, one self-contained HTML file, a folder of CSV files "
           "(one per table) or JSON. The period runs from the start of --from up to the start of --to, in UTC, as "
           "for `flowdeck metrics`. docs/reports.md describes every format."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("The workspace file to read."), tr("FILE"));
    const QCommandLineOption formatOption(u"format"_s, tr("The format: pdf, html, csv or json."), tr("FORMAT"));
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, tr("Where to write the report: a file for pdf, html and json, a folder for csv."),
        tr("PATH"));
    const QCommandLineOption fromOption = CommandScope::fromOption(defaultDays);
    const QCommandLineOption toOption = CommandScope::toOption();
    const QCommandLineOption serviceOption(
        u"service"_s, tr("Only this service, by name; give it again for more services. Default: every service."),
        tr("NAME"));
    const QCommandLineOption sectionsOption(
        u"sections"_s,
        tr("The sections to print, separated by commas: %1. Default: all of them.").arg(sectionNames().join(u", "_s)),
        tr("LIST"));
    const QCommandLineOption pageSizeOption(u"page-size"_s, tr("The PDF's page size: a4 (default) or letter."),
                                            tr("SIZE"));
    const QCommandLineOption benchmarkOption(
        u"benchmark"_s, tr("The benchmark the levels are read from: 2021, 2023 or 2024 (default)."), tr("YEAR"));
    parser.addOptions({helpOption, workspaceOption, formatOption, outputOption, fromOption, toOption, serviceOption,
                       sectionsOption, pageSizeOption, benchmarkOption});
    parser.addPositionalArgument(u"report"_s, tr("The command."), u"report"_s);

    if (const auto finished = console::parseArguments(parser, arguments, command, helpOption))
        return *finished;
    if (parser.positionalArguments().size() > 1) {
        console::error(tr("%1: unexpected argument %2.").arg(command, parser.positionalArguments().at(1)));
        return usageError;
    }
    const QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        console::error(tr("%1: name the workspace file with -w FILE.").arg(command));
        return usageError;
    }
    if (!parser.isSet(formatOption)) {
        console::error(tr("%1: choose the format with --format pdf, html, csv or json.").arg(command));
        return usageError;
    }
    const std::optional<report::Format> format = report::formatFromName(parser.value(formatOption).toLower());
    if (!format) {
        console::error(tr("%1: there is no format \"%2\"; the formats are: pdf, html, csv, json.")
                           .arg(command, parser.value(formatOption)));
        return usageError;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty()) {
        console::error(tr("%1: name the file (or, for csv, the folder) to write with -o PATH.").arg(command));
        return usageError;
    }
    views::ReportPageSize pageSize = views::ReportPageSize::A4;
    if (parser.isSet(pageSizeOption)) {
        const auto size = views::pageSizeFromName(parser.value(pageSizeOption));
        if (!size) {
            console::error(tr("%1: there is no page size \"%2\"; the page sizes are: a4, letter.")
                               .arg(command, parser.value(pageSizeOption)));
            return usageError;
        }
        pageSize = *size;
    }
    report::ReportScope scope;
    if (parser.isSet(sectionsOption)) {
        auto sections = parseSections(parser.value(sectionsOption));
        if (!sections) {
            console::error(u"%1: %2"_s.arg(command, sections.errorMessage()));
            return usageError;
        }
        scope.sections = *sections;
    }
    if (parser.isSet(benchmarkOption)) {
        const std::optional<metrics::Benchmark> benchmark = metrics::benchmarkFromName(parser.value(benchmarkOption));
        if (!benchmark) {
            console::error(tr("%1: there is no benchmark \"%2\"; the benchmarks are: 2021, 2023, 2024.")
                               .arg(command, parser.value(benchmarkOption)));
            return usageError;
        }
        scope.options.benchmark = *benchmark;
    }
    const auto period = CommandScope::period(parser.value(fromOption), parser.value(toOption), defaultDays);
    if (!period) {
        console::error(u"%1: %2"_s.arg(command, period.errorMessage()));
        return usageError;
    }
    scope.from = period->from;
    scope.to = period->to;
    // Checked before the gathering, which takes a while: where the report goes.
    const QFileInfo target(output);
    if (*format == report::Format::Csv ? target.isFile() : target.isDir()) {
        console::error(
            *format == report::Format::Csv
                ? tr("%1: %2 is a file; a CSV report is written into a folder.")
                      .arg(command, QDir::toNativeSeparators(output))
                : tr("%1: %2 is a folder; name the file to write.").arg(command, QDir::toNativeSeparators(output)));
        return failure;
    }
    if (*format != report::Format::Csv && !target.absoluteDir().exists()) {
        console::error(
            tr("%1: cannot write %2: the folder %3 does not exist.")
                .arg(command, QDir::toNativeSeparators(output), QDir::toNativeSeparators(target.absolutePath())));
        return failure;
    }
    if ((*format == report::Format::Pdf || *format == report::Format::Html) &&
        !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        console::error(
            tr("%1: PDF and HTML reports need the graphical part of Qt, which could not be started.").arg(command));
        return failure;
    }

    // A report holds the value stream, whose derivation reads SQLite's row numbers: a server workspace is refused
    // until it no longer does.
    auto opened = CommandScope::openForReading(path);
    if (!opened) {
        console::error(u"%1: %2"_s.arg(command, opened.errorMessage()));
        return failure;
    }
    const std::shared_ptr<store::Workspace> workspace = *opened;
    // The options the workspace keeps for the Metrics page, as `flowdeck metrics` reads them, so that both print
    // the same figures.
    const metrics::Options kept = views::metricssettings::readOptions(*workspace);
    scope.options.leadTimeFrom = kept.leadTimeFrom;
    scope.options.hotfixPattern = kept.hotfixPattern;
    const QRegularExpression pattern(scope.options.hotfixPattern, QRegularExpression::CaseInsensitiveOption);
    if (!pattern.isValid()) {
        console::error(tr("%1: the workspace's setting %2, %3, is not a regular expression: %4 at character %5. "
                          "Change it on the Metrics page.")
                           .arg(command, QString::fromLatin1(views::metricssettings::hotfixPatternKey),
                                scope.options.hotfixPattern, pattern.errorString())
                           .arg(pattern.patternErrorOffset() + 1));
        return failure;
    }
    auto services = CommandScope::services(workspace->connection(), parser.values(serviceOption));
    if (!services) {
        console::error(u"%1: %2"_s.arg(command, services.errorMessage()));
        return failure;
    }
    for (const CommandScope::Service &service : std::as_const(*services))
        scope.serviceIds.append(service.id);

    ConsoleProgress progress(tr("Gathering the report"));
    progress.setRateFormat(tr("%1 parts/s"));
    const TaskControl control([&progress](qint64 done, qint64 total) { progress.report(done, total); }, nullptr);
    auto gathered = report::gatherReport(*workspace, scope, control);
    progress.finish();
    if (!gathered) {
        console::error(u"%1: %2"_s.arg(command, gathered.errorMessage()));
        return failure;
    }
    console::error(tr("Writing the %1 report to %2…")
                       .arg(report::formatName(*format).toUpper(), QDir::toNativeSeparators(output)));
    auto written = views::writeReport(*gathered, *format, output, pageSize);
    if (!written) {
        console::error(u"%1: %2"_s.arg(command, written.errorMessage()));
        return failure;
    }
    console::error(written->size() == 1
                       ? tr("Wrote %1.").arg(QDir::toNativeSeparators(written->first()))
                       : tr("Wrote %1 files into %2.").arg(written->size()).arg(QDir::toNativeSeparators(output)));
    return 0;
}

} // namespace flowdeck::app
