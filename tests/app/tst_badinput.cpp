// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input corpus (tests/data/bad, docs/development.md): every case is a file or folder with an .expect file
// beside it, run through the flowdeck executable exactly as a user would. Each must end with the exit code it names
// (1 unless said otherwise, never a signal), within its time and memory, with standard error holding every text the
// case lists (the file and the place), and leave the workspace's rows, or a workspace file given as input, exactly
// as they were.
#include "programrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QString corpus()
{
    return QStringLiteral(FLOWDECK_BAD_CORPUS);
}

/// How a case's run ended.
struct CaseRun
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    /// The processor time the program took, user and system: what "fails fast" means on a machine however busy.
    double cpuSeconds = 0;
    QString err;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Every row of every table of the SQLite file at `path`, with its schema and user_version, as sorted lines: equal
/// dumps mean nothing was stored, changed or removed. Empty when the file cannot be read.
QStringList dumpWorkspace(const QString &path)
{
    const QString connection = u"dump-"_s + path;
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            qWarning() << "cannot open" << path << db.lastError().text();
        } else {
            QSqlQuery version(db);
            if (version.exec(u"PRAGMA user_version"_s) && version.next())
                lines.append(u"user_version "_s + version.value(0).toString());
            QStringList tables;
            QSqlQuery schema(db);
            if (schema.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s)) {
                while (schema.next()) {
                    lines.append(schema.value(0).toString() + u' ' + schema.value(1).toString() + u' ' +
                                 schema.value(2).toString());
                    if (schema.value(0).toString() == u"table"_s)
                        tables.append(schema.value(1).toString());
                }
            }
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery rows(db);
                if (!rows.exec(u"SELECT * FROM \""_s + table + u'"')) {
                    lines.append(table + u": "_s + rows.lastError().text());
                    continue;
                }
                QStringList tableLines;
                while (rows.next()) {
                    QStringList cells;
                    const QSqlRecord record = rows.record();
                    for (int i = 0; i < record.count(); ++i)
                        cells.append(rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
                    tableLines.append(table + u": "_s + cells.join(u'|'));
                }
                tableLines.sort();
                lines += tableLines;
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return lines;
}

/// The first column of what `sql` selects in the workspace file, as strings.
QStringList selectColumn(const QString &path, const QString &sql)
{
    const QString connection = u"select-"_s + path;
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql)) {
            while (query.next())
                values.append(query.value(0).isNull() ? u"NULL"_s : query.value(0).toString());
        } else {
            values.append(u"error: "_s + query.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return values;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue item : value.toArray())
        list.append(item.toString());
    return list;
}

/// Runs `statements` on the SQLite file at `path`, and checkpoints it so that the file alone holds the result.
bool runSql(const QString &path, const QStringList &statements)
{
    const QString connection = u"prepare-"_s + path;
    bool done = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        done = db.open();
        for (const QString &statement : statements + QStringList{u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
            QSqlQuery query(db);
            if (done && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                done = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return done;
}

/// Copies the files of `from` and its subfolders to `to`.
bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator files(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return QDir().mkpath(to);
}

/// The processor time of the finished child processes so far, in seconds.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// The largest resident size of a finished child process so far, in KiB.
long childrenMaxRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIsLargeEnough();
    void badInput_data();
    void badInput();

private:
    /// Runs flowdeck, and kills it when it has not finished after `seconds` of wall time.
    CaseRun run(const QStringList &arguments, int seconds) const;
    /// Copies the seeded workspace to `path`.
    bool copySeed(const QString &path) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_seed;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
    m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
    QVERIFY(!m_environment.isEmpty());
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    // The workspace every import case starts from already holds deployments, incidents, GitHub runs and a pipeline,
    // so that a case that stored half, or replaced rows, changes its dump.
    m_seed = m_dir.filePath(u"seed.flowdeck"_s);
    const QString samples = QStringLiteral(FLOWDECK_CSV_SAMPLES);
    const QString fixtures = QStringLiteral(FLOWDECK_SHARED_FIXTURES);
    const QList<QStringList> seeding = {
        {u"import"_s, u"csv"_s, u"deployments"_s, samples + u"/deployments.csv"_s, u"-w"_s, m_seed},
        {u"import"_s, u"csv"_s, u"incidents"_s, samples + u"/incidents.tsv"_s, u"-w"_s, m_seed},
        {u"import"_s, u"files"_s, fixtures + u"/ci/github"_s, u"--provider"_s, u"github"_s, u"-w"_s, m_seed},
        {u"import"_s, u"files"_s, fixtures + u"/ci/jenkins"_s, u"--provider"_s, u"jenkins"_s, u"-w"_s, m_seed},
        {u"pipeline"_s, u"import"_s, fixtures + u"/pipelines/github-actions/python-cpython__build.yml"_s, u"-w"_s,
         m_seed},
    };
    for (const QStringList &arguments : seeding) {
        const CaseRun seeded = run(arguments, 120);
        QVERIFY2(seeded.finished && seeded.exitCode == 0, qPrintable(arguments.join(u' ') + u"\n"_s + seeded.err));
    }
    const QStringList dump = dumpWorkspace(m_seed);
    for (const auto table : {"deployments: ", "incidents: ", "pipeline_runs: ", "jobs: ", "stages: "}) {
        QVERIFY2(std::any_of(dump.cbegin(), dump.cend(),
                             [table](const QString &line) { return line.startsWith(QLatin1String(table)); }),
                 table);
    }
}

void TestBadInput::corpusIsLargeEnough()
{
    // The corpus holds at least 50 cases, and some for each importer and for the workspace.
    QMap<QString, int> perFolder;
    QDirIterator it(corpus(), {u"*.expect"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++perFolder[QDir(corpus()).relativeFilePath(it.fileInfo().absolutePath()).section(u'/', 0, 0)];
    }
    int total = 0;
    for (auto count = perFolder.cbegin(); count != perFolder.cend(); ++count) {
        qInfo("%s: %d cases", qPrintable(count.key()), count.value());
        total += count.value();
    }
    QVERIFY2(total >= 50, qPrintable(QString::number(total)));
    for (const auto folder : {"ci-github", "ci-gitlab", "ci-jenkins", "csv", "pipeline", "workspace"})
        QVERIFY2(perFolder.value(QLatin1String(folder)) >= 4, folder);
}

void TestBadInput::badInput_data()
{
    QTest::addColumn<QString>("expectFile");
    QStringList files;
    QDirIterator it(corpus(), {u"*.expect"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(QDir(corpus()).relativeFilePath(file))) << file;
}

void TestBadInput::badInput()
{
    QFETCH(QString, expectFile);
    QJsonParseError parseError;
    const QJsonObject spec = QJsonDocument::fromJson(fileBytes(expectFile), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY2(spec.value(u"about"_s).isString(), "every case says what it is about");

    const QFileInfo expectInfo(expectFile);
    const QString caseName = QDir(corpus()).relativeFilePath(expectFile).replace(u'/', u'_').chopped(7);
    const QString scratch = m_dir.filePath(u"cases/"_s + caseName);
    QVERIFY(QDir().mkpath(scratch));

    // Where the input lies: beside the .expect, or made into the scratch folder when it is too big to keep.
    QString home = expectInfo.absolutePath();
    if (spec.contains(u"generate"_s)) {
        const QJsonObject generate = spec.value(u"generate"_s).toObject();
        QByteArray bytes;
        for (const QJsonValue part : generate.value(u"parts"_s).toArray()) {
            const QByteArray text = part.toObject().value(u"text"_s).toString().toUtf8();
            bytes += text.repeated(part.toObject().value(u"times"_s).toInt(1));
        }
        QVERIFY(writeFile(scratch + u'/' + generate.value(u"file"_s).toString(), bytes));
        home = scratch;
    }
    if (spec.contains(u"links"_s)) {
        // Symbolic links are made for the run rather than kept in the repository, where they would lead tools that
        // follow them out of it or round in a circle: the input folder is copied, and the links made in the copy.
        const QString copy = scratch + u'/' + spec.value(u"input"_s).toString();
        QVERIFY(copyFolder(QDir(home).filePath(spec.value(u"input"_s).toString()), copy));
        const QJsonObject links = spec.value(u"links"_s).toObject();
        for (auto link = links.begin(); link != links.end(); ++link) {
            QVERIFY(QDir().mkpath(QFileInfo(copy + u'/' + link.key()).absolutePath()));
            QVERIFY2(QFile::link(link.value().toString(), copy + u'/' + link.key()), qPrintable(link.key()));
        }
        home = scratch;
    }
    if (spec.contains(u"prepare"_s)) {
        // A damaged workspace made from a copy of the seeded one: SQL run on it, then bytes cut or overwritten.
        const QJsonObject prepare = spec.value(u"prepare"_s).toObject();
        const QString made = scratch + u'/' + spec.value(u"input"_s).toString();
        QVERIFY(copySeed(made));
        QVERIFY(runSql(made, stringList(prepare.value(u"sql"_s))));
        QByteArray bytes = fileBytes(made);
        if (prepare.contains(u"overwrite_at"_s)) {
            const QByteArray text = prepare.value(u"overwrite"_s).toString().toUtf8();
            bytes.replace(prepare.value(u"overwrite_at"_s).toInt(), text.size(), text);
        }
        if (prepare.contains(u"truncate"_s))
            bytes.truncate(prepare.value(u"truncate"_s).toInt());
        QVERIFY(writeFile(made, bytes));
        home = scratch;
    }
    QString input = QDir(home).filePath(spec.value(u"input"_s).toString());
    QVERIFY2(QFileInfo(input).exists() || QFileInfo(input).isSymLink(), qPrintable(input));

    // The workspace: a copy of the seeded one (its rows must stay), the input itself (its bytes must stay), or
    // none (none may be left behind).
    const QString mode = spec.value(u"workspace"_s).toString(u"seeded"_s);
    QString workspace = scratch + u"/workspace.flowdeck"_s;
    QByteArray inputBytes;
    if (mode == u"seeded"_s) {
        QVERIFY(copySeed(workspace));
    } else if (mode == u"input"_s) {
        // Run on a copy, so that a failure cannot damage the corpus.
        workspace = scratch + u'/' + QFileInfo(input).fileName();
        inputBytes = fileBytes(input);
        QVERIFY(writeFile(workspace, inputBytes));
        input = workspace;
    } else {
        QCOMPARE(mode, u"none"_s);
    }
    const QStringList before = mode == u"seeded"_s ? dumpWorkspace(workspace) : QStringList();

    const auto expand = [&](QString text) {
        return text.replace(u"{input}"_s, input)
            .replace(u"{workspace}"_s, workspace)
            .replace(u"{samples}"_s, QStringLiteral(FLOWDECK_CSV_SAMPLES))
            .replace(u"{scratch}"_s, scratch);
    };
    QStringList arguments;
    for (const QString &argument : stringList(spec.value(u"command"_s)))
        arguments.append(expand(argument));
    QVERIFY(!arguments.isEmpty());

    // The case's limit is on processor time; a hang is told by two minutes of wall time.
    const int seconds = spec.value(u"seconds"_s).toInt(20);
    const CaseRun result = run(arguments, 120);
    const QString shown = u"flowdeck "_s + arguments.join(u' ') + u"\n--- stderr:\n"_s + result.err.left(3000);
    QVERIFY2(result.finished, qPrintable(u"did not finish in two minutes: "_s + shown));
    QVERIFY2(
        result.cpuSeconds < seconds,
        qPrintable(u"took %1 s of processor time, more than %2 s: "_s.arg(result.cpuSeconds).arg(seconds) + shown));
    QVERIFY2(!result.crashed, qPrintable(u"crashed: "_s + shown));
    QVERIFY2(result.exitCode == spec.value(u"exit"_s).toInt(1),
             qPrintable(u"exit code %1: "_s.arg(result.exitCode) + shown));
    // Nothing that a bad input can make grows a process past a few hundred megabytes (an alias bomb would).
    QVERIFY2(childrenMaxRssKib() < 1536 * 1024, qPrintable(u"%1 KiB: "_s.arg(childrenMaxRssKib()) + shown));
    for (const QString &text : stringList(spec.value(u"stderr"_s)))
        QVERIFY2(result.err.contains(expand(text)), qPrintable(u"no “"_s + expand(text) + u"” in: "_s + shown));
    for (const QString &text : stringList(spec.value(u"not_in_stderr"_s)))
        QVERIFY2(!result.err.contains(expand(text)), qPrintable(u"“"_s + expand(text) + u"” in: "_s + shown));

    if (mode == u"seeded"_s && result.exitCode != 0) {
        const QStringList after = dumpWorkspace(workspace);
        QVERIFY(!after.isEmpty());
        if (after != before) {
            QStringList added;
            for (const QString &line : after) {
                if (!before.contains(line))
                    added.append(u"+ "_s + line);
            }
            for (const QString &line : before) {
                if (!after.contains(line))
                    added.append(u"- "_s + line);
            }
            QFAIL(qPrintable(u"the workspace changed:\n"_s + added.mid(0, 20).join(u'\n')));
        }
    } else if (mode == u"input"_s) {
        QVERIFY2(fileBytes(workspace) == inputBytes, "the workspace file given is changed");
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QVERIFY2(!QFileInfo::exists(workspace + suffix), qPrintable(workspace + suffix));
    } else if (mode == u"none"_s) {
        QVERIFY2(!QFileInfo::exists(workspace), "a refused import leaves no workspace behind");
    }
    // What a refused command would have written (a copy, a report) is not left behind.
    if (spec.contains(u"not_made"_s)) {
        const QString made = expand(spec.value(u"not_made"_s).toString());
        QVERIFY2(!QFileInfo::exists(made), qPrintable(made));
    }
    // What an accepted case stores (its bad values as plain text, or as unknown).
    for (const QJsonValue check : spec.value(u"rows"_s).toArray()) {
        const QJsonObject object = check.toObject();
        QCOMPARE(selectColumn(workspace, object.value(u"sql"_s).toString()), stringList(object.value(u"values"_s)));
    }
}

CaseRun TestBadInput::run(const QStringList &arguments, int seconds) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir.path());
    const double cpuBefore = childrenCpuSeconds();
    process.start(QStringLiteral(FLOWDECK_BINARY), arguments);
    process.closeWriteChannel();
    CaseRun result;
    result.finished = process.waitForFinished(seconds * 1000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool TestBadInput::copySeed(const QString &path) const
{
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        if (QFileInfo::exists(m_seed + suffix) && !QFile::copy(m_seed + suffix, path + suffix))
            return false;
    }
    return true;
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
