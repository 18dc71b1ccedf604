// SPDX-License-Identifier: GPL-3.0-or-later
// CI import from saved responses (budget: over 100,000 jobs per second), per provider, on a made-up history in the
// fixtures' shapes (generatedresponses.h):
//   parse only     every file read, parsed as JSON (ci::json) and read into records by the provider's parsePage
//   store only     the records of every file stored through one ci::BatchWriter, the files of a quarter of a second
//                  in one transaction, as the import does
//   whole import   importSavedResponses on the folder: list, read, tell each file's kind, parse, store; with the
//                  processor time of the thread that stores, which no number of processors makes shorter
// Each measurement is the best of 3, each run in a child process of its own on a new workspace, so that its peak
// memory is its own.
//
//   bench_ciimport [--jobs N] [--provider github|gitlab|jenkins] [--keep DIR] [--verbose]
// --keep writes the folders into DIR and leaves them there (for profiling a child: run it with --child ... as the
// parent does, printed with --verbose).

#include "ci/cistore.h"
#include "ci/files/savedresponses.h"
#include "ci/github/githubpages.h"
#include "ci/gitlab/gitlabpages.h"
#include "ci/jenkins/jenkinspages.h"
#include "ci/json.h"
#include "generatedresponses.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

constexpr double budgetJobsPerSecond = 100000;

QTextStream out(stdout);
QTextStream err(stderr);

/// The process's peak resident memory. Not getrusage's ru_maxrss: Linux carries that over from the parent, whose
/// peak (generating the folders) would hide the child's.
qint64 peakKib()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// The processor time this process has used, user and system: apart from the wall time, which waits for the disk
/// and, on a busy machine, for a processor.
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QStringList jsonFiles(const QString &folder)
{
    QStringList files;
    QDirIterator entries(folder, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (entries.hasNext())
        files.append(entries.next());
    std::sort(files.begin(), files.end());
    return files;
}

/// One saved file read into records, and where the import stores it: run lists, then single runs, then jobs.
struct ParsedFile
{
    ci::Batch batch;
    int rank = 0;
};

/// A file's bytes with json::padding bytes of room after them, as the import reads a file to parse it in place.
std::optional<QByteArray> readPadded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        err << path << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(file.size() + ci::json::padding);
    bytes.resize(file.size());
    if (file.read(bytes.data(), bytes.size()) != bytes.size()) {
        err << path << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    return bytes;
}

/// Parses one file's text with the provider's parsers, timing the JSON parse and the record building apart.
Result<ParsedFile> parseFile(const QString &provider, const QString &project, const QString &path,
                             const QByteArray &text, double &jsonSeconds, double &recordSeconds)
{
    QElapsedTimer timer;
    timer.start();
    QJsonParseError error;
    const ci::json::Document parsed = ci::json::Document::fromJson(text, &error, true);
    const ci::json::Value document = parsed.root();
    jsonSeconds += timer.nsecsElapsed() / 1e9;
    if (error.error != QJsonParseError::NoError)
        return Error{u"%1: not JSON (%2)"_s.arg(path, error.errorString())};
    timer.restart();
    std::optional<Result<ci::Batch>> batch;
    if (provider == QLatin1String(ci::Source::GitHub)) {
        if (const auto kind = ci::github::detectPageKind(document))
            batch = ci::github::parsePage(*kind, document, ci::github::PageContext{path, project});
    } else if (provider == QLatin1String(ci::Source::GitLab)) {
        if (const auto kind = ci::gitlab::detectPageKind(document))
            batch = ci::gitlab::parsePage(*kind, document, ci::gitlab::PageContext{path, project});
    } else if (const auto kind = ci::jenkins::detectPageKind(document)) {
        batch = ci::jenkins::parsePage(*kind, document, ci::jenkins::PageContext{path, project});
    }
    recordSeconds += timer.nsecsElapsed() / 1e9;
    if (!batch)
        return Error{u"%1: of no kind the parsers know"_s.arg(path)};
    if (!*batch)
        return batch->error();
    const ci::Batch &records = **batch;
    const bool list = document.isArray() || document.toObject().contains("workflow_runs"_L1);
    const int rank = !records.jobs.isEmpty() ? 2 : list ? 0 : 1;
    return ParsedFile{std::move(**batch), rank};
}

Result<std::shared_ptr<store::Workspace>> newWorkspace(const QString &file)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);
    return store::Workspace::create(file);
}

/// In the child, "parse": prints "read-s json-s records-s bytes files jobs warnings peak-kib cpu-s".
int childParse(const QString &provider, const QString &folder, const QString &project)
{
    double readSeconds = 0;
    double jsonSeconds = 0;
    double recordSeconds = 0;
    qint64 bytes = 0;
    qint64 jobs = 0;
    qint64 warnings = 0;
    const QStringList files = jsonFiles(folder);
    const double cpuBefore = cpuSeconds();
    for (const QString &path : files) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<QByteArray> text = readPadded(path);
        if (!text)
            return 1;
        readSeconds += timer.nsecsElapsed() / 1e9;
        bytes += text->size();
        auto parsed = parseFile(provider, project, path, *text, jsonSeconds, recordSeconds);
        if (!parsed) {
            err << parsed.errorMessage() << '\n';
            return 1;
        }
        jobs += parsed->batch.jobs.size();
        warnings += parsed->batch.warnings.size();
    }
    out << readSeconds << ' ' << jsonSeconds << ' ' << recordSeconds << ' ' << bytes << ' ' << files.size() << ' '
        << jobs << ' ' << warnings << ' ' << peakKib() << ' ' << cpuSeconds() - cpuBefore << '\n';
    return 0;
}

/// In the child, "store": parses every file first, then times storing them; prints "store-s jobs steps peak-kib
/// cpu-s".
int childStore(const QString &provider, const QString &folder, const QString &project, const QString &workspaceFile)
{
    QList<ParsedFile> parsed;
    double unused = 0;
    for (const QString &path : jsonFiles(folder)) {
        const std::optional<QByteArray> text = readPadded(path);
        if (!text)
            return 1;
        auto one = parseFile(provider, project, path, *text, unused, unused);
        if (!one) {
            err << one.errorMessage() << '\n';
            return 1;
        }
        parsed.append(std::move(*one));
    }
    std::stable_sort(parsed.begin(), parsed.end(),
                     [](const ParsedFile &a, const ParsedFile &b) { return a.rank < b.rank; });
    auto workspace = newWorkspace(workspaceFile);
    if (!workspace) {
        err << workspace.errorMessage() << '\n';
        return 1;
    }
    const ci::StoreContext context{provider, std::nullopt, QFileInfo(folder).fileName()};
    ci::StoreCounts counts;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    ci::BatchWriter writer((*workspace)->connection(), context);
    // As the import stores them: the files of a quarter of a second in one transaction.
    for (qsizetype next = 0; next < parsed.size();) {
        auto written = (*workspace)->write([&](QSqlDatabase &) -> Result<void> {
            QElapsedTimer group;
            group.start();
            for (; next < parsed.size() && group.elapsed() < 250; ++next) {
                auto stored = writer.store(parsed[next].batch);
                if (!stored)
                    return stored.error();
                counts.add(*stored);
            }
            return {};
        });
        if (!written) {
            err << written.errorMessage() << '\n';
            return 1;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    out << seconds << ' ' << counts.jobs << ' ' << counts.steps << ' ' << peakKib() << ' ' << cpuSeconds() - cpuBefore
        << '\n';
    return 0;
}

/// In the child, "import": prints "seconds runs jobs steps files skipped warnings peak-kib cpu-s storing-cpu-s", the
/// last the processor time of the thread that stores (the calling one), which the import cannot share out.
int childImport(const QString &provider, const QString &folder, const QString &project, const QString &workspaceFile)
{
    auto workspace = newWorkspace(workspaceFile);
    if (!workspace) {
        err << workspace.errorMessage() << '\n';
        return 1;
    }
    ci::SavedResponsesOptions options;
    options.provider = provider;
    options.project = project;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const double storingBefore = cpuSeconds(RUSAGE_THREAD);
    auto report = ci::importSavedResponses(**workspace, folder, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double storing = cpuSeconds(RUSAGE_THREAD) - storingBefore;
    const double cpu = cpuSeconds() - cpuBefore;
    if (!report) {
        err << report.errorMessage() << '\n';
        return 1;
    }
    const ci::StoreCounts &counts = report->counts;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, counts.warnings.size()); ++i)
        err << "warning: " << counts.warnings[i] << '\n';
    out << seconds << ' ' << counts.runs << ' ' << counts.jobs << ' ' << counts.steps << ' ' << report->files.size()
        << ' ' << report->skipped.size() << ' ' << counts.warnings.size() << ' ' << peakKib() << ' ' << cpu << ' '
        << storing << '\n';
    return 0;
}

int child(const QStringList &arguments)
{
    if (arguments.size() < 4)
        return 2;
    const QString &mode = arguments[0];
    if (mode == u"parse"_s)
        return childParse(arguments[1], arguments[2], arguments[3]);
    if (arguments.size() < 5)
        return 2;
    if (mode == u"store"_s)
        return childStore(arguments[1], arguments[2], arguments[3], arguments[4]);
    return childImport(arguments[1], arguments[2], arguments[3], arguments[4]);
}

bool verbose = false;

/// The child's figures, or an empty list when it failed (its error output passed on).
QList<double> runChild(const QStringList &arguments)
{
    if (verbose)
        err << QCoreApplication::applicationFilePath() << " --child '" << arguments.join(u"' '"_s) << "'\n";
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s} + arguments);
    process.waitForFinished(-1);
    err << process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    QList<double> figures;
    for (const QString &field : QString::fromUtf8(process.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts))
        figures.append(field.toDouble());
    return figures;
}

/// The run of three whose first figure (its time) is smallest.
QList<double> bestOf3(const QStringList &arguments)
{
    QList<double> best;
    for (int run = 0; run < 3; ++run) {
        const QList<double> figures = runChild(arguments);
        if (figures.isEmpty())
            return {};
        if (best.isEmpty() || figures[0] < best[0])
            best = figures;
    }
    return best;
}

QString number(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

/// One measurement's line: wall and processor time, jobs and megabytes of JSON a second, against the budget.
QString figures(const QString &label, double seconds, double cpu, double jobs, double bytes, double peakKib)
{
    return u"  %1 %2 s (cpu %3 s)  %4 jobs/s  %5 MB/s  %6x budget  peak %7 MiB\n"_s.arg(label, -13)
        .arg(seconds, 0, 'f', 3)
        .arg(cpu, 0, 'f', 3)
        .arg(number(jobs / seconds), 9)
        .arg(bytes / seconds / 1e6, 6, 'f', 1)
        .arg(jobs / seconds / budgetJobsPerSecond, 0, 'f', 2)
        .arg(qint64(peakKib) / 1024);
}

bool measure(const bench::GeneratedResponses &set, const QString &workspaceFile)
{
    out << set.provider << ": " << number(set.runs) << " runs, " << number(set.jobs) << " jobs"
        << (set.steps > 0 ? u", %1 steps"_s.arg(number(set.steps)) : QString()) << " in " << number(set.files)
        << " files, " << QString::number(set.bytes / 1e6, 'f', 1) << " MB of JSON; best of 3 each\n";
    out.flush();
    const QList<double> parse = bestOf3({u"parse"_s, set.provider, set.folder, set.project});
    if (parse.size() < 9)
        return false;
    const double parseSeconds = parse[0] + parse[1] + parse[2];
    out << figures(u"parse only"_s, parseSeconds, parse[8], parse[5], parse[3], parse[7]) << "                read "
        << QString::number(parse[0], 'f', 3) << " s, JSON " << QString::number(parse[1], 'f', 3) << " s ("
        << QString::number(parse[3] / parse[1] / 1e6, 'f', 1) << " MB/s, "
        << QString::number(parse[1] / parse[5] * 1e6, 'f', 1) << " µs a job), records "
        << QString::number(parse[2], 'f', 3) << " s (" << QString::number(parse[2] / parse[5] * 1e6, 'f', 1)
        << " µs a job); " << qint64(parse[6]) << " warnings\n";
    out.flush();
    const QList<double> stored = bestOf3({u"store"_s, set.provider, set.folder, set.project, workspaceFile});
    if (stored.size() < 5)
        return false;
    out << figures(u"store only"_s, stored[0], stored[4], stored[1], set.bytes, stored[3])
        << "                (the peak holds every file's records)\n";
    out.flush();
    const QList<double> imported = bestOf3({u"import"_s, set.provider, set.folder, set.project, workspaceFile});
    if (imported.size() < 10)
        return false;
    out << figures(u"whole import"_s, imported[0], imported[8], imported[2], set.bytes, imported[7])
        << "                stored " << number(imported[1]) << " runs, " << number(imported[2]) << " jobs, "
        << number(imported[3]) << " steps from " << number(imported[4]) << " files; " << qint64(imported[5])
        << " skipped, " << qint64(imported[6]) << " warnings\n"
        << "                the storing thread's processor time " << QString::number(imported[9], 'f', 3)
        << " s: no faster than " << number(imported[2] / imported[9]) << " jobs/s on any number of processors\n";
    if (qint64(imported[2]) != set.jobs || qint64(imported[1]) < set.runs)
        out << "  MISMATCH: the folder holds " << set.runs << " runs and " << set.jobs << " jobs\n";
    out.flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    if (!arguments.isEmpty() && arguments.first() == u"--child"_s)
        return child(arguments.mid(1));

    qint64 jobs = 100000;
    QStringList providers{u"github"_s, u"gitlab"_s, u"jenkins"_s};
    QString keep;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (option == u"--jobs"_s && hasValue) {
            jobs = arguments[++i].toLongLong();
        } else if (option == u"--provider"_s && hasValue) {
            providers = {arguments[++i]};
        } else if (option == u"--keep"_s && hasValue) {
            keep = arguments[++i];
        } else if (option == u"--verbose"_s) {
            verbose = true;
        } else {
            err << "usage: bench_ciimport [--jobs N] [--provider github|gitlab|jenkins] [--keep DIR] [--verbose]\n";
            return 2;
        }
    }

    QTemporaryDir temporary;
    const QString root = keep.isEmpty() ? temporary.path() : QDir(keep).absolutePath();
    out << "CI import from saved responses; budget " << number(budgetJobsPerSecond) << " jobs/s\n";
    for (const QString &provider : std::as_const(providers)) {
        // The folder's name is the service's, as the import takes it.
        const QString folder = root + u'/' + provider + u"/storefront"_s;
        QElapsedTimer timer;
        timer.start();
        auto set = bench::generateResponses(provider, folder, jobs, QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci"));
        if (!set) {
            err << set.errorMessage() << '\n';
            return 1;
        }
        out << '\n'
            << provider << " responses generated in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
        if (!measure(*set, root + u'/' + provider + u"/workspace.flowdeck"_s))
            return 1;
        if (keep.isEmpty())
            QDir(root + u'/' + provider).removeRecursively();
    }
    return 0;
}
