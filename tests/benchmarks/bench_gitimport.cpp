// SPDX-License-Identifier: GPL-3.0-or-later
// Git import against git itself, on the same repository in the same run:
//   metadata only          vs  git log --branches --tags --format=<the same fields>
//   with diff stats        vs  git log --branches --tags --numstat
//   re-import, unchanged   (budget 0.2 s)
// Each import runs in a child process of its own, so that its peak memory is its own.
//
//   bench_gitimport REPOSITORY [--threads N]
// A large repository can be made with tests/benchmarks/make_large_repository.py (80,000 commits).

#include "git/gitimport.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double runGit(const QString &repository, const QStringList &arguments)
{
    QProcess git;
    git.setProgram(u"git"_s);
    git.setArguments(QStringList{u"-C"_s, repository} + arguments);
    git.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    git.start();
    git.waitForFinished(-1);
    return timer.nsecsElapsed() / 1e9;
}

double bestOf(int runs, const std::function<double()> &run)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, run());
    return best;
}

// In the child: import (twice for "reimport") and print "seconds commits peak-kib".
int child(const QStringList &arguments)
{
    const QString mode = arguments.at(0);
    const QString repository = arguments.at(1);
    const QString file = arguments.at(2);
    const int threads = arguments.at(3).toInt();
    auto workspace = QFile::exists(file) ? store::Workspace::open(file) : store::Workspace::create(file);
    if (!workspace) {
        QTextStream(stderr) << workspace.errorMessage() << '\n';
        return 1;
    }
    git::GitImportOptions options;
    options.source = repository;
    options.diffStats = mode != u"metadata"_s;
    options.threads = threads;
    auto result = git::importGitHistory(**workspace, options);
    if (!result) {
        QTextStream(stderr) << result.errorMessage() << '\n';
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << result->seconds << ' ' << result->commits << ' ' << result->newCommits << ' ' << usage.ru_maxrss << '\n';
    return 0;
}

struct ChildResult
{
    double seconds = 0;
    qint64 commits = 0;
    qint64 newCommits = 0;
    qint64 peakKib = 0;
};

ChildResult runChild(const QString &mode, const QString &repository, const QString &file, int threads)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  {u"--child"_s, mode, repository, file, QString::number(threads)});
    process.waitForFinished(-1);
    const QStringList fields = QString::fromUtf8(process.readAllStandardOutput()).split(u' ');
    if (process.exitCode() != 0 || fields.size() < 4) {
        QTextStream(stderr) << process.readAllStandardError();
        return {};
    }
    return {fields[0].toDouble(), fields[1].toLongLong(), fields[2].toLongLong(), fields[3].trimmed().toLongLong()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    if (!arguments.isEmpty() && arguments.first() == u"--child"_s)
        return child(arguments.mid(1));
    if (arguments.isEmpty()) {
        QTextStream(stderr) << "usage: bench_gitimport REPOSITORY [--threads N]\n";
        return 2;
    }
    const QString repository = arguments.takeFirst();
    int threads = 0;
    if (arguments.size() >= 2 && arguments[0] == u"--threads"_s)
        threads = arguments[1].toInt();

    QTemporaryDir dir;
    // What the import stores: both signatures with their times and offsets, the parents and the whole message.
    const QString format = u"--format=%H %P %an %ae %ad %cn %ce %cd %B"_s;
    const double gitLog = bestOf(3, [&] {
        return runGit(repository, {u"log"_s, u"--branches"_s, u"--tags"_s, u"--date=raw"_s, format});
    });
    ChildResult metadata;
    for (int run = 0; run < 3; ++run) {
        QFile::remove(dir.filePath(u"metadata.flowdeck"_s));
        const ChildResult attempt = runChild(u"metadata"_s, repository, dir.filePath(u"metadata.flowdeck"_s), threads);
        if (run == 0 || attempt.seconds < metadata.seconds)
            metadata = attempt;
    }
    out << "commits                          " << metadata.commits << '\n';
    out << "git log --format (best of 3)     " << gitLog << " s\n";
    out << "import, metadata only (best of 3) " << metadata.seconds << " s   (" << metadata.seconds / gitLog
        << "x git log; budget 2x)   peak " << metadata.peakKib / 1024 << " MiB\n";
    const ChildResult unchanged = runChild(u"metadata"_s, repository, dir.filePath(u"metadata.flowdeck"_s), threads);
    out << "re-import, unchanged             " << unchanged.seconds << " s   (" << unchanged.newCommits
        << " new; budget 0.2 s)\n";
    out.flush();

    // Best of three each, alternating, so that a passing disturbance of the machine hits neither side alone.
    double numstat = 0;
    ChildResult stats;
    for (int run = 0; run < 3; ++run) {
        const double git =
            runGit(repository, {u"log"_s, u"--branches"_s, u"--tags"_s, u"--numstat"_s, u"--format=%H"_s});
        numstat = run == 0 ? git : std::min(numstat, git);
        const QString file = dir.filePath(u"stats%1.flowdeck"_s.arg(run));
        const ChildResult attempt = runChild(u"stats"_s, repository, file, threads);
        if (run == 0 || attempt.seconds < stats.seconds)
            stats = attempt;
        QFile::remove(file);
    }
    out << "git log --numstat (best of 3)    " << numstat << " s\n";
    out << "import with diff stats (best of 3) " << stats.seconds << " s   (" << stats.seconds / numstat
        << "x git log --numstat; budget below 1x)   peak " << stats.peakKib / 1024 << " MiB\n";
    return 0;
}
